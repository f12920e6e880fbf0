// Rules of the survey figures (content/stats/): their places on /stats/ and the figures they take from
// the お助け隊 files.
import { StatSchema } from '../../../schemas/stat.ts';
import { figureRefProblem, indexFigures, resolveStat } from '../stats.ts';
import { explainIssue, formatPath, problemAt, type ContentProblem, type RuleInput } from './problem.ts';

/** Stats that take figures from other files: each must name one that exists in the stat's unit, and the rows must chart. */
export function statRules({ valid, ids }: RuleInput): ContentProblem[] {
	const out: ContentProblem[] = [];
	// A file that exists but failed its own schema is reported there, not again from each stat that uses it.
	const broken = new Set([
		...[...ids.otasuketai].filter((id) => !valid.otasuketai.some((p) => p.id === id)).map((id) => `otasuketai/${id}`),
		...[...ids.otasuketaiService].filter((id) => !valid.otasuketaiService.some((s) => s.id === id)).map((id) => `otasuketai-service/${id}`),
	]);
	const index = indexFigures([
		...valid.otasuketai.map((p) => ({ from: `otasuketai/${p.id}`, figures: p.data.figures })),
		...valid.otasuketaiService.map((s) => ({ from: `otasuketai-service/${s.id}`, figures: s.data.figures })),
	]);
	// Each stat has its own place on /stats/.
	const places = new Map<number, string>();
	for (const s of valid.stats) {
		const order = s.data.section?.order;
		if (order === undefined) continue;
		if (places.has(order)) out.push(problemAt(s, 'section.order', `${order} is already used by ${places.get(order)}: give each stat its own place on /stats/`));
		else places.set(order, s.file);
	}
	for (const s of valid.stats) {
		if (s.data.figures?.some((ref) => broken.has(ref.from))) continue;
		const problems = (s.data.figures ?? []).flatMap((ref, i) => {
			const p = figureRefProblem(ref, s.data.unit, index);
			return p ? [problemAt(s, `figures[${i}].${p.field}`, p.message)] : [];
		});
		out.push(...problems);
		if (problems.length || !s.data.figures) continue;
		// The rules of a drawn chart (e.g. all shares or none) apply to taken figures as to written rows.
		const drawn = StatSchema.safeParse(resolveStat(s.data, index));
		if (!drawn.success) for (const issue of drawn.error.issues) out.push(problemAt(s, formatPath(issue.path).replace(/^rows/, 'figures'), explainIssue(issue)));
	}
	return out;
}
