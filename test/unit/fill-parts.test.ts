import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/fill.ts';
import { fillParts } from '../../src/lib/fill-parts.ts';

describe('fillParts', () => {
	const link = { tag: 'a' };

	it('puts a node where its placeholder is, in the word order of each language', () => {
		expect(fillParts('宣言の条件は{link}で確かめてください。', { link })).toEqual(['宣言の条件は', link, 'で確かめてください。']);
		expect(fillParts('Check the conditions on {link}.', { link })).toEqual(['Check the conditions on ', link, '.']);
	});

	it('fills plain placeholders as text and joins them with the text around them', () => {
		expect(fillParts('{state} ({range}): {next}.', { state: link }, { range: '70–99 points', next: 'aim for 100 points' })).toEqual([link, ' (70–99 points): aim for 100 points.']);
	});

	it('reads the same placeholder names as fill(), hyphens included', () => {
		expect(fillParts('{first-year}: {link}', { link }, { 'first-year': 2016 })).toEqual(['2016: ', link]);
		expect(fill('{first-year}: {link}', { 'first-year': 2016 })).toBe('2016: {link}');
	});

	it('leaves an unknown placeholder visible and drops empty text between adjacent nodes', () => {
		expect(fillParts('{a}{b} {missing}', { a: 1, b: 2 })).toEqual([1, 2, ' {missing}']);
		expect(fillParts('', {})).toEqual([]);
	});
});
