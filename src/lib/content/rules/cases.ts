// Rules of the incident cases (content/cases/).
import { problemAt, unknownItem, unknownRule, unknownThreat, type ContentProblem, type RuleInput } from './problem.ts';

/** A case page links threats, /guideline/#rule-N and /self-check/#item-N, so each must exist. */
export function caseRules({ valid, ids }: RuleInput): ContentProblem[] {
	const out: ContentProblem[] = [];
	const ruleNumbers = new Set(valid.basicRules.map((r) => r.data.number));
	const itemNumbers = new Set(valid.selfCheck.map((s) => s.data.number));
	for (const c of valid.cases) {
		c.data.threats.forEach((id, i) => {
			if (!ids.threats.has(id)) out.push(problemAt(c, `threats[${i}]`, unknownThreat(id)));
		});
		c.data.basicRules.forEach((n, i) => {
			if (!ruleNumbers.has(n)) out.push(problemAt(c, `basicRules[${i}]`, unknownRule(n)));
		});
		c.data.selfCheck.forEach((n, i) => {
			if (!itemNumbers.has(n)) out.push(problemAt(c, `selfCheck[${i}]`, unknownItem(n)));
		});
	}
	return out;
}
