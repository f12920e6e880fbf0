// The words of the search page (issue 22), apart from the header box's (search-words.ts) so that the
// script every page loads does not carry them. Pure and unit-tested.
import { fill } from '../i18n/fill.ts';
import type { UiKey, Words } from '../i18n/index.ts';
import type { SearchFilterKey } from './search.ts';
import { SEARCH_SECTION_KEYS } from './site.ts';

/** The dictionary keys the search page's script needs. */
export const SEARCH_PAGE_WORDS = [
	'searchWords.quote',
	'searchWords.quoteJoin',
	'searchPage.all',
	'searchPage.option',
	'searchPage.scope',
	'searchPage.filterJoin',
	'searchPage.browse',
	'searchPage.leftOut',
	'searchPage.found',
	'searchPage.none',
	'searchPage.failed',
	'edition.year',
	// The section filter's values (the index's words for the sections), in its menu's order (SEARCH_SECTION_KEYS).
	...SEARCH_SECTION_KEYS,
] as const satisfies readonly UiKey[];
export type SearchPageWords = Words<(typeof SEARCH_PAGE_WORDS)[number]>;

/** How a filter value reads in menus and summaries: years as editions (「2026年版」), others as they are. */
export function filterValueLabel(w: SearchPageWords, key: SearchFilterKey, value: string): string {
	return key === 'year' ? fill(w['edition.year'], { year: value }) : value;
}

/** The section filter's values (the index's words for the sections) in the order the search page offers them. */
export function sectionOrder(w: SearchPageWords): readonly string[] {
	return SEARCH_SECTION_KEYS.map((key) => w[key]);
}

/** The search page's status line: what was searched, within which filters (their labels), and how many pages. */
export function searchPageStatus(w: SearchPageWords, q: string, filters: readonly string[], total: number, leftOut: readonly string[]): string {
	const query = q.trim();
	const scope = filters.length ? fill(w['searchPage.scope'], { filters: filters.join(w['searchPage.filterJoin']) }) : '';
	if (!query) return filters.length ? fill(w['searchPage.browse'], { filters: filters.join(w['searchPage.filterJoin']), count: total }) : '';
	if (total && leftOut.length) {
		const words = leftOut.map((word) => fill(w['searchWords.quote'], { text: word })).join(w['searchWords.quoteJoin']);
		return fill(w['searchPage.leftOut'], { query, scope, words, count: total });
	}
	return fill(total ? w['searchPage.found'] : w['searchPage.none'], { query, scope, count: total });
}
