import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate, formatShare, formatValue, type ValueMark } from '../../src/lib/format.ts';

describe('formatPartialDate', () => {
	it.each([
		['2020', '2020年'],
		['2020-06', '2020年6月'],
		['2020-06-12', '2020年6月12日'],
		['2021-01-01', '2021年1月1日'],
		['2025-12-31', '2025年12月31日'],
	])('writes %s as %s', (input, expected) => {
		expect(formatPartialDate(input)).toBe(expected);
	});
});

describe('formatNumber', () => {
	it.each([
		[0, '0'],
		[250395, '250,395'],
		[75.1, '75.1'],
		[1 / 3, '0.33'],
	])('writes %s as %s', (input, expected) => {
		expect(formatNumber(input)).toBe(expected);
	});
});

describe('formatValue', () => {
	it.each<[number, string, ValueMark | undefined, string]>([
		[225252, '件', undefined, '225,252件'],
		[100000, '件', 'over', '100,000件超'],
		[75.1, '%', undefined, '75.1%'],
		[100, '日', 'about', '約100日'],
		[200, '社', 'nearly', '200社弱'],
		[5, '社', 'at-least', '5社以上'],
		[0.6, '倍', 'at-most', '0.6倍以下'],
	])('writes %s %s (%s) as %s', (value, unit, approx, expected) => {
		expect(formatValue(value, unit, approx)).toBe(expected);
	});
});

describe('formatShare', () => {
	it.each<[number, number, ValueMark | undefined, number | undefined, string]>([
		[30, 118, undefined, 25, '118社中30社（25%）'],
		[30, 30, undefined, undefined, '30社中30社'],
		[5, 30, 'at-least', undefined, '30社中5社以上'],
	])('writes %s of %s (%s, %s%%) as %s', (value, of, mark, share, expected) => {
		expect(formatShare(value, of, '社', mark, share)).toBe(expected);
	});
});
