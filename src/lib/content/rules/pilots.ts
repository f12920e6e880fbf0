// Rules of the お助け隊 pilots (content/otasuketai/).
import { problemAt, type ContentProblem, type RuleInput } from './problem.ts';

/** A pilot file is named after its year, and team ids are unique across all pilots (they are URLs). */
export function pilotRules({ valid }: RuleInput): ContentProblem[] {
	const out: ContentProblem[] = [];
	const teamIds = new Map<string, string>();
	for (const p of valid.otasuketai) {
		if (p.id !== String(p.data.year)) out.push(problemAt(p, 'year', `is ${p.data.year} but the file is ${p.id}.yaml: name the file after the pilot year`));
		p.data.teams.forEach((t, i) => {
			const seen = teamIds.get(t.id);
			if (seen) out.push(problemAt(p, `teams[${i}].id`, `"${t.id}" is already used in ${seen}: team ids must be unique`));
			else teamIds.set(t.id, p.file);
		});
	}
	return out;
}
