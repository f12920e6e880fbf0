import { describe, expect, it } from 'vitest';
import { wordBreaks } from '../../src/lib/text.ts';

describe('wordBreaks', () => {
	it('splits a long compound where katakana meets kanji, so no word has to break inside itself', () => {
		expect(wordBreaks('中小企業の情報セキュリティ対策ガイドライン')).toEqual(['中小企業の情報', 'セキュリティ', '対策', 'ガイドライン']);
	});
	it('leaves words and text without a script change whole, and always joins back to the input', () => {
		for (const t of ['中小企業', 'サービス', '★1から★5へ：星の道筋', 'SECURITY ACTION', '']) expect(wordBreaks(t).join('')).toBe(t);
		expect(wordBreaks('サービス')).toEqual(['サービス']);
		expect(wordBreaks('中小企業')).toEqual(['中小企業']);
	});
});
