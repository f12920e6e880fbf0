/** Lazy access to Pagefind's JavaScript API and the search vocabulary, shared by the header box and the search page. */
import { SEARCH_RANKING, type SearchFilterKey } from '../../lib/search.ts';
import type { SearchHints } from '../../lib/search-query.ts';
import type { EngineHit, FilterCounts, Found, SearchEngine } from '../../lib/search-run.ts';
import { routes } from '../../lib/routes.ts';

export type { FilterCounts, Found, ResultData } from '../../lib/search-run.ts';

interface Pagefind {
	options(o: object): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<FilterCounts>;
	search(term: string | null, o: object): Promise<{ results: EngineHit[]; filters: FilterCounts }>;
}

type Loaded = { api: Pagefind; hints: SearchHints; run: typeof import('../../lib/search-run.ts') };
let loading: Promise<Loaded> | undefined;

/** Load Pagefind, the vocabulary and the search runner once, on first use: pages that never search never fetch them. */
export function pagefind(): Promise<Loaded> {
	loading ??= (async () => {
		// A runtime URL: Pagefind is written into dist/ after the site is built, so the bundler must not resolve it.
		const url = '/pagefind/pagefind.js';
		const [api, hints, run] = await Promise.all([
			import(/* @vite-ignore */ url) as Promise<Pagefind>,
			fetch(routes.searchHints()).then((r) => (r.ok ? (r.json() as Promise<SearchHints>) : Promise.reject(new Error(`hints: ${r.status}`)))),
			// Its own chunk: the header script every page loads stays small.
			import('../../lib/search-run.ts'),
		]);
		// On the main thread: the worker costs 12 kB gzip more on the first search and saves nothing
		// noticeable on an index this small (measured in `npm run bench`).
		await api.options({ ranking: SEARCH_RANKING, noWorker: true });
		await api.init();
		return { api, hints, run };
	})().catch((error: unknown) => {
		loading = undefined; // a failed load (say, a dropped connection) is tried again on the next search
		throw error;
	});
	return loading;
}

/** Thrown into a search that a newer one replaced, so it fetches nothing more. */
class Replaced extends Error {}

/** Pagefind as the search runner's engine; once `current()` is false every further step stops. */
function engineOf(api: Pagefind, current: () => boolean): SearchEngine {
	const check = () => {
		if (!current()) throw new Replaced();
	};
	return {
		search: async (term, filters) => {
			check();
			const found = await api.search(term, { filters });
			check();
			return { ...found, results: found.results.map((h) => ({ id: h.id, score: h.score, data: () => (check(), h.data()) })) };
		},
		filters: () => api.filters(),
	};
}

/**
 * Search as readers expect (variants, relaxation, intent: see src/lib/search-run.ts); `limit` results'
 * data are loaded. Resolves to null when `current()` turned false (a newer search replaced this one):
 * a stale search stops before its next fetch instead of downloading results nobody will see.
 */
export async function find(query: string, filters: Partial<Record<SearchFilterKey, string>>, limit: number, current: () => boolean = () => true): Promise<Found | null> {
	const { api, hints, run } = await pagefind();
	try {
		return await run.runSearch(engineOf(api, current), query, filters as Record<string, string>, hints, limit);
	} catch (error) {
		if (error instanceof Replaced) return null;
		throw error;
	}
}

/**
 * en-more2 (issue 22): search an English page's index as Pagefind ranks it, without the Japanese runner
 * (variants, relaxation and intents are built for Japanese words). Pagefind picks the English index from
 * <html lang="en">. The header box of an English page and /en/search/ both call this, so they agree.
 * Null when `current()` turned false (a newer search replaced this one).
 */
export async function findEnglish(query: string, limit: number, current: () => boolean = () => true): Promise<Found | null> {
	const { api } = await pagefind();
	// The query is capped where it is typed (the boxes' maxlength, /en/search/'s ?q=).
	const hits = (await api.search(query, {})).results;
	const more = (from: number, n: number) => Promise.all(hits.slice(from, from + n).map((h) => h.data()));
	const results = await more(0, limit);
	return current() ? { results, total: hits.length, filters: {}, leftOut: [], more } : null;
}
