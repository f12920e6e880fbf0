/** Search settings and pure helpers shared by the header box, the search page and the search-quality tests. */
import { routes } from './routes.ts';
import type { UiKey } from '../i18n/ja.ts';

/** Pagefind ranking: titles and the hidden keyword list weigh most, so the page about a thing outranks pages that mention it. */
export const SEARCH_RANKING = { metaWeights: { title: 6, keywords: 5 } } as const;

/**
 * Longest query searched, in characters. Readers type a few words; a pasted page of text (100 kB took
 * 28 s) is cut here, in every entry point: the boxes' maxlength, the URL's ?q= and normalizeQuery.
 */
export const MAX_QUERY_LENGTH = 100;

/** Fold a query the way readers type it: full-width letters and digits to half-width (ＢＥＣ → BEC), spaces collapsed, trimmed, at most MAX_QUERY_LENGTH characters. */
export function normalizeQuery(query: string): string {
	// Cut before folding too, so a huge paste costs nothing to fold.
	return [
		...query
			.slice(0, MAX_QUERY_LENGTH * 2)
			.normalize('NFKC')
			.replace(/\s+/g, ' ')
			.trim(),
	]
		.slice(0, MAX_QUERY_LENGTH)
		.join('')
		.trim();
}

/**
 * Pagefind filters the pages carry (`data-pagefind-filter`), in the order the search page offers them, each
 * with the dictionary key of its menu's label (a value's label: filterValueLabel in search-page-words.ts).
 */
export const SEARCH_FILTERS = [
	{ key: 'section', labelKey: 'searchFilter.section' },
	{ key: 'year', labelKey: 'searchFilter.year' },
	{ key: 'prefecture', labelKey: 'searchFilter.prefecture' },
] as const satisfies readonly { key: string; labelKey: UiKey }[];
export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];

/** What the search page shows, as kept in its URL: `/search/?q=…&section=…&year=…&prefecture=…`. */
export interface SearchState {
	q: string;
	filters: Partial<Record<SearchFilterKey, string>>;
}

/** Read the search state from a query string; unknown parameters are ignored, empty ones dropped. */
export function readSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: SearchState['filters'] = {};
	for (const { key } of SEARCH_FILTERS) {
		const value = params.get(key)?.trim();
		if (value) filters[key] = value;
	}
	return { q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH), filters };
}

/** The search page address for a state, so a search (and its filters) can be linked. */
export function searchHref(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const { key } of SEARCH_FILTERS) {
		const value = state.filters[key];
		if (value) params.set(key, value);
	}
	const query = params.toString();
	return routes.search(undefined, query);
}

/** One run of an excerpt: plain text, marked when it matched the query. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

/**
 * Pagefind joins the text of separate blocks (a heading, a list item, a table cell) with ". ", which
 * reads as a stray full stop in Japanese: 「感染. 時期：」. Japanese prose never has ". " beside a kana
 * or kanji, so there it becomes 「。」, or nothing where the block already ended a sentence.
 */
export function joinBlocksInJapanese(excerpt: string): string {
	const cjk = /[\u3001-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uffef]/;
	return excerpt.replace(/\. /g, (dot, at: number) => {
		const before =
			excerpt
				.slice(0, at)
				.replace(/<\/mark>$/, '')
				.at(-1) ?? '';
		const after = excerpt.slice(at + dot.length).replace(/^<mark>/, '')[0] ?? '';
		if (!cjk.test(before) && !cjk.test(after)) return dot;
		return /[。！？]/.test(before) ? '' : '。';
	});
}

/**
 * Split a Pagefind excerpt (page text with `<` and `>` escaped, and `<mark>` around matches) into
 * text runs, so it can be shown with text nodes only: nothing from the index is parsed as HTML.
 * Pagefind 1.6 escapes only `<` and `>`, so only those are decoded; `&amp;` in a page stays as typed.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let mark = false;
	for (const piece of joinBlocksInJapanese(excerpt).split(/(<\/?mark>)/)) {
		if (piece === '<mark>' || piece === '</mark>') {
			mark = piece === '<mark>';
			continue;
		}
		const text = piece
			.replace(/<[^>]*>/g, '')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>');
		if (!text) continue;
		const last = parts.at(-1);
		if (last && last.mark === mark) last.text += text;
		else parts.push({ text, mark });
	}
	return parts;
}

/** The next highlighted option when moving by `step` through `count` options; -1 means none (focus stays in the box). */
export function moveActive(current: number, step: 1 | -1, count: number): number {
	if (count === 0) return -1;
	if (current === -1) return step === 1 ? 0 : count - 1;
	const next = current + step;
	return next < 0 || next >= count ? -1 : next;
}

/** A choice in a filter menu: a value pages carry, and how many of the current results have it. */
export interface FilterOption {
	value: string;
	count: number;
}

/**
 * The choices to offer for one filter: values that some current result has, plus the selected one
 * (so a reader can see and undo it), in the given order; values outside it (and years) sort after,
 * newest year first.
 */
export function filterOptions(counts: Readonly<Record<string, number>>, selected: string | undefined, order: readonly string[] = []): FilterOption[] {
	// Own properties only: a value from the URL such as "constructor" must not read Object.prototype.
	const count = (v: string) => (Object.hasOwn(counts, v) && typeof counts[v] === 'number' ? counts[v] : 0);
	const values = Object.keys(counts).filter((v) => count(v) > 0 || v === selected);
	if (selected && !values.includes(selected)) values.push(selected);
	const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
	return values.toSorted((a, b) => rank(a) - rank(b) || Number(b) - Number(a) || a.localeCompare(b, 'ja')).map((value) => ({ value, count: count(value) }));
}
