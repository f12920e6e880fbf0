// The words the header search box shows (issue 22), in the page's language: SearchBox.astro writes them
// from the dictionary onto the form as a JSON list, and this presenter turns counts and queries into
// sentences in the browser. Pure and unit-tested (the search page's words: search-page-words.ts).
import { fill } from '../i18n/fill.ts';
import type { UiKey } from '../i18n/index.ts';

/**
 * The dictionary keys the header box's script needs, in the order of the list its form carries
 * (`data-words`, a JSON array: positions, not names, keep the script every page loads small).
 */
export const HEADER_SEARCH_WORDS = [
	'searchWords.quote',
	'searchWords.quoteJoin',
	'searchWords.without',
	'searchWords.all',
	'searchWords.allOne',
	'searchWords.allWithout',
	'searchWords.none',
	'searchWords.found',
	'searchWords.foundOne',
	'searchWords.foundWithout',
	'searchWords.notFound',
] as const satisfies readonly UiKey[];
/** The header box's words, in the order of HEADER_SEARCH_WORDS. */
export type HeaderSearchWords = readonly string[];

/** What the header box says for a search: the "all results" option (null when none), the no-match line and the status. */
export function headerSearchTexts(words: HeaderSearchWords, query: string, total: number, leftOut: readonly string[]): { all: string | null; none: string; status: string } {
	const [quote, quoteJoin, withoutWords, all, allOne, allWithout, none, found, foundOne, foundWithout, notFound] = words as string[];
	const without = leftOut.length ? fill(withoutWords!, { words: leftOut.map((word) => fill(quote!, { text: word })).join(quoteJoin) }) : '';
	const pick = (many: string, one: string, withWords: string) => fill(without ? withWords : total === 1 ? one : many, { count: total, without });
	return {
		all: total > 0 ? pick(all!, allOne!, allWithout!) : null,
		none: fill(none!, { query }),
		status: total > 0 ? pick(found!, foundOne!, foundWithout!) : notFound!,
	};
}
