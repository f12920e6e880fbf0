/**
 * What the search does with a query before and after Pagefind sees it: fold variants (漏洩/漏えい,
 * ひらがな/カタカナ), leave out common words (危険, どこ), relax a query that finds nothing, and
 * recognise intent (「2020年 1位」 → that edition). Pure functions over the vocabulary in
 * content/search/terms.yaml; the runner that calls Pagefind is src/lib/search-run.ts.
 */
import type { SearchTerms } from '../schemas/search-terms.ts';
import { isEditionPath, isPrefecturePath, isThreatPath, routes } from './routes.ts';

/** What the browser needs beside Pagefind, written at build time to /search/hints.json. */
export interface SearchHints extends SearchTerms {
	/** Years of the 10大脅威 editions that have a page. */
	editions: string[];
	/** Prefectures with a page under /otasuketai/<slug>/. */
	prefectures: { name: string; slug: string }[];
}

/** Words searched at most: longer queries are cut, so each search stays a handful of lookups. */
export const MAX_QUERY_WORDS = 6;
/** Searches run at most for one spelling of a query (the query itself and its variants). */
export const MAX_ALTERNATIVES = 4;

const lower = (s: string) => s.toLowerCase();
const HIRAGANA = /^[\u3041-\u3096\u30fc]+$/;

/** ひらがな → カタカナ (らんさむうぇあ → ランサムウェア); other characters unchanged. */
export function toKatakana(s: string): string {
	return s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

// A particle between two words that are not ひらがな: 「社長を名乗るメール」, 「取引先から変なメール」.
const PARTICLE = /(?<=[^\s\u3041-\u3096])(?:から|まで|より|を|が|に|で|へ|と|や|は|の)(?=[^\s\u3041-\u3096])/g;

/**
 * Split a folded query into words at spaces and at particles (readers type phrases without spaces,
 * and a phrase is searched word by word when it finds too little), at most MAX_QUERY_WORDS; the rest
 * are reported as left out.
 */
export function splitWords(query: string): { words: string[]; cut: string[] } {
	const all = query.replace(PARTICLE, ' ').split(/\s+/).filter(Boolean);
	return { words: all.slice(0, MAX_QUERY_WORDS), cut: all.slice(MAX_QUERY_WORDS) };
}

/** Every table term found in `text` (case-insensitive), longest first, without overlaps. */
function termsIn(text: string, terms: readonly string[]): { term: string; at: number }[] {
	const hay = lower(text);
	const found: { term: string; at: number }[] = [];
	const taken: boolean[] = [];
	for (const term of [...terms].sort((a, b) => b.length - a.length)) {
		const needle = lower(term);
		for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
			if (taken.slice(at, at + needle.length).some(Boolean)) continue;
			for (let i = at; i < at + needle.length; i++) taken[i] = true;
			found.push({ term, at });
		}
	}
	return found.sort((a, b) => a.at - b.at);
}

/** All terms the table knows (variants and the from side of related words). */
function knownTerms(hints: SearchTerms): string[] {
	return [...hints.variants.flat(), ...hints.related.flatMap((r) => r.from)];
}

/**
 * Leave out common words (危険, どこ, 対策) where they stand alone or end or start a word
 * (「フリーWi-Fiの危険性」, 「相談どこ」), unless they are part of a known term (ウイルス対策ソフト).
 * Returns the words left, and the common words removed; a query of only common words is kept as is.
 */
export function dropCommonWords(words: readonly string[], hints: SearchTerms): { words: string[]; dropped: string[] } {
	const common = [...hints.common].sort((a, b) => b.length - a.length);
	const known = knownTerms(hints);
	const dropped: string[] = [];
	const kept = words.flatMap((word) => {
		let w = word;
		for (let changed = true; changed && w; ) {
			changed = false;
			const protectedSpans = termsIn(w, known).map(({ term, at }) => [at, at + term.length] as const);
			for (const c of common) {
				const lw = lower(w);
				const lc = lower(c);
				// Inside a word only for Japanese common words: 「a」 must not come off 「ACTION」.
				const inside = !/^[\x00-\x7f]+$/.test(c);
				const at = lw === lc ? 0 : !inside ? -1 : lw.endsWith(lc) ? lw.length - lc.length : lw.startsWith(lc) ? 0 : -1;
				if (at === -1 || protectedSpans.some(([s, e]) => at < e && at + lc.length > s)) continue;
				// A word must not end up as a lone particle: 「Wi-Fiの危険性」 → 「Wi-Fi」.
				w = (w.slice(0, at) + w.slice(at + c.length)).replace(/^[のをにはがでと]+|[のをにはがでと]+$/g, '');
				dropped.push(c);
				changed = true;
				break;
			}
		}
		return w ? [w] : [];
	});
	return kept.length ? { words: kept, dropped } : { words: [...words], dropped: [] };
}

