import { describe, expect, it } from 'vitest';
import { markOf, valueText } from '../../src/lib/stat-values.ts';
import type { ValueMark } from '../../src/lib/format.ts';

describe('valueText', () => {
	it('writes the same text the chart and the table show', () => {
		expect(valueText({ value: 100, qualifier: 'about' }, '日')).toBe('約100日');
		expect(valueText({ value: 30, of: 30 }, '社')).toBe('30社中30社');
	});

	// #21: English pages showed no 約/超 only because no English page had a hedged figure yet; the marks
	// come from the dictionary, so an English chart or table reads 'about 2,000', never '約2,000'.
	it.each<[ValueMark, string, string]>([
		['about', '約2,000社', 'about 2,000 companies'],
		['over', '10,000社超', 'over 10,000 companies'],
		['at-least', '5社以上', 'at least 5 companies'],
		['at-most', '5社以下', 'at most 5 companies'],
		['nearly', '200社弱', 'nearly 200 companies'],
	])('writes the mark %s in the reader’s language', (mark, ja, en) => {
		const value = Number(ja.replace(/\D/g, ''));
		const row = mark === 'over' ? { value, approx: mark } : { value, qualifier: mark as Exclude<ValueMark, 'over'> };
		expect(valueText(row, '社')).toBe(ja);
		expect(valueText(row, 'companies', 'en')).toBe(en);
	});

	it('writes a share with its mark and percentage in English words', () => {
		expect(valueText({ value: 30, of: 118, share: 25 }, 'companies', 'en')).toBe('30 of 118 companies (25%)');
		expect(valueText({ value: 5, of: 30, qualifier: 'at-least' }, 'companies', 'en')).toBe('at least 5 of 30 companies');
		expect(valueText({ value: 30, of: 118, share: 25 }, '社')).toBe('118社中30社（25%）');
	});

	it('keeps every Japanese character out of English values', () => {
		const marks: ValueMark[] = ['about', 'over', 'at-least', 'at-most', 'nearly'];
		for (const mark of marks) {
			const row = mark === 'over' ? { value: 1, approx: mark } : { value: 1, qualifier: mark as Exclude<ValueMark, 'over'> };
			expect(valueText(row, 'case|cases', 'en')).not.toMatch(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/);
			expect(valueText({ ...row, of: 3, share: 33 }, 'cases', 'en')).not.toMatch(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/);
		}
	});
});

describe('markOf', () => {
	it('prefers the lower bound over the hedge', () => {
		expect(markOf({ value: 1, approx: 'over', qualifier: 'about' })).toBe('over');
		expect(markOf({ value: 1, qualifier: 'nearly' })).toBe('nearly');
		expect(markOf({ value: 1 })).toBeUndefined();
	});
});
