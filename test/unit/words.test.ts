// The English words of the library presenters (#21): the same data as the Japanese pages, written for /en/.
// Japanese output is covered by the existing tests, which run unchanged with the default locale.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';
import { formatEdition, formatNumber, formatPartialDate, formatRank, formatShare, formatValue, ordinalEn } from '../../src/lib/format.ts';
import { describeChange, formatChange, formatYears, listLabel } from '../../src/lib/content/rankings.ts';
import { describeRanks } from '../../src/lib/charts/sparkline-layout.ts';
import { formatEditionYears, tabulateRanks } from '../../src/lib/charts/bump-layout.ts';
import { describeMarks } from '../../src/lib/charts/bar-layout.ts';
import { formatCitation } from '../../src/lib/charts/figure-data.ts';
import { previewOf } from '../../src/lib/page-meta.ts';
import { describeSummary, formatEditionRuns, summarizeSeries } from '../../src/lib/content/threat-summary.ts';
import { series } from './charts/series.ts';
import { describeMoves } from '../../src/lib/content/trend-figures.ts';
import { describeCeilings, formatCeiling, formatYen } from '../../src/lib/content/service-standard.ts';

describe('English dates', () => {
	it.each([
		['2020', '2020'],
		['2020-06', 'June 2020'],
		['2020-06-12', '12 June 2020'],
		['2021-01-05', '5 January 2021'],
	])('writes %s as %s', (input, expected) => {
		expect(formatPartialDate(input, 'en')).toBe(expected);
	});

	it('keeps Japanese as the default', () => {
		expect(formatPartialDate('2020-06')).toBe('2020年6月');
		expect(formatPartialDate('2020-06', 'ja')).toBe('2020年6月');
	});
});

describe('English numbers and marks', () => {
	it('groups digits the same way in both languages', () => {
		expect(formatNumber(250395, 'en')).toBe('250,395');
		expect(formatNumber(1 / 3, 'en')).toBe('0.33');
	});

	it.each([
		[100000, 'cases', 'over', 'over 100,000 cases'],
		[100, 'days', 'about', 'about 100 days'],
		[5, 'companies', 'at-least', 'at least 5 companies'],
		[75.1, '%', undefined, '75.1%'],
		[3, '', 'nearly', 'nearly 3'],
	] as const)('writes %s %s (%s) as %s', (value, unit, mark, expected) => {
		expect(formatValue(value, unit, mark, 'en')).toBe(expected);
	});

	it('writes a share as "x of y" with the stated percentage', () => {
		expect(formatShare(30, 118, 'companies', undefined, 25, 'en')).toBe('30 of 118 companies (25%)');
		expect(formatShare(5, 30, 'companies', 'at-least', undefined, 'en')).toBe('at least 5 of 30 companies');
		expect(formatShare(30, 118, '社', undefined, 25)).toBe('118社中30社（25%）');
	});
});

describe('English ranks and editions', () => {
	it('writes a rank short for tables and as an ordinal for sentences', () => {
		expect(formatRank(3)).toBe('3位');
		expect(formatRank(3, 'en')).toBe('#3');
		expect(formatRank(3, 'en', 'ordinal')).toBe('3rd');
	});

	it.each([
		[1, '1st'],
		[2, '2nd'],
		[3, '3rd'],
		[4, '4th'],
		[11, '11th'],
		[12, '12th'],
		[13, '13th'],
		[21, '21st'],
		[22, '22nd'],
		[101, '101st'],
	])('ordinal of %i is %s', (n, expected) => {
		expect(ordinalEn(n)).toBe(expected);
	});

	it('names editions and runs of editions', () => {
		expect(formatEdition(2026)).toBe('2026年版');
		expect(formatEdition(2026, 'en')).toBe('2026 edition');
		expect(formatYears([2016, 2017, 2018, 2020], 'en')).toBe('2016–2018 editions, 2020 edition');
		expect(formatEditionYears([2024, 2025, 2026], 'en')).toBe('2024–2026 editions');
		expect(formatEditionYears([2019, 2021], 'en')).toBe('2019, 2021 editions');
		expect(formatEditionYears([2019], 'en')).toBe('2019 edition');
		expect(formatEditionYears([2019, 2021])).toBe('2019・2021年版');
		expect(formatEditionYears([2024, 2025, 2026])).toBe('2024〜2026年版');
	});

	it('names the lists', () => {
		expect(listLabel('organization')).toBe('組織');
		expect(listLabel('individual', 'en')).toBe('Individuals');
	});

	it('writes rank changes for tables and screen readers', () => {
		expect(formatChange({ kind: 'up', by: 2, from: 5 }, 'en')).toBe('↑2');
		expect(formatChange({ kind: 'outside', from: 12, to: 10 }, 'en')).toBe('#12→#10');
		expect(formatChange({ kind: 'return', lastSeen: 2019 }, 'en')).toBe('back (last in 2019)');
		expect(describeChange({ kind: 'down', by: 1, from: 3 }, 'en')).toBe('down 1 from #3 last time');
		expect(describeChange({ kind: 'split', of: 'x', edition: 2019, from: 4 }, 'en')).toBe('split from the 2019 edition’s #4 threat');
		expect(describeChange({ kind: 'split', of: 'x', edition: 2019, from: 4 })).toBe('2019年版4位の脅威から分かれた脅威');
		expect(describeChange({ kind: 'split', of: 'x', edition: 2019, from: null })).toBe('2019年版の脅威から分かれた脅威');
	});
});

