/** Lazy access to Pagefind's JavaScript API, shared by the header box and the search page. */
import { normalizeQuery, SEARCH_RANKING, type SearchFilterKey } from '../../lib/search.ts';

export interface ResultData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	filters: Partial<Record<string, string[]>>;
	sub_results: { title: string; url: string; excerpt: string }[];
}
interface RawResult {
	data(): Promise<ResultData>;
}
export type FilterCounts = Partial<Record<string, Record<string, number>>>;
interface Pagefind {
	options(o: object): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<FilterCounts>;
	debouncedSearch(term: string, o: object, ms: number): Promise<{ results: RawResult[]; filters: FilterCounts } | null>;
	search(term: string | null, o: object): Promise<{ results: RawResult[]; filters: FilterCounts }>;
}

let loading: Promise<Pagefind> | undefined;

/** Load Pagefind once, on first use: pages that never search never fetch it. */
export function pagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		// A runtime URL: Pagefind is written into dist/ after the site is built, so the bundler must not resolve it.
		const url = '/pagefind/pagefind.js';
		const api = (await import(/* @vite-ignore */ url)) as Pagefind;
		await api.options({ ranking: SEARCH_RANKING });
		await api.init();
		return api;
	})().catch((error: unknown) => {
		loading = undefined; // a failed load (say, a dropped connection) is tried again on the next search
		throw error;
	});
	return loading;
}

/** The result of one search: the first `limit` pages' data, the total and the counts per filter value. */
export interface Found {
	results: ResultData[];
	total: number;
	filters: FilterCounts;
	/** Loads the next pages' data. */
	more(from: number, limit: number): Promise<ResultData[]>;
}

/**
 * Search with the reader's query folded; debounced so fast typing fetches only for the last keystroke.
 * Resolves to null when a newer search replaced this one.
 */
export async function find(query: string, filters: Partial<Record<SearchFilterKey, string>>, limit: number, debounceMs = 0): Promise<Found | null> {
	const api = await pagefind();
	const term = normalizeQuery(query);
	const hasFilter = Object.keys(filters).length > 0;
	// Nothing asked yet: no results, but every filter value with its page count, so the menus can be browsed.
	if (!term && !hasFilter) return { results: [], total: 0, filters: await api.filters(), more: async () => [] };
	const found = await api.debouncedSearch(term || null!, { filters }, debounceMs);
	if (!found) return null;
	const load = (from: number, n: number) => Promise.all(found.results.slice(from, from + n).map((r) => r.data()));
	return { results: await load(0, limit), total: found.results.length, filters: found.filters, more: load };
}
