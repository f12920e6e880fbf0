import { describe, expect, it } from 'vitest';
import {
	dropCommonWords,
	indexKeywords,
	intentOf,
	isIntentPage,
	mergeHits,
	namedThreat,
	prefectureIn,
	relaxations,
	siteSpelling,
	spellingsOf,
	splitWords,
	sumHits,
	toKatakana,
	type SearchHints,
} from '../../src/lib/search-query.ts';
import { runSearch, type EngineHit, type SearchEngine } from '../../src/lib/search-run.ts';

const HINTS: SearchHints = {
	variants: [
		['漏えい', '漏洩', 'ろうえい'],
		['お助け隊', 'おたすけ隊', 'otasuketai'],
		['ランサムウェア', 'ランサムウエア', 'ransomware'],
		['ウイルス', 'ウィルス'],
	],
	related: [
		{ from: ['請求書', '送金'], to: ['ビジネスメール詐欺'] },
		{ from: ['ウイルス対策ソフト'], to: ['ウイルス対策ソフト'] },
	],
	pages: [{ url: '/help/', queries: ['相談', '相談 どこ'] }],
	common: ['危険性', '危険', 'どこ', '対策', '教えて', 'a'],
	editions: ['2020', '2026'],
	prefectures: [
		{ name: '東京都', slug: 'tokyo' },
		{ name: '京都府', slug: 'kyoto' },
		{ name: '滋賀県', slug: 'shiga' },
		{ name: '北海道', slug: 'hokkaido' },
	],
};

describe('common words', () => {
	it.each([
		[['フリーWi-Fiの危険性'], ['フリーWi-Fi'], ['危険性']],
		[['相談どこ'], ['相談'], ['どこ']],
		[['ランサムウェア', '対策', '教えて'], ['ランサムウェア'], ['対策', '教えて']],
		[['ウイルス対策ソフト'], ['ウイルス対策ソフト'], []],
		[['SECURITY', 'ACTION', 'AI'], ['SECURITY', 'ACTION', 'AI'], []],
		[['危険', 'どこ'], ['危険', 'どこ'], []],
	])('leaves common words out of %j where they stand alone, end or start a word, never all of them', (words, kept, dropped) => {
		expect(dropCommonWords(words, HINTS)).toEqual({ words: kept, dropped });
	});
});

describe('spellings', () => {
	it('searches the site spelling beside the typed one, the typed one counting less', () => {
		expect(spellingsOf('情報漏洩', HINTS)).toEqual([
			{ query: '情報漏洩', weight: 0.6 },
			{ query: '情報漏えい', weight: 1 },
		]);
		expect(siteSpelling('おたすけ隊 滋賀', HINTS)).toBe('お助け隊 滋賀');
	});

	it('adds the site word for what was typed (請求書 → ビジネスメール詐欺)', () => {
		expect(spellingsOf('請求書 振込', HINTS).map((s) => s.query)).toEqual(['請求書 振込', 'ビジネスメール詐欺 振込']);
	});

	it('turns a word typed in ひらがな into カタカナ, and never searches a ひらがな spelling', () => {
		expect(toKatakana('らんさむうぇあ')).toBe('ランサムウェア');
		expect(spellingsOf('らんさむうぇあ', HINTS)).toEqual([
			{ query: 'らんさむうぇあ', weight: 0.3 },
			{ query: 'ランサムウェア', weight: 1 },
		]);
		expect(spellingsOf('漏えい', HINTS).map((s) => s.query)).toEqual(['漏えい']);
	});

	it('searches a query without known terms as typed, once', () => {
		expect(spellingsOf('WannaCry', HINTS)).toEqual([{ query: 'WannaCry', weight: 1 }]);
	});
});

describe('page keywords at build time', () => {
	it('adds each known term of the title and keywords as a word of its own, its variants and the words readers type for it', () => {
		expect(indexKeywords('不注意による情報漏えい', ['誤送信'], HINTS)).toEqual(['誤送信', '漏えい', '漏洩', 'ろうえい']);
		expect(indexKeywords('ビジネスメール詐欺', ['BEC'], HINTS)).toEqual(['BEC', '請求書', '送金']);
	});
});

describe('intent', () => {
	it('sends a year with a ranking word to that edition, and only for editions that exist', () => {
		expect(intentOf('2020年 1位', HINTS)?.url).toBe('/threats/editions/2020/');
		expect(intentOf('2026 順位', HINTS)?.url).toBe('/threats/editions/2026/');
		expect(intentOf('2019年 1位', HINTS)).toBeUndefined();
		expect(intentOf('2020年 熊本', HINTS)).toBeUndefined();
	});

	it('sends a prefecture with お助け隊 to the prefecture page, telling 東京都 from 京都', () => {
		expect(intentOf('お助け隊 滋賀', HINTS)?.url).toBe('/otasuketai/shiga/');
		expect(intentOf('京都 お助け隊', HINTS)?.url).toBe('/otasuketai/kyoto/');
		expect(intentOf('東京都 お助け隊', HINTS)?.url).toBe('/otasuketai/tokyo/');
		expect(prefectureIn('otasuketai shiga', HINTS.prefectures)?.slug).toBe('shiga');
		expect(intentOf('滋賀', HINTS)).toBeUndefined();
	});

	it('sends a whole query listed in the vocabulary to its page, through the page filter', () => {
		expect(intentOf('相談', HINTS)).toEqual({ url: '/help/' });
		expect(intentOf('相談 熊本', HINTS)).toBeUndefined();
	});

	it('marks editions, prefecture pages and listed pages as fetchable by their page filter, not regions, teams or flyers', () => {
		expect(['/threats/editions/2020/', '/otasuketai/shiga/', '/help/'].map((p) => isIntentPage(p, HINTS.pages))).toEqual([true, true, true]);
		expect(['/otasuketai/regions/kanto/', '/otasuketai/teams/2020-kumamoto/', '/otasuketai/shiga/flyer/', '/threats/'].map((p) => isIntentPage(p, HINTS.pages))).toEqual([false, false, false, false]);
	});

	it('finds the one threat page a word names by its title, and none when two fit', () => {
		const r = (url: string, title: string) => ({ url, meta: { title } });
		const results = [r('/cases/wannacry/', 'ランサムウェア「WannaCry」'), r('/threats/ransomware/', 'ランサムウェア（ランサム攻撃）'), r('/threats/phishing/', 'フィッシング')];
		expect(namedThreat(results, ['ランサム'], HINTS)).toBe(1);
		expect(namedThreat(results, ['ransomware'], HINTS)).toBe(1);
		expect(namedThreat(results, ['WannaCry'], HINTS)).toBe(-1);
		expect(namedThreat([r('/threats/a/', 'IoT機器の管理'), r('/threats/b/', 'IoT機器の脆弱性')], ['IoT'], HINTS)).toBe(-1);
	});
});

