import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate, formatRank, formatYearRuns } from '../../src/lib/format.ts';
import { alternatesOf, makeTwins, ogLocaleOf } from '../../src/lib/twins.ts';

describe('twins (issue 22)', () => {
	const twins = makeTwins([
		['/', '/en/'],
		['/threats/ransomware/', '/en/threats/ransomware/'],
	]);

	it("finds a page's twin from either side, and none for a page without one", () => {
		expect(twins.of('/threats/ransomware/')).toBe('/en/threats/ransomware/');
		expect(twins.of('/en/threats/ransomware/')).toBe('/threats/ransomware/');
		expect(twins.of('/threats/phishing/')).toBeUndefined();
	});

	it('refuses a pair written the wrong way round or a page paired twice', () => {
		expect(() => makeTwins([['/en/', '/']])).toThrow(/Japanese path comes first/);
		expect(() =>
			makeTwins([
				['/data/', '/en/data/'],
				['/data/', '/en/open-data/'],
			]),
		).toThrow(/paired with both/);
	});

	it('lists both languages and x-default (the Japanese page) on both pages of a pair', () => {
		const ja = alternatesOf('/threats/ransomware/', '/en/threats/ransomware/');
		const en = alternatesOf('/en/threats/ransomware/', '/threats/ransomware/');
		expect(ja).toEqual(en);
		expect(ja).toEqual([
			{ hreflang: 'ja', href: '/threats/ransomware/' },
			{ hreflang: 'en', href: '/en/threats/ransomware/' },
			{ hreflang: 'x-default', href: '/threats/ransomware/' },
		]);
		expect(alternatesOf('/threats/phishing/', undefined)).toEqual([]);
		expect(ogLocaleOf('en')).toBe('en_US');
	});
});

describe('locale formats (issue 22)', () => {
	it('writes dates, numbers, ranks and year runs the way each language does', () => {
		expect(formatPartialDate('2026-01-29', 'en')).toBe('29 January 2026');
		expect(formatPartialDate('2026-01', 'en')).toBe('January 2026');
		expect(formatPartialDate('2026', 'en')).toBe('2026');
		expect(formatPartialDate('2026-01-29', 'ja')).toBe('2026年1月29日');
		expect(formatNumber(250395, 'en')).toBe('250,395');
		expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map((n) => formatRank(n, 'en', 'ordinal'))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd']);
		expect(formatRank(3, 'ja', 'ordinal')).toBe('3位');
		expect(formatYearRuns([2016, 2017, 2018, 2021], 'en')).toBe('2016–2018, 2021');
	});
});
