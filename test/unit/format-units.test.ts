import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/lib/format.ts';

describe('English units with a singular', () => {
	it.each([
		[1, 'threat|threats', '1 threat'],
		[2, 'threat|threats', '2 threats'],
		[0, 'time|times', '0 times'],
		[1, 'days', '1 days'],
		[25, '%', '25%'],
	])('writes %s with %s as %s', (value, unit, expected) => {
		expect(formatValue(value, unit, undefined, 'en')).toBe(expected);
	});

	it('leaves Japanese units as they are', () => {
		expect(formatValue(1, '件')).toBe('1件');
	});
});