describe('merging and relaxing', () => {
	it('keeps each page once at its best weighted score, or adds scores up', () => {
		const a = [
			{ id: 'x', score: 10 },
			{ id: 'y', score: 4 },
		];
		const b = [{ id: 'y', score: 8 }];
		expect(mergeHits([a, b], [0.5, 1])).toEqual([
			{ id: 'y', score: 8 },
			{ id: 'x', score: 5 },
		]);
		expect(sumHits([a, b])).toEqual([
			{ id: 'y', score: 12 },
			{ id: 'x', score: 10 },
		]);
	});

	it('leaves out one word at a time, and searches at most six words', () => {
		expect(relaxations(['a', 'b', 'c']).map((r) => [r.query, r.leftOut])).toEqual([
			['b c', 'a'],
			['a c', 'b'],
			['a b', 'c'],
		]);
		expect(relaxations(['a'])).toEqual([]);
		expect(splitWords('1 2 3 4 5 6 7 8')).toEqual({ words: ['1', '2', '3', '4', '5', '6'], cut: ['7', '8'] });
		expect(splitWords('社長を名乗るメール').words).toEqual(['社長', '名乗るメール']);
		expect(splitWords('取引先から変なメール').words).toEqual(['取引先', '変なメール']);
		expect(splitWords('ひとり情シス お助け隊').words).toEqual(['ひとり情シス', 'お助け隊']);
	});
});

/** A tiny engine: each page is a set of words; a search finds pages with all of the query's words. */
function fakeEngine(pages: Record<string, { words: string[]; title?: string; filters?: Record<string, string> }>) {
	const asked: string[] = [];
	const engine: SearchEngine = {
		async search(term, filters) {
			asked.push(`${term ?? ''}${Object.keys(filters).length ? ` ${JSON.stringify(filters)}` : ''}`);
			const words = (term ?? '').split(' ').filter(Boolean);
			const results: EngineHit[] = Object.entries(pages)
				.filter(([, p]) => words.every((w) => p.words.includes(w)) && Object.entries(filters).every(([k, v]) => p.filters?.[k] === v))
				.map(([url, p]) => ({ id: url, score: words.length + p.words.length / 100, data: async () => ({ url, excerpt: '', meta: { title: p.title ?? url }, filters: {}, sub_results: [] }) }));
			return { results: results.sort((x, y) => y.score - x.score), filters: {} };
		},
		filters: async () => ({}),
	};
	return { engine, asked };
}

describe('runSearch', () => {
	it('searches once for a query that finds enough', async () => {
		const { engine, asked } = fakeEngine({ '/a/': { words: ['x'] }, '/b/': { words: ['x'] }, '/c/': { words: ['x', 'y'] } });
		const found = await runSearch(engine, 'x', {}, HINTS, 5);
		expect(asked).toEqual(['x']);
		expect(found.total).toBe(3);
		expect(found.leftOut).toEqual([]);
	});

	it('when no page has all the words, ranks pages with more of them first and says what the first lacks', async () => {
		const { engine } = fakeEngine({ '/x/': { words: ['ランサム'] }, '/y/': { words: ['熊本'] }, '/z/': { words: ['熊本', 'other'] } });
		const found = await runSearch(engine, 'ランサム 熊本 どこ', {}, HINTS, 5);
		expect(found.results.map((r) => r.url)).toContain('/x/');
		expect(found.leftOut).toHaveLength(1);
		expect(found.total).toBe(3);
	});

	it('puts the page of a stated intent first, fetching it by its filter when the search ranks it low', async () => {
		const pages: Record<string, { words: string[]; filters?: Record<string, string> }> = { '/help/': { words: ['相談'], filters: { page: '/help/' } } };
		for (let i = 0; i < 10; i++) pages[`/p${i}/`] = { words: ['相談', ...Array.from({ length: 20 }, () => 'w')] };
		const { engine } = fakeEngine(pages);
		const found = await runSearch(engine, '相談 どこ', {}, HINTS, 3);
		expect(found.results[0]?.url).toBe('/help/');
	});

	it('cuts a huge query before searching it', async () => {
		const { engine, asked } = fakeEngine({ '/a/': { words: ['x'] } });
		await runSearch(engine, 'x '.repeat(50_000), {}, HINTS, 3);
		expect(asked.every((q) => q.length <= 100)).toBe(true);
	});
});
