import { describe, expect, it } from 'vitest';
import { excerptParts, filterOptions, MAX_QUERY_LENGTH, moveActive, normalizeQuery, readSearchState, searchHref } from '../../src/lib/search.ts';
import { isSearchShortcut } from '../../src/lib/search-shortcut.ts';
import { PREFECTURES } from '../../src/lib/prefectures.ts';
import { pickWords } from '../../src/i18n/index.ts';
import { filterValueLabel, SEARCH_PAGE_WORDS, sectionOrder } from '../../src/lib/search-page-words.ts';

/** The Japanese search page's section filter values, in its menu's order (the index's section words). */
const SEARCH_SECTION_LABELS = sectionOrder(pickWords('ja', SEARCH_PAGE_WORDS));

describe('normalizeQuery', () => {
	it.each([
		['ＢＥＣ', 'BEC'],
		['ＤＤｏＳ攻撃', 'DDoS攻撃'],
		['  ランサム ', 'ランサム'],
		['２０２０年版', '2020年版'],
		['ｶﾀｶﾅ', 'カタカナ'],
	])('folds %s to %s', (input, expected) => {
		expect(normalizeQuery(input)).toBe(expected);
	});

	it('collapses runs of spaces, full-width ones too', () => {
		expect(normalizeQuery('お助け隊\u3000\u3000熊本  県')).toBe('お助け隊 熊本 県');
	});

	it('cuts a pasted 100 kB query to MAX_QUERY_LENGTH characters, quickly', () => {
		const t = performance.now();
		const out = normalizeQuery('ランサムウェア'.repeat(15_000));
		expect(performance.now() - t).toBeLessThan(50);
		expect([...out]).toHaveLength(MAX_QUERY_LENGTH);
	});
});

describe('search page address', () => {
	it('reads the query and the known filters, ignoring unknown and empty ones', () => {
		expect(readSearchState('?q=%E3%81%8A%E5%8A%A9%E3%81%91%E9%9A%8A&prefecture=%E7%86%8A%E6%9C%AC%E7%9C%8C&section=&color=red')).toEqual({ q: 'お助け隊', filters: { prefecture: '熊本県' } });
		expect(readSearchState('')).toEqual({ q: '', filters: {} });
	});

	it('cuts a long ?q= from a link to MAX_QUERY_LENGTH characters', () => {
		expect(readSearchState(`?q=${'a'.repeat(100_000)}`).q).toHaveLength(MAX_QUERY_LENGTH);
	});

	it('writes a linkable address that reads back to the same search', () => {
		const state = { q: 'ランサム 身代金', filters: { section: '脅威', year: '2026' } };
		const href = searchHref(state);
		expect(href).toBe('/search/?q=%E3%83%A9%E3%83%B3%E3%82%B5%E3%83%A0+%E8%BA%AB%E4%BB%A3%E9%87%91&section=%E8%84%85%E5%A8%81&year=2026');
		expect(readSearchState(href.slice('/search/'.length))).toEqual(state);
	});

	it('drops a blank query and gives the bare page when nothing is asked', () => {
		expect(searchHref({ q: '   ', filters: {} })).toBe('/search/');
		expect(searchHref({ q: ' BEC ', filters: {} })).toBe('/search/?q=BEC');
	});
});

describe('excerptParts', () => {
	it('splits marked matches from the text around them', () => {
		expect(excerptParts('会社の<mark>ランサムウェア</mark>対策と<mark>ランサム</mark>攻撃')).toEqual([
			{ text: '会社の', mark: false },
			{ text: 'ランサムウェア', mark: true },
			{ text: '対策と', mark: false },
			{ text: 'ランサム', mark: true },
			{ text: '攻撃', mark: false },
		]);
	});

	it('decodes escaped characters into text and never passes markup through', () => {
		const parts = excerptParts('a &lt;script&gt;alert(1)&lt;/script&gt; MS&AD &amp;lt; <img src=x onerror=alert(1)><mark>b</mark>');
		expect(parts).toEqual([
			{ text: 'a <script>alert(1)</script> MS&AD &amp;lt; ', mark: false },
			{ text: 'b', mark: true },
		]);
	});

	it('gives nothing for an empty excerpt', () => {
		expect(excerptParts('')).toEqual([]);
	});

	it('reads the ". " Pagefind puts between blocks as Japanese punctuation, leaving English alone', () => {
		expect(excerptParts('ランサムウェアに<mark>感染</mark>. 時期：2017年. 被害は。. 次に. See Fig. 2. <mark>Ok</mark>. Done')).toEqual([
			{ text: 'ランサムウェアに', mark: false },
			{ text: '感染', mark: true },
			{ text: '。時期：2017年。被害は。次に。See Fig. 2. ', mark: false },
			{ text: 'Ok', mark: true },
			{ text: '. Done', mark: false },
		]);
		expect(excerptParts('ビジネスメール詐欺. Business email compromise (<mark>BEC</mark>). 取引先')).toEqual([
			{ text: 'ビジネスメール詐欺。Business email compromise (', mark: false },
			{ text: 'BEC', mark: true },
			{ text: ')。取引先', mark: false },
		]);
	});
});