/** A query with each known term in the site's own spelling, the first of its variant group (おたすけ隊 → お助け隊). */
export function siteSpelling(query: string, hints: SearchTerms): string {
	let out = query;
	for (const { term, at } of termsIn(query, knownTerms(hints)).toReversed()) {
		const first = hints.variants.find((g) => g.some((v) => lower(v) === lower(term)))?.[0];
		if (first && lower(first) !== lower(term)) out = out.slice(0, at) + first + out.slice(at + term.length);
	}
	return out;
}

/** One spelling of a query to search, and how much its hits count when merged. */
export interface Spelling {
	query: string;
	weight: number;
}

/**
 * The spellings of a query to search, at most MAX_ALTERNATIVES: the query as typed; the site's own
 * spelling of each known term (the first of its variant group: 漏洩 → 漏えい, おたすけ隊 → お助け隊);
 * the site's word for what was typed (請求書 → ビジネスメール詐欺); カタカナ for a word typed in ひらがな.
 * The typed query counts less when a better spelling exists, so its stray matches do not lead.
 */
export function spellingsOf(query: string, hints: SearchTerms): Spelling[] {
	const out: Spelling[] = [];
	// Pagefind cuts a word in ひらがな into single characters and matches them anywhere, so a spelling
	// in ひらがな finds noise: it is a way in (のっとり → 乗っ取り), never a way out.
	const add = (q: string, by: string) => {
		if (HIRAGANA.test(by.replace(/\s/g, ''))) return;
		if (lower(q) !== lower(query) && !out.some((o) => lower(o.query) === lower(q))) out.push({ query: q, weight: 1 });
	};
	const found = termsIn(query, knownTerms(hints));
	const canonical = siteSpelling(query, hints);
	add(canonical, canonical);
	for (const { term, at } of found) {
		for (const r of hints.related) if (r.from.some((f) => lower(f) === lower(term))) r.to.forEach((to) => add(query.slice(0, at) + to + query.slice(at + term.length), to));
	}
	let kana = query;
	for (const word of query.split(' ')) if (word.length >= 2 && HIRAGANA.test(word) && !found.some((f) => lower(f.term) === lower(word))) kana = kana.replace(word, toKatakana(word));
	add(kana, kana);
	const typed = { query, weight: out.length ? (HIRAGANA.test(query.replace(/\s/g, '')) ? 0.3 : 0.6) : 1 };
	return [typed, ...out].slice(0, MAX_ALTERNATIVES);
}

/**
 * Keywords a page is indexed with: its own, each table term found in its title or keywords as a
 * word of its own (Pagefind matches 「漏洩」 against a keyword 「情報漏洩」 only then), that term's
 * variants, and the words readers type for it (related `from`).
 */
export function indexKeywords(title: string, keywords: readonly string[], terms: SearchTerms): string[] {
	const out = new Set(keywords);
	for (const { term } of termsIn([title, ...keywords].join(' \u0000 '), terms.variants.flat())) {
		out.add(term);
		for (const v of terms.variants.find((g) => g.includes(term)) ?? []) out.add(v);
	}
	for (const r of terms.related) if (termsIn([title, ...keywords].join(' \u0000 '), r.to).length) r.from.forEach((f) => out.add(f));
	return [...out];
}

/** A page a query is plainly about; the runner fetches it by its `page` filter when the search ranks it low. */
export interface Intent {
	url: string;
}

/**
 * Whether a page carries its own path as a Pagefind `page` filter, so that an intent can fetch it
 * directly: the 10大脅威 editions, the 47 prefecture pages and the pages the vocabulary lists.
 */
export function isIntentPage(path: string, pages: SearchTerms['pages']): boolean {
	return isEditionPath(path) || isPrefecturePath(path) || pages.some((p) => p.url === path);
}

