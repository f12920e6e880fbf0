// Rules of the self-check items (content/self-check/): numbers, parts and the one link of each action.
import { problemAt, uniqueNumbers, unknownThreat, type ContentProblem, type RuleInput } from './problem.ts';

/** The part an item number belongs to on IPA's sheet. */
function partOf(n: number): 'basic' | 'employee' | 'organization' {
	return n <= 5 ? 'basic' : n <= 18 ? 'employee' : 'organization';
}

/** Items have unique numbers, sit in their number's part, name known threats and link one guideline place. */
export function selfCheckRules({ valid, ids }: RuleInput): ContentProblem[] {
	const out = uniqueNumbers(valid.selfCheck, 'number', false);
	const ruleNumbers = new Set(valid.basicRules.map((r) => r.data.number));
	for (const s of valid.selfCheck) {
		const part = partOf(s.data.number);
		if (s.data.part !== part) out.push(problemAt(s, 'part', `item ${s.data.number} belongs to part "${part}" (1–5 basic, 6–18 employee, 19–25 organization)`));
		s.data.threats.forEach((id, i) => {
			if (!ids.threats.has(id)) out.push(problemAt(s, `threats[${i}]`, unknownThreat(id)));
		});
		const rule = s.data.basicRule;
		if (rule !== undefined && part !== 'basic') out.push(problemAt(s, 'basicRule', 'only Part1 items (1–5) put a 5か条 rule into practice: remove it'));
		else if (rule !== undefined && !ruleNumbers.has(rule)) out.push(problemAt(s, 'basicRule', `rule ${rule} is not in content/guideline/basic-rules/`));
		// One link per action: a Part1 item links to its rule, the others to the section they name.
		if (rule !== undefined && s.data.guideline !== undefined) out.push(problemAt(s, 'guideline', 'give basicRule or guideline, not both: a Part1 item links to its 5か条 rule'));
	}
	return out;
}
