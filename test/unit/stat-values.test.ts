import { describe, expect, it } from 'vitest';
import { markOf, valueText } from '../../src/lib/stat-values.ts';

describe('valueText', () => {
	it('writes the same text the chart and the table show', () => {
		expect(valueText({ value: 100, qualifier: 'about' }, '日')).toBe('約100日');
		expect(valueText({ value: 30, of: 30 }, '社')).toBe('30社中30社');
	});
});

describe('markOf', () => {
	it('prefers the lower bound over the hedge', () => {
		expect(markOf({ value: 1, approx: 'over', qualifier: 'about' })).toBe('over');
		expect(markOf({ value: 1, qualifier: 'nearly' })).toBe('nearly');
		expect(markOf({ value: 1 })).toBeUndefined();
	});
});
