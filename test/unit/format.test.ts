import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/lib/format.ts';

describe('formatPartialDate', () => {
	it.each([
		['2020', '2020年'],
		['2020-06', '2020年6月'],
		['2020-06-12', '2020年6月12日'],
	])('writes %s as %s', (input, expected) => {
		expect(formatPartialDate(input)).toBe(expected);
	});
});
