// Rules of the help situations (content/help-situations/).
import { problemAt, unknownItem, unknownRule, unknownThreat, type ContentProblem, type RuleInput } from './problem.ts';

/** The message for a contact id with no file. */
function unknownContact(id: string): string {
	return `"${id}" names no contact: add content/help/${id}.yaml or fix the id`;
}

/** A help situation links threat pages, 5か条 rules, self-check items and contacts: each must exist. */
export function helpRules({ valid, ids }: RuleInput): ContentProblem[] {
	const out: ContentProblem[] = [];
	const rules = new Set(valid.basicRules.map((r) => r.data.number));
	const items = new Set(valid.selfCheck.map((s) => s.data.number));
	for (const s of valid.helpSituations) {
		const push = (field: string, message: string) => out.push(problemAt(s, field, message));
		s.data.threats.forEach((id, i) => {
			if (!ids.threats.has(id)) push(`threats[${i}]`, unknownThreat(id));
		});
		s.data.basicRules.forEach((n, i) => {
			if (!rules.has(n)) push(`basicRules[${i}]`, unknownRule(n));
		});
		s.data.selfCheck.forEach((n, i) => {
			if (!items.has(n)) push(`selfCheck[${i}]`, unknownItem(n));
		});
		s.data.contacts.forEach((c, i) => {
			if (!ids.help.has(c.id)) push(`contacts[${i}].id`, unknownContact(c.id));
		});
		if (s.data.duty && !ids.help.has(s.data.duty.contact)) push('duty.contact', unknownContact(s.data.duty.contact));
	}
	return out;
}
