import { describe, expect, it } from 'vitest';
import { tocFromHtml } from '../../src/lib/toc.ts';

describe('tocFromHtml', () => {
	it('lists the h2s with an id in page order, text without tags or entities', () => {
		const html = '<h2 id="a">第一の<a href="#x">見出し</a></h2><p>本文</p><h3 id="c">小見出し</h3><h2 class="x" id="b">A &amp; B</h2><h2>idなし</h2>';
		expect(tocFromHtml(html)).toEqual([
			{ id: 'a', text: '第一の見出し' },
			{ id: 'b', text: 'A & B' },
		]);
	});
	it('leaves out headings of navigation lists', () => {
		expect(tocFromHtml('<nav><h2 id="n">政策のページ</h2></nav><h2 id="m">本文</h2>')).toEqual([{ id: 'm', text: '本文' }]);
	});
});
