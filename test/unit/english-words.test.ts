import { describe, expect, it } from 'vitest';
import { describeSummaryEn, formatEditionRunsEn } from '../../src/lib/content/english-words.ts';
import type { ThreatSummary } from '../../src/lib/content/threat-summary.ts';

describe('English presenters of the rankings (issue 22)', () => {
	it('names runs of editions', () => {
		expect(formatEditionRunsEn([2021, 2022, 2023, 2025])).toBe('2021–2023 and 2025');
		expect(formatEditionRunsEn([2016])).toBe('2016');
	});

	it("summarises a threat's record from the same data as the Japanese sentence", () => {
		const s: ThreatSummary = {
			threat: 'ransomware',
			first: 2016,
			firstRank: 7,
			firstNew: false,
			firstSplitFrom: null,
			best: 1,
			bestEditions: [2021, 2022],
			atTop: [2021, 2022],
			listed: 11,
			biggestMove: { from: 2016, to: 2017, fromRank: 7, toRank: 2 },
			latest: { edition: 2026, listed: true, rank: 1 },
		};
		expect(describeSummaryEn(s, 'Ransomware')).toBe(
			'Ransomware entered this list in the 2016 edition (7th) and has been selected 11 times. It was 1st twice (2021–2022). Its biggest move was from 7th in 2016 to 2nd in 2017 (up). In the 2026 edition it is 1st.',
		);
	});
});