describe('English chart words', () => {
	const points = [
		{ edition: 2017, listed: false, rank: null, new: false },
		{ edition: 2016, listed: true, rank: 7, new: true },
		{ edition: 2024, listed: true, rank: null, new: false },
	];

	it('spells out a sparkline in either language', () => {
		expect(describeRanks(points)).toBe('2016年版 7位（初選出）、2017年版 圏外、2024年版 掲載（順位なし）');
		expect(describeRanks(points, 'en')).toBe('2016 edition: #7 (new); 2017 edition: not listed; 2024 edition: listed (unranked)');
	});

	it('marks unranked cells of a rank table in the reader’s language', () => {
		const series = [{ threat: 'a', points: [{ edition: 2024, listed: true, rank: null, new: false }] }];
		expect(tabulateRanks(series as never, new Map([['a', 'A']]), undefined, 'en').rows[0]!.cells[0]!.text).toBe('listed');
		expect(tabulateRanks(series as never, new Map([['a', 'A']])).rows[0]!.cells[0]!.text).toBe('掲載');
	});

	it('explains the marks a bar chart uses, one sentence each', () => {
		const rows = [
			{ label: 'a', value: 100, approx: 'over' as const },
			{ label: 'b', value: 5, qualifier: 'about' as const },
		];
		const note = describeMarks(rows as never, 'en')!;
		expect(note).toMatch(/^“About” marks .*\. “Over” marks .*\. Bars for lower bounds end in a dotted line\.$/);
		expect(describeMarks(rows as never)).toBe(
			'「約」は、資料がおおよその値として示している数です。「超」は、資料が「〜を超えた」とだけ示している下限の値で、実際はもっと多くなります。下限の値の棒には、先に点線を付けています。',
		);
	});

	it('cites a figure with an English date', () => {
		const c = { title: 'Ranks', site: 'Mamori', url: '/x/', date: '2026-01-30', source: 'IPA' };
		expect(formatCitation(c, 'en')).toBe('“Ranks”, Mamori (made 30 January 2026), /x/. Source: IPA');
		expect(formatCitation(c)).toBe('「Ranks」Mamori（2026年1月30日作成）/x/ 出典：IPA');
	});

	it('labels preview images in the page’s language', () => {
		expect(previewOf('/threats/ransomware/').kind).toBe('脅威');
		expect(previewOf('/threats/ransomware/', 'en').kind).toBe('Threat');
	});
});

