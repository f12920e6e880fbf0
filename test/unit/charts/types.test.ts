import { describe, expect, it } from 'vitest';
import { chartId, estimateTextWidth, fitLabel, nudgeApart, round2, runsOf } from '../../../src/lib/charts/types.ts';

describe('round2', () => {
	it.each([
		[1.23456, 1.23],
		[2.005, 2.01],
		[-0.001, 0],
		[640, 640],
	])('rounds %d to %d', (n, expected) => {
		expect(round2(n)).toBe(expected);
	});

	it('never returns negative zero', () => {
		expect(Object.is(round2(-0.001), 0)).toBe(true);
	});
});

describe('estimateTextWidth', () => {
	it('counts Japanese characters and the ellipsis as 1em and Latin characters as 0.6em', () => {
		expect([estimateTextWidth('脅威', 10), estimateTextWidth('DDoS', 10), estimateTextWidth('IoT機器', 10), estimateTextWidth('脅威…', 10)]).toEqual([20, 24, 38, 30]);
	});

	it("counts '%' as 1em, as wide as the browser draws it, so a percentage is not under-counted", () => {
		expect([estimateTextWidth('0%', 10), estimateTextWidth('47.5%', 10)]).toEqual([16, 34]);
	});
});

describe('fitLabel', () => {
	it.each([
		['keeps a label that fits', 'フィッシング', 60, 'フィッシング'],
		['drops a trailing aside in full-width brackets before cutting', 'ランサムウェア（ランサム攻撃）', 80, 'ランサムウェア'],
		['cuts a label with an ellipsis when it still does not fit', 'サプライチェーン・委託先を狙った攻撃', 60, 'サプライチ…'],
		['keeps at least one character', '標的型攻撃', 5, '標…'],
	])('%s', (_, text, width, expected) => {
		expect(fitLabel(text, width, 10)).toBe(expected);
	});
});

describe('nudgeApart', () => {
	it.each([
		['leaves positions that are already far enough apart', [10, 30, 50], [10, 30, 50]],
		['moves a crowded group downwards, keeping its order', [10, 12, 14], [10, 20, 30]],
		['pushes a group that would pass the bottom back up', [96, 98, 100], [80, 90, 100]],
		['keeps every position at or below the top', [0, 50], [5, 50]],
		['returns positions in the input order, not sorted', [30, 10], [30, 10]],
	])('%s', (_, ys, expected) => {
		expect(nudgeApart(ys, 10, 5, 100)).toEqual(expected);
	});

	it('returns nothing for nothing', () => {
		expect(nudgeApart([], 10, 0, 100)).toEqual([]);
	});
});

describe('runsOf', () => {
	it('splits a sequence into runs of kept items, dropping the gaps', () => {
		expect(runsOf([1, 2, 0, 3, 0, 0, 4, 5], (n) => n > 0)).toEqual([[1, 2], [3], [4, 5]]);
	});
});

describe('chartId', () => {
	it('derives the same ASCII id from the same text and different ids from different texts', () => {
		const ids = [chartId('bump', '順位の推移（組織）'), chartId('bump', '順位の推移（組織）'), chartId('bump', '順位の推移（個人）')];
		expect(ids[0]).toMatch(/^bump-[0-9a-z]+$/);
		expect([ids[0] === ids[1], ids[0] === ids[2]]).toEqual([true, false]);
	});
});
