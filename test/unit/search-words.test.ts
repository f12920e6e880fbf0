import { describe, expect, it } from 'vitest';
import { pickWords, t } from '../../src/i18n/index.ts';
import { HEADER_SEARCH_WORDS, headerSearchTexts } from '../../src/lib/search-words.ts';
import { SEARCH_PAGE_WORDS, searchPageStatus, sectionOrder } from '../../src/lib/search-page-words.ts';
import { searchSectionKeyOf } from '../../src/lib/site.ts';

const ja = HEADER_SEARCH_WORDS.map((key) => t(key, 'ja'));
const en = HEADER_SEARCH_WORDS.map((key) => t(key, 'en'));

describe('header search words', () => {
	it('says in Japanese what the box has always said', () => {
		expect(headerSearchTexts(ja, 'ランサム', 12, [])).toEqual({
			all: 'すべての結果を見る（12件）',
			none: '「ランサム」に一致するページはありません。言葉を短くするか、別の言い方で探してください。',
			status: '12件見つかりました。上下の矢印キーで選べます。',
		});
		expect(headerSearchTexts(ja, 'ランサム 東京', 3, ['東京']).all).toBe('すべての結果を見る（3件・「東京」を除いて検索）');
		expect(headerSearchTexts(ja, 'ランサム 東京', 3, ['東京']).status).toBe('3件見つかりました（「東京」を除いて検索）。上下の矢印キーで選べます。');
		expect(headerSearchTexts(ja, 'xyz', 0, [])).toMatchObject({ all: null, status: '見つかりませんでした。' });
	});

	it('speaks English on English pages, with singular and plural counts', () => {
		expect(headerSearchTexts(en, 'ransomware', 4, [])).toEqual({
			all: 'See all 4 results',
			none: 'No English page matches “ransomware”. Try a shorter word or another way of saying it.',
			status: '4 results found. Choose one with the up and down arrow keys.',
		});
		expect(headerSearchTexts(en, 'kiosk', 1, []).status).toBe('1 result found. Choose it with the down arrow key.');
		expect(headerSearchTexts(en, 'ransomware tokyo', 2, ['tokyo', 'x']).all).toBe('See all 2 results (leaving out “tokyo”, “x”)');
		expect(headerSearchTexts(en, 'xyz', 0, [])).toMatchObject({ all: null, status: 'Nothing found.' });
	});
});

describe('search page words', () => {
	const w = pickWords('ja', SEARCH_PAGE_WORDS);

	it('says in Japanese what the page has always said', () => {
		expect(searchPageStatus(w, ' ランサム ', ['脅威'], 5, [])).toBe('「ランサム」（脅威）：5件');
		expect(searchPageStatus(w, '', ['脅威', '2026年版'], 7, [])).toBe('脅威・2026年版のページ：7件');
		expect(searchPageStatus(w, '', [], 7, [])).toBe('');
		expect(searchPageStatus(w, 'ランサム 東京', [], 2, ['東京'])).toBe('「ランサム 東京」のすべてを含むページはありません。「東京」を除いて探した結果：2件');
		expect(searchPageStatus(w, 'xyz', [], 0, [])).toBe('「xyz」に一致するページはありません。言葉を短くするか、別の言い方や分野で探してください。');
	});

	it('has the same words in English', () => {
		expect(searchPageStatus(pickWords('en', SEARCH_PAGE_WORDS), 'ransomware', ['Threats'], 5, [])).toBe('“ransomware” (Threats): 5');
	});
});

describe('search sections', () => {
	it.each([
		['/threats/ransomware/', '脅威'],
		['/guideline/', 'ガイドライン'],
		['/self-check/', '自社診断'],
		['/otasuketai/tokyo/', 'お助け隊'],
		['/policy/', '政策'],
		['/cases/x/', '事例'],
		['/stats/', '統計'],
		['/help/', '相談'],
		['/data/', 'データ'],
		['/', 'サイト案内'],
	])('names the section of %s with the dictionary word %s', (path, word) => {
		expect(t(searchSectionKeyOf(path), 'ja')).toBe(word);
	});

	it('gives the search page the section words in its menu order', () => {
		expect(sectionOrder(pickWords('ja', SEARCH_PAGE_WORDS))).toEqual(['脅威', 'ガイドライン', '自社診断', 'お助け隊', '政策', '事例', '統計', '相談', 'データ', 'サイト案内']);
	});

	it('gives an English page the section of its Japanese twin, in English', () => {
		expect(t(searchSectionKeyOf('/en/threats/ransomware/'), 'en')).toBe('Threats');
		expect(t(searchSectionKeyOf('/en/help/opened-mail/'), 'en')).toBe('Help');
		expect(t(searchSectionKeyOf('/en/'), 'en')).toBe('About the site');
	});
});