describe('English threat summaries', () => {
	const YEARS = [2016, 2017, 2018, 2019, 2020, 2021];

	it('names runs of editions', () => {
		expect(formatEditionRuns([2021, 2022, 2023, 2025], 'en')).toBe('2021–2023, 2025 editions');
		expect(formatEditionRuns([2021], 'en')).toBe('2021 edition');
		expect(formatEditionRuns([2021, 2022, 2023, 2025])).toBe('2021〜2023・2025年版');
	});

	it('tells a threat’s record in sentences that start with capitals and end with full stops', () => {
		const s = summarizeSeries(series('r', '- 7* 4 1 2 1', YEARS));
		expect(describeSummary(s, 'Ransomware', undefined, 'en')).toBe(
			'Ransomware was first chosen in the 2017 edition (#7) and has been chosen 5 times so far. It was #1 in the 2019, 2021 editions (twice). ' +
				'Its biggest move was from #4 in the 2018 edition to #1 in the 2019 edition (up); it is #1 in the 2021 edition.',
		);
		expect(describeSummary(s, 'ランサムウェア')).toBe(
			'ランサムウェアは、2017年版で初めて選ばれ（7位）、これまでに5回選ばれています。1位は2019・2021年版の2回です。最も大きな動きは2018年版から2019年版の4位→1位（上昇）で、2021年版は1位。',
		);
	});

	it('says when a threat was never chosen, or is unranked now', () => {
		expect(describeSummary(summarizeSeries(series('n', '- - - - - -', YEARS)), 'X', undefined, 'en')).toBe('X has not been chosen in this list.');
		expect(describeSummary(summarizeSeries(series('u', '3 - 9 L L L', YEARS)), 'U', undefined, 'en')).toMatch(/\. It was chosen without a rank in the 2021 edition\.$/);
	});

	it('counts once and twice in words, and leaves the Japanese count a number', () => {
		const once = summarizeSeries(series('o', '- - 1 - - -', YEARS));
		expect(describeSummary(once, 'O', undefined, 'en')).toMatch(/^O entered this list in the 2018 edition \(#1\) and has been chosen once so far\. It was #1 in the 2018 edition \(once\)\./);
		expect(describeSummary(once, 'O')).toMatch(/これまでに1回選ばれています。1位は2018年版の1回です。/);
	});
});

describe('English trend sentences', () => {
	const m = {
		from: 2022,
		to: 2026,
		rose: [{ threat: 'a', from: 5, to: 1 }],
		fell: [],
		entered: ['b', 'c'],
		left: [],
		splits: [{ threat: 'd', from: 'e', edition: 2024 }],
	};
	const label = (id: string) => id.toUpperCase();

	it('names the rises, the falls, the arrivals and the splits', () => {
		expect(describeMoves(m as never, label, 3, 'en')).toBe(
			'From the 2022 edition to the 2026 edition, the biggest rises were A (#5→#1); no threat fell. Not in the top 10 in the 2022 edition but in it in the 2026 edition: B, C. D split from “E” in the 2024 edition.',
		);
		expect(describeMoves(m as never, label)).toBe(
			'2022年版から2026年版までで、大きく上がったのはA（5位→1位）、順位が下がった脅威はありません。2022年版の10位以内になく、2026年版で10位以内にあるのはB、Cです。Dは、2024年版で「E」から分かれた脅威です。',
		);
	});
});

describe('English prices', () => {
	it('writes yen and monthly ceilings', () => {
		expect(formatYen(10000, 'en')).toBe('¥10,000');
		expect(formatYen(10000)).toBe('1万円');
		expect(formatYen(2000)).toBe('2,000円');
		expect(formatCeiling({ limit: 2000, per: 'device-month' }, 'en')).toBe('up to ¥2,000 a month per device');
		expect(formatCeiling({ limit: 2000, per: 'device-month' })).toBe('1台あたり月額2,000円以下');
		const ceilings = [
			{ class: '1類', type: 'A', limit: 10000, per: 'month' },
			{ class: '1類', type: 'B', limit: 2000, per: 'device-month' },
		];
		expect(describeCeilings(ceilings as never, '1類', 'en')).toBe('A: up to ¥10,000 a month; B: up to ¥2,000 a month per device');
		expect(describeCeilings(ceilings as never)).toBe('Aなら月額1万円以下、Bなら1台あたり月額2,000円以下');
	});
});

describe('dictionary', () => {
	it('has the same keys and placeholders in both languages', () => {
		const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
		for (const key of Object.keys(ja) as (keyof typeof ja)[]) expect([key, holes(en[key])]).toEqual([key, holes(ja[key])]);
	});

	it('fills placeholders and leaves unknown ones visible', () => {
		expect(t('rank.place', 'en', { rank: 4 })).toBe('#4');
		expect(t('rank.place', 'ja')).toBe('{rank}位');
	});
});
