import type { Edition, ListKind } from '../../schemas/edition.ts';
import { LIST_KINDS } from './rankings.ts';

/** A pair of editions of one list that can be compared rank against rank. */
export interface ComparePair {
	/** Which list. */
	list: ListKind;
	/** Older edition year. */
	a: number;
	/** Newer edition year. */
	b: number;
}

/** Every pair of ranked editions of each list (older first); unranked editions cannot be compared by rank. */
export function comparePairs(editions: readonly Edition[]): ComparePair[] {
	return LIST_KINDS.flatMap((list) => {
		const years = editions
			.filter((e) => e[list].ranked)
			.map((e) => e.edition)
			.sort((x, y) => x - y);
		return years.flatMap((a, i) => years.slice(i + 1).map((b) => ({ list, a, b })));
	});
}

/** The pair shown by default: the two newest ranked editions of the organisation list. */
export function defaultPair(editions: readonly Edition[]): ComparePair {
	const pairs = comparePairs(editions).filter((p) => p.list === 'organization');
	return pairs.reduce((best, p) => (p.b > best.b || (p.b === best.b && p.a > best.a) ? p : best));
}
