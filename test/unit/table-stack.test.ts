import { describe, expect, it } from 'vitest';
import { stackTableHtml, stacksOnPhone } from '../../src/lib/table-stack.ts';

describe('stacksOnPhone', () => {
	it('stacks three columns or more when a cell holds a sentence, and leaves short tables and two columns alone', () => {
		expect(stacksOnPhone(['星', '中身', '確かめ方'], [['★1', '情報セキュリティ5か条に取り組むと宣言する', '自社で宣言する']])).toBe(true);
		expect(stacksOnPhone(['年', '補助の上限', '補助率'], [['2022年', '100万円', '1/2']])).toBe(false);
		expect(stacksOnPhone(['まとまり', '指示'], [['管理体制をつくる', '指示1 リスクを認識し、組織全体の対応方針を決める']])).toBe(false);
	});
});

describe('stackTableHtml', () => {
	const table = '<thead><tr><th>いつ</th><th>誰が</th><th>すること</th></tr></thead><tbody><tr><td>1週目</td><td>社長</td><td>担当者と報告の日を決める（原則1）</td></tr></tbody>';
	it('names each body cell by its column', () => {
		expect(stackTableHtml(table)).toEqual({
			stack: true,
			html: '<thead><tr><th>いつ</th><th>誰が</th><th>すること</th></tr></thead><tbody><tr><td data-label="いつ">1週目</td><td data-label="誰が">社長</td><td data-label="すること">担当者と報告の日を決める（原則1）</td></tr></tbody>',
		});
	});
	it('keeps an escaped character of a header as that character in the cell names', () => {
		const amp = '<thead><tr><th>R&amp;D</th><th>誰が</th><th>すること</th></tr></thead><tbody><tr><td>1週目</td><td>社長</td><td>担当者と報告の日を決める（原則1）</td></tr></tbody>';
		expect(stackTableHtml(amp).html).toContain('<td data-label="R&amp;D">1週目</td>');
	});
	it('returns a table that does not stack as it was', () => {
		const short = '<thead><tr><th>年</th><th>上限</th><th>率</th></tr></thead><tbody><tr><td>2022年</td><td>100万円</td><td>1/2</td></tr></tbody>';
		expect(stackTableHtml(short)).toEqual({ stack: false, html: short });
	});
});
