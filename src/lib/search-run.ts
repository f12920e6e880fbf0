/**
 * One search as the reader sees it, over any engine with Pagefind's shape: the query and its variants,
 * merged; relaxed when it finds nothing; the page it is plainly about put first. The header box, the
 * search page and the search-quality test all run this, so the test measures what readers get.
 */
import { normalizeQuery } from './search.ts';
import { dropCommonWords, intentOf, mergeHits, namedThreat, relaxations, spellingsOf, splitWords, sumHits, type SearchHints } from './search-query.ts';

/** The data of one result (Pagefind's `result.data()`). */
export interface ResultData {
	url: string;
	excerpt: string;
	meta: { title?: string; keywords?: string };
	filters: Partial<Record<string, string[]>>;
	sub_results: { title: string; url: string; excerpt: string }[];
}
/** Pages per filter value, as Pagefind counts them. */
export type FilterCounts = Partial<Record<string, Record<string, number>>>;

/** One hit of an engine search; `data` loads the page's data (a fetch, so only for hits shown). */
export interface EngineHit {
	id: string;
	score: number;
	data(): Promise<ResultData>;
}
/** What the runner needs of Pagefind. */
export interface SearchEngine {
	search(term: string | null, filters: Record<string, string>): Promise<{ results: EngineHit[]; filters: FilterCounts }>;
	/** Every filter value with its page count, for a search page with nothing asked yet. */
	filters(): Promise<FilterCounts>;
}

/** The outcome of one search. */
export interface Found {
	results: ResultData[];
	total: number;
	filters: FilterCounts;
	/** Words of the query left out to find anything (not the common words, which never count). */
	leftOut: string[];
	/** Loads the data of the next results. */
	more(from: number, limit: number): Promise<ResultData[]>;
}

/** Fewer results than this for all the words together, and the search also tries them without each word. */
const FEW = 3;

/**
 * Search `term` as typed and, when that finds few pages or was typed in ひらがな (which finds noise),
 * in its other spellings too, merged by page. Each spelling may fetch index chunks, so a query that
 * already works costs one search.
 */
async function searchSpellings(engine: SearchEngine, term: string, filters: Record<string, string>, hints: SearchHints) {
	const [typed, ...others] = spellingsOf(term, hints);
	const first = await engine.search(typed!.query, filters);
	// One page or none: the reader may have typed another spelling than the site's.
	const spellings = first.results.length < 2 || typed!.weight < 0.5 ? [typed!, ...others] : [typed!];
	const found = [first, ...(await Promise.all(spellings.slice(1).map((s) => engine.search(s.query, filters))))];
	// Counts per filter come from the spelling that found most: merged counts would need every page's data.
	const richest = found.reduce((a, b) => (b.results.length > a.results.length ? b : a));
	return {
		hits: mergeHits(
			found.map((f) => f.results),
			spellings.map((s) => s.weight),
		),
		filters: richest.filters,
	};
}

/** Run a reader's query: see the module comment. `limit` results' data are loaded. */
export async function runSearch(engine: SearchEngine, query: string, filters: Record<string, string>, hints: SearchHints, limit: number): Promise<Found> {
	const q = normalizeQuery(query);
	const hasFilter = Object.keys(filters).length > 0;
	if (!q && !hasFilter) return { results: [], total: 0, filters: await engine.filters(), leftOut: [], more: async () => [] };
	const split = splitWords(q);
	const { words } = dropCommonWords(split.words, hints);
	let leftOut = split.cut;
	// The page a query plainly asks for is fetched by its own filter alongside the search, in case the search ranks it low.
	const intent = q ? intentOf(words.join(' '), hints) : undefined;
	const probe = intent ? engine.search(null, { ...filters, page: intent.url }).catch(() => undefined) : undefined;
	const strict = q ? await searchSpellings(engine, words.join(' '), filters, hints) : await engine.search(null, filters).then((all) => ({ hits: all.results, filters: all.filters }));
	let { hits, filters: counts } = strict;
	// Few or no pages have all the words: also search without each word in turn and add the scores up,
	// so a page with more of the words ranks higher (often it has them all, in a compound Pagefind keeps whole).
	const tries = hits.length < FEW ? relaxations(words) : [];
	if (tries.length) {
		const relaxed = await Promise.all(tries.map((r) => searchSpellings(engine, r.query, filters, hints)));
		const summed = sumHits([strict.hits, ...relaxed.map((r) => r.hits)]);
		if (summed.length > hits.length) {
			hits = summed;
			if (!strict.hits.length) counts = relaxed.reduce((a, b) => (b.hits.length > a.hits.length ? b : a)).filters;
			const top = hits[0]!;
			if (!strict.hits.some((h) => h.id === top.id)) {
				const foundBy = tries.filter((_, i) => relaxed[i]!.hits.some((h) => h.id === top.id));
				// The words the first result lacks: left out by every search that found it.
				leftOut = [...words.filter((w) => foundBy.every((r) => r.leftOut === w)), ...split.cut];
			}
		}
	}
	const order = [...hits];
	const cache = new Map<string, Promise<ResultData>>();
	const data = (h: EngineHit) => cache.get(h.id) ?? cache.set(h.id, h.data()).get(h.id)!;
	const load = (from: number, n: number) => Promise.all(order.slice(from, from + n).map(data));
	let results = await load(0, limit);

	const pin = (hit: EngineHit) => {
		const at = order.findIndex((h) => h.id === hit.id);
		if (at === 0) return;
		if (at > 0) order.splice(at, 1);
		order.unshift(hit);
	};
	if (intent) {
		const shown = results.findIndex((r) => r.url === intent.url);
		if (shown > 0) pin(order[shown]!);
		else if (shown === -1) {
			const hit = (await probe)?.results[0];
			if (hit && (await data(hit)).url === intent.url) pin(hit);
		}
	} else {
		// A threat named outright (its title or one of its keywords) puts its page first.
		const about = namedThreat(results, words, hints);
		if (about > 0) pin(order[about]!);
	}
	if (order[0] !== hits[0]) results = await load(0, limit);
	return { results, total: order.length, filters: counts, leftOut, more: load };
}