describe('the / shortcut', () => {
	const key = (k: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; isComposing: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...extra });

	it('moves to the search box from the page', () => {
		expect(isSearchShortcut(key('/'), { tagName: 'BODY' })).toBe(true);
		expect(isSearchShortcut(key('/'), { tagName: 'a' })).toBe(true);
		expect(isSearchShortcut(key('/'), null)).toBe(true);
	});

	it('leaves typing alone: in fields, with modifiers, during IME composition, and for other keys', () => {
		for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) expect(isSearchShortcut(key('/'), { tagName })).toBe(false);
		expect(isSearchShortcut(key('/'), { tagName: 'DIV', isContentEditable: true })).toBe(false);
		expect(isSearchShortcut(key('/', { ctrlKey: true }), { tagName: 'BODY' })).toBe(false);
		expect(isSearchShortcut(key('/', { isComposing: true }), { tagName: 'BODY' })).toBe(false);
		expect(isSearchShortcut(key('?'), { tagName: 'BODY' })).toBe(false);
	});
});

describe('moveActive', () => {
	it('moves down from the box to the first option and up from the box to the last', () => {
		expect(moveActive(-1, 1, 4)).toBe(0);
		expect(moveActive(-1, -1, 4)).toBe(3);
	});

	it('steps through the options and back to the box past either end', () => {
		expect(moveActive(0, 1, 4)).toBe(1);
		expect(moveActive(3, 1, 4)).toBe(-1);
		expect(moveActive(0, -1, 4)).toBe(-1);
	});

	it('has nothing to highlight without options', () => {
		expect(moveActive(-1, 1, 0)).toBe(-1);
	});
});

describe('filterOptions', () => {
	it('offers the values some result has, in the site’s section order', () => {
		expect(filterOptions({ 事例: 2, 脅威: 5, 政策: 0 }, undefined, SEARCH_SECTION_LABELS)).toEqual([
			{ value: '脅威', count: 5 },
			{ value: '事例', count: 2 },
		]);
	});

	it('keeps the chosen value even when no result has it, so it can be undone', () => {
		expect(
			filterOptions(
				{ 熊本県: 0, 北海道: 3 },
				'熊本県',
				PREFECTURES.map((p) => p.name),
			),
		).toEqual([
			{ value: '北海道', count: 3 },
			{ value: '熊本県', count: 0 },
		]);
		expect(filterOptions({}, '2019', [])).toEqual([{ value: '2019', count: 0 }]);
	});

	it('counts a selected value from the URL that no page has as 0, even one named like an Object property', () => {
		for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
			expect(filterOptions({ 脅威: 5 }, name, SEARCH_SECTION_LABELS)).toEqual([
				{ value: '脅威', count: 5 },
				{ value: name, count: 0 },
			]);
		}
	});

	it('lists years newest first', () => {
		expect(filterOptions({ '2016': 1, '2026': 4, '2020': 2 }, undefined).map((o) => o.value)).toEqual(['2026', '2020', '2016']);
	});
});

describe('filterValueLabel', () => {
	it('reads years as editions and leaves other values as they are', () => {
		const w = pickWords('ja', SEARCH_PAGE_WORDS);
		expect(filterValueLabel(w, 'year', '2026')).toBe('2026年版');
		expect(filterValueLabel(w, 'prefecture', '熊本県')).toBe('熊本県');
		expect(filterValueLabel(pickWords('en', SEARCH_PAGE_WORDS), 'year', '2026')).toBe('2026 edition');
	});
});
