import { describe, expect, it } from 'vitest';
import { all, builtPage, one, text } from '../../scripts/html.ts';

// The one not-found page answers every unknown address, English ones too (#21: its words come from the dictionary).
const page = builtPage('/404.html', 'dist');

describe('the not-found page', () => {
	it('says so in Japanese, links home and to each section, then says it in English with a way to the English pages', () => {
		expect(text(one(page.doc, 'h1'))).toBe('ページが見つかりません');
		expect(all(page.doc, 'main ul li').map((li) => text(li))).toEqual(['ホーム', '脅威', 'ガイドライン・自社診断', 'お助け隊', '政策', '検索']);
		const english = one(page.doc, 'main p[lang="en"]');
		expect(text(english)).toBe('Page not found. The page you are looking for may have moved, or its address may be wrong. English pages');
		expect(all(english!, 'a').map((a) => a.attribs.href)).toEqual(['/en/']);
	});
});
