import { describe, expect, it } from 'vitest';
import { bumpFigureDataEn, describeChangeEn, describeSummaryEn, formatChangeEn, formatEditionRunsEn } from '../../src/lib/content/english-words.ts';
import type { ThreatSummary } from '../../src/lib/content/threat-summary.ts';

describe('English presenters of the rankings (issue 22)', () => {
	it('writes rank changes as a reader of English expects', () => {
		expect(formatChangeEn({ kind: 'up', by: 2, from: 5 })).toBe('↑2');
		expect(describeChangeEn({ kind: 'up', by: 2, from: 5 })).toBe('up 2 from 5th');
		expect(describeChangeEn({ kind: 'same', from: 1 })).toBe('unchanged at 1st');
		expect(formatChangeEn({ kind: 'outside', from: 12, to: 10 })).toBe('12th→10th');
		expect(describeChangeEn({ kind: 'return', lastSeen: 2019 })).toBe('selected again, last selected in the 2019 edition');
	});

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

	it('tabulates a bump chart in English, “listed” where an edition is unranked', () => {
		const data = bumpFigureDataEn('x-en', {
			editions: [2023, 2024],
			rows: [
				{
					threat: 'phishing',
					label: 'Phishing',
					cells: [
						{ edition: 2023, text: '1', new: false },
						{ edition: 2024, text: '掲載', new: false },
					],
				},
			],
		});
		expect(data.columns).toEqual(['Threat', '2023', '2024']);
		expect(data.rows).toEqual([['Phishing', '1', 'listed']]);
	});
});
