// Rules of the 10大脅威 editions (content/threats/editions/): file names, ranks and the threats named.
import type { Edition, EditionList } from '../../../schemas/edition.ts';
import { LIST_KINDS } from '../../../vocab/threat-lists.ts';
import { unknownThreat, type Checked, type ContentProblem, type RuleInput } from './problem.ts';

/** An edition file is named after its year, and each of its lists passes checkList. */
export function editionRules({ valid, ids }: RuleInput): ContentProblem[] {
	const out: ContentProblem[] = [];
	for (const e of valid.editions) {
		if (e.id !== String(e.data.edition)) out.push({ file: e.file, entry: e.id, field: 'edition', message: `is ${e.data.edition} but the file is ${e.id}.yaml: name the file after the edition year` });
		for (const kind of LIST_KINDS) out.push(...checkList(e, kind, e.data[kind], ids.threats));
	}
	return out;
}

/** Check one list of an edition: ranks present and unique when ranked, absent when not, threats known and not repeated. */
function checkList(e: Checked<Edition>, kind: string, list: EditionList, threatIds: Set<string>): ContentProblem[] {
	const out: ContentProblem[] = [];
	const ranks = new Map<number, number>();
	const threats = new Map<string, number>();
	list.entries.forEach((entry, i) => {
		const field = `${kind}.entries[${i}]`;
		const push = (f: string, message: string) => out.push({ file: e.file, entry: e.id, field: `${field}.${f}`, message });
		if (list.ranked && entry.rank === undefined) push('rank', `is missing: the ${kind} list is ranked (ranked: true)`);
		if (!list.ranked && entry.rank !== undefined) push('rank', `must be left out: the ${kind} list is unranked (ranked: false)`);
		if (entry.rank !== undefined) {
			if (ranks.has(entry.rank)) push('rank', `${entry.rank} is used twice in the ${kind} list (also entries[${ranks.get(entry.rank)}])`);
			else ranks.set(entry.rank, i);
		}
		if (!threatIds.has(entry.threat)) push('threat', unknownThreat(entry.threat));
		entry.mergedFrom?.forEach((id, j) => {
			if (!threatIds.has(id)) push(`mergedFrom[${j}]`, unknownThreat(id));
		});
		if (entry.splitFrom !== undefined && !threatIds.has(entry.splitFrom)) push('splitFrom', unknownThreat(entry.splitFrom));
		if (entry.continuesPredecessor && entry.splitFrom === undefined) push('continuesPredecessor', 'needs splitFrom: name the combined threat whose years this threat continues');
		if (threats.has(entry.threat)) push('threat', `"${entry.threat}" appears twice in the ${kind} list (also entries[${threats.get(entry.threat)}])`);
		else threats.set(entry.threat, i);
	});
	return out;
}
