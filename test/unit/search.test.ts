import { describe, expect, it } from 'vitest';
import { normalizeQuery } from '../../src/lib/search.ts';

describe('normalizeQuery', () => {
	it.each([
		['ＢＥＣ', 'BEC'],
		['ＤＤｏＳ攻撃', 'DDoS攻撃'],
		['  ランサム ', 'ランサム'],
		['２０２０年版', '2020年版'],
		['ｶﾀｶﾅ', 'カタカナ'],
	])('folds %s to %s', (input, expected) => {
		expect(normalizeQuery(input)).toBe(expected);
	});
});