const RANKING_WORDS = /(\d+位|一位|ランキング|順位|推移|ranking|top|10大|十大|版)/i;
const OTASUKETAI_WORDS = /(お助け|おたすけ|オタスケ|otasuketai|助け隊)/i;

/** The prefecture named in a query: full names first (東京都), then without 都府県 (京都, 滋賀). */
export function prefectureIn(query: string, prefectures: SearchHints['prefectures']): SearchHints['prefectures'][number] | undefined {
	const full = prefectures.find((p) => query.includes(p.name) || new RegExp(`\\b${p.slug}\\b`, 'i').test(query));
	if (full) return full;
	const short = (name: string) => (name === '北海道' ? name : name.replace(/[都府県]$/, ''));
	return prefectures.filter((p) => query.includes(short(p.name))).sort((a, b) => short(b.name).length - short(a.name).length)[0];
}

/**
 * Intent a query states outright: a year with 1位/ランキング/順位 wants that 10大脅威 edition;
 * ranking words without a year want the trends on /threats/; a prefecture with お助け隊 wants that
 * prefecture's page; a whole query listed under `pages` in the vocabulary wants that page.
 */
export function intentOf(query: string, hints: SearchHints): Intent | undefined {
	const year = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(query)?.[1];
	if (year && hints.editions.includes(year) && RANKING_WORDS.test(query.replace(year, ''))) {
		return { url: routes.edition(year) };
	}
	const pref = !year && OTASUKETAI_WORDS.test(query) ? prefectureIn(query, hints.prefectures) : undefined;
	if (pref) return { url: routes.prefecture(pref.slug) };
	const asked = [lower(query), lower(siteSpelling(query, hints))];
	const page = hints.pages.find((p) => p.queries.some((q) => asked.includes(lower(q)) || asked.includes(lower(siteSpelling(q, hints)))));
	if (page) return { url: page.url };
	return undefined;
}

/** The parts of a threat's title a reader would type: 「DDoS攻撃（サービス妨害攻撃）」 → DDoS攻撃, サービス妨害攻撃. */
function titleParts(title: string | undefined): string[] {
	return (title ?? '')
		.split(/[（）()・]/)
		.map((t) => lower(t.trim()))
		.filter((t) => t.length >= 2);
}

/**
 * Which of the loaded results is the one threat page the query names: a query word (or its site
 * spelling) that starts a part of the page's title (ランサム → ランサムウェア（ランサム攻撃）).
 * -1 when none, or when two threats fit (the word then names no one threat).
 */
export function namedThreat(results: readonly { url: string; meta: { title?: string } }[], words: readonly string[], hints: SearchTerms): number {
	const spellings = words
		.flatMap((w) => hints.variants.find((g) => g.some((v) => lower(v) === lower(w))) ?? [w])
		.map(lower)
		.filter((w) => w.length >= 2);
	const fits = results.flatMap((r, i) => (isThreatPath(r.url) && titleParts(r.meta.title).some((part) => spellings.some((w) => part.startsWith(w))) ? [i] : []));
	return fits.length === 1 ? fits[0]! : -1;
}

/** A hit as the runner merges them: Pagefind's id and score, with whatever else the engine carries. */
export interface ScoredHit {
	id: string;
	score: number;
}

/** Merge the hits of several searches: each page once, at its best weighted score, best first. */
export function mergeHits<T extends ScoredHit>(lists: readonly (readonly T[])[], weights: readonly number[] = []): T[] {
	const best = new Map<string, T>();
	lists.forEach((list, i) => {
		const w = weights[i] ?? 1;
		for (const hit of list) if ((best.get(hit.id)?.score ?? -Infinity) < hit.score * w) best.set(hit.id, { ...hit, score: hit.score * w });
	});
	return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Add up the hits of several searches: a page found by more of them (for more of the words) ranks higher. */
export function sumHits<T extends ScoredHit>(lists: readonly (readonly T[])[]): T[] {
	const sum = new Map<string, T>();
	for (const list of lists) for (const hit of list) sum.set(hit.id, { ...hit, score: (sum.get(hit.id)?.score ?? 0) + hit.score });
	return [...sum.values()].sort((a, b) => b.score - a.score);
}

/** Queries that leave out one word each, with the word left out. */
export function relaxations(words: readonly string[]): { query: string; leftOut: string }[] {
	if (words.length < 2) return [];
	return words.map((w, i) => ({ query: words.filter((_, j) => j !== i).join(' '), leftOut: w }));
}
