import { describe, expect, it } from 'vitest';
import { readHighlight, writeHighlight } from '../../src/lib/charts/highlight-param.ts';
import { describeSummary, formatEditionRuns, summarizeSeries } from '../../src/lib/content/threat-summary.ts';
import { series } from './charts/series.ts';

const YEARS = [2016, 2017, 2018, 2019, 2020, 2021];

describe('summarizeSeries', () => {
	it('finds the first year, best rank, years at number 1 and the biggest move', () => {
		const s = summarizeSeries(series('r', '- 7* 4 1 2 1', YEARS));
		expect(s).toEqual({
			threat: 'r',
			first: 2017,
			firstRank: 7,
			firstNew: true,
			firstSplitFrom: null,
			best: 1,
			bestEditions: [2019, 2021],
			atTop: [2019, 2021],
			listed: 5,
			biggestMove: { from: 2018, to: 2019, fromRank: 4, toRank: 1 },
			latest: { edition: 2021, listed: true, rank: 1 },
		});
	});

	it('never gives a rank to an unranked edition, and measures moves only between ranked neighbours', () => {
		const s = summarizeSeries(series('u', '3 - 9 L L L', YEARS));
		expect(s.best).toBe(3);
		expect(s.atTop).toEqual([]);
		expect(s.biggestMove).toBeNull();
		expect(s.listed).toBe(5);
		expect(s.latest).toEqual({ edition: 2021, listed: true, rank: null });
	});

	it('reports a threat never listed as such', () => {
		expect(summarizeSeries(series('n', '- - - - - -', YEARS)).first).toBeNull();
	});
});

describe('describeSummary (presenter)', () => {
	it('writes the record as Japanese sentences', () => {
		expect(describeSummary(summarizeSeries(series('r', '- 7* 4 1 2 1', YEARS)), 'ランサムウェア')).toBe(
			'ランサムウェアは、2017年版で初めて選ばれ（7位）、これまでに5回選ばれています。1位は2019・2021年版の2回です。最も大きな動きは2018年版から2019年版の4位→1位（上昇）で、2021年版は1位。',
		);
	});

	it('says when the newest edition has no ranks or leaves the threat out', () => {
		expect(describeSummary(summarizeSeries(series('u', '3 - 9 L L L', YEARS)), 'X')).toBe(
			'Xは、2016年版でこの一覧に入り（3位）、これまでに5回選ばれています。最高は2016年版の3位です。2021年版では順位なしで選ばれています。',
		);
		expect(describeSummary(summarizeSeries(series('g', '5 6 - - - -', YEARS)), 'G')).toContain('最も大きな動きは2016年版から2017年版の5位→6位（下降）で、2021年版では選ばれていません。');
	});

	it('says a threat split out of a combined one came from it, not from outside the list', () => {
		const card = series('card', '- - 1 3 5 4', YEARS);
		Object.assign(card.points[2]!, { mark: 'split', splitFrom: 'whole' });
		expect(describeSummary(summarizeSeries(card), 'カード', (id) => (id === 'whole' ? 'カード・銀行' : id))).toMatch(/^カードは、2018年版で「カード・銀行」から分かれて選ばれ（1位）/);
	});

	it('joins runs of editions', () => {
		expect(formatEditionRuns([2021, 2022, 2023, 2025])).toBe('2021〜2023・2025年版');
	});
});

describe('the ?highlight= parameter', () => {
	const known = ['ransomware', 'supply-chain-attack', 'insider-threat'];

	it('reads several ids, and the old single id, keeping only known ones in chart order', () => {
		expect(readHighlight('supply-chain-attack,ransomware', known)).toEqual(['ransomware', 'supply-chain-attack']);
		expect(readHighlight('ransomware', known)).toEqual(['ransomware']);
		expect(readHighlight('nonsense,,', known)).toEqual([]);
		expect(readHighlight(null, known)).toEqual([]);
	});

	it("writes this chart's choice and keeps ids another chart on the page owns", () => {
		expect(writeHighlight('phishing,ransomware', known, ['insider-threat', 'ransomware'])).toBe('phishing,ransomware,insider-threat');
		expect(writeHighlight('ransomware', known, [])).toBe('');
	});
});

describe('figure data, citation and permalink', async () => {
	const { bumpFigureData, slopeFigureData, figureCsv, formatCitation, figurePermalink } = await import('../../src/lib/charts/figure-data.ts');

	it('writes a bump table as rows the CSV and the table share, with ★ for a new entry', () => {
		const data = bumpFigureData('f', {
			editions: [2020, 2021],
			rows: [
				{
					threat: 'a',
					label: 'A',
					cells: [
						{ edition: 2020, text: '—', new: false },
						{ edition: 2021, text: '3', new: true },
					],
				},
			],
		});
		expect(data).toEqual({ file: 'f', columns: ['脅威', '2020年版', '2021年版'], rows: [['A', '—', '3★']] });
		expect(figureCsv(data)).toBe('\uFEFF脅威,2020年版,2021年版\r\nA,—,3★\r\n');
	});

	it("writes a slope chart as each threat's two ranks and its change", () => {
		const line = (threat: string, kind: 'up' | 'left', from: number | null, to: number | null) => ({
			threat,
			label: threat.toUpperCase(),
			kind,
			new: false,
			from: from ? { x: 0, y: 0, rank: from } : null,
			to: to ? { x: 0, y: 0, rank: to } : null,
			leftLabel: null,
			rightLabel: null,
		});
		const layout = { width: 1, height: 1, columns: [] as never, ranks: { left: [], right: [] }, lines: [line('a', 'up', 3, 1), line('b', 'left', 2, null)] };
		expect(slopeFigureData('s', layout, 2025, 2026).rows).toEqual([
			['A', '3', '1', '↑2'],
			['B', '2', '—', '圏外へ'],
		]);
	});

	it('cites title, site, date and source, and links the figure with its state', () => {
		expect(formatCitation({ title: '図', site: 'Mamori', url: 'https://example.org/threats/#c', date: '2026-12-06', source: 'IPA' })).toBe(
			'「図」Mamori（2026年12月6日作成）https://example.org/threats/#c 出典：IPA',
		);
		expect(figurePermalink('https://example.org', '/threats/', '?highlight=a,b', 'chart-organization')).toBe('https://example.org/threats/?highlight=a,b#chart-organization');
	});
});
