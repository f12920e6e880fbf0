import { describe, expect, it } from 'vitest';
import { formatEditionYears, layoutBump, tabulateRanks, type BumpOptions } from '../../../src/lib/charts/bump-layout.ts';
import { seriesByThreat } from '../../../src/lib/content/rankings.ts';
import type { Edition, EditionList } from '../../../src/schemas/edition.ts';
import { series } from './series.ts';

// Round numbers: four editions 100 apart from x = 40, ranks 10 apart from y = 10 (rank 10 at y = 100).
const OPTS: BumpOptions = {
	width: 640,
	height: 120,
	margin: { top: 10, right: 300, bottom: 20, left: 40 },
	labels: new Map([['a', 'ランサムウェア']]),
	labelGap: 10,
};

describe('layoutBump', () => {
	it('places editions left to right and ranks 1 to 10 top to bottom', () => {
		const layout = layoutBump([series('a', '1 2 3 4')], OPTS);
		expect(layout.xTicks).toEqual([
			{ x: 40, y: 110, text: '2020' },
			{ x: 140, y: 110, text: '2021' },
			{ x: 240, y: 110, text: '2022' },
			{ x: 340, y: 110, text: '2023' },
		]);
		expect(layout.yTicks.map((t) => [t.y, t.text])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((r) => [r * 10, `${r}位`]));
		expect(layout.yTicks[0]!.x).toBe(30);
	});

	it.each([
		['keeps a threat ranked in two consecutive editions as one path, bending from rank 3 to 4', '- - 3 4', ['M240,30c50,0 50,10 100,10']],
		['breaks the line of a threat absent from one edition into two paths', '3 - 4 5', ['M40,30Z', 'M240,40c50,0 50,10 100,10']],
		['gives a threat that came back after two absences two single-point paths', '2 - - 2', ['M40,20Z', 'M340,20Z']],
		['draws a threat listed only in the last edition as one point', '- - - 1', ['M340,10Z']],
	])('%s', (_, cells, paths) => {
		expect(layoutBump([series('t', cells)], OPTS).threats[0]!.paths).toEqual(paths);
	});

	it('gives each ranked point its position, edition, rank and new flag', () => {
		expect(layoutBump([series('t', '- 5* - 4')], OPTS).threats[0]!.points).toEqual([
			{ x: 140, y: 50, edition: 2021, rank: 5, new: true, mark: null },
			{ x: 340, y: 40, edition: 2023, rank: 4, new: false, mark: null },
		]);
	});

	it('carries a split, merge or return marker from the series to its point', () => {
		const s = series('t', '3 - 4 2');
		s.points[2]!.mark = 'return';
		s.points[3]!.mark = 'merge';
		expect(layoutBump([s], OPTS).threats[0]!.points.map((p) => p.mark)).toEqual([null, 'return', 'merge']);
	});

	it("joins a split point to its predecessor's point in the edition before", () => {
		const whole = series('whole', '1 1 - -');
		const part = series('part', '- - 2 2');
		Object.assign(part.points[2]!, { mark: 'split', splitFrom: 'whole' });
		const t = layoutBump([whole, part], OPTS).threats.find((x) => x.threat === 'part')!;
		expect(t.joins).toEqual(['M140,10L240,20']);
	});

	it('leaves the end labels out for the phone layout, which names lines in a key', () => {
		expect(layoutBump([series('a', '1 2 3 1')], { ...OPTS, endLabels: false }).threats[0]!.endLabel).toBeNull();
	});

	it('draws a threat ranked in every edition as one unbroken curve from first to last point', () => {
		const { paths } = layoutBump([series('a', '1 2 3 1')], OPTS).threats[0]!;
		expect(paths).toHaveLength(1);
		// 1 → 2 → 3 bends down a row each step, then 3 → 1 rises two rows: 100 across each time.
		expect(paths[0]).toBe('M40,10c50,0 50,10 100,10c50,0 50,10 100,10c50,0 50,-20 100,-20');
	});

	it('leaves out an edition whose list has no ranks and reports it as unranked', () => {
		const layout = layoutBump([series('a', '1 2 3 L'), series('b', '2 1 - L')], OPTS);
		expect([layout.years, layout.unrankedYears]).toEqual([[2020, 2021, 2022], [2023]]);
		expect(layout.xTicks.map((t) => t.x)).toEqual([40, 190, 340]);
		const a = layout.threats.find((t) => t.threat === 'a')!;
		expect([a.points.map((p) => p.edition), a.endLabel]).toEqual([[2020, 2021, 2022], { x: 350, y: 30, text: 'ランサムウェア' }]);
	});

	it('does not break any line at a rank nobody holds (the 2016 individual list has no rank 9)', () => {
		const in2016 = [1, 2, 3, 4, 5, 6, 7, 8, 10];
		const layout = layoutBump(
			in2016.map((rank, i) => series(`t${i}`, `${rank} ${i + 1}`, [2016, 2017])),
			OPTS,
		);
		expect(layout.threats.map((t) => t.paths.length)).toEqual(in2016.map(() => 1));
		expect(layout.yTicks.map((t) => t.text)).toContain('9位');
	});

	it('draws a renamed threat (same id, new title) as one line', () => {
		const list = (title: string, rank = 1): EditionList => ({
			ranked: true,
			confidence: 'verified-2-sources',
			sources: [{ title: 't', publisher: 'p', date: '2020', url: 'https://example.org/' }],
			entries: [{ rank, threat: 'ransomware', title }],
		});
		const editions: Edition[] = [
			{ reviewed: '2026-11-22', edition: 2020, organization: list('ランサムウェアによる被害', 2), individual: list('x') },
			{ reviewed: '2026-11-22', edition: 2021, organization: list('ランサム攻撃による被害'), individual: list('x') },
		];
		const layout = layoutBump(seriesByThreat(editions, 'organization'), OPTS);
		expect(layout.threats.map((t) => [t.threat, t.paths])).toEqual([['ransomware', ['M40,20c150,0 150,-10 300,-10']]]);
	});

	it.each([
		['moves labels apart downwards when neighbours are closer than the gap', '1 2 3', [10, 24, 38]],
		['pushes a stack that would run past rank 10 back up inside the plot', '7 9 10', [70, 86, 100]],
		['leaves labels that are far enough apart where they are', '1 4 7', [10, 40, 70]],
	])('%s', (_, lastRanks, ys) => {
		const input = lastRanks.split(' ').map((rank, i) => series(`t${i}`, `- - - ${rank}`));
		const layout = layoutBump(input, { ...OPTS, labelGap: 14 });
		const labelY = (id: string) => layout.threats.find((t) => t.threat === id)!.endLabel!.y;
		expect(['t0', 't1', 't2'].map(labelY)).toEqual(ys);
	});

	it('labels and colours only the threats in the last ranked edition', () => {
		const layout = layoutBump([series('a', '1 2 3 2'), series('gone', '2 1 - -')], OPTS);
		expect(layout.threats.map((t) => [t.threat, t.colorIndex, t.endLabel])).toEqual([
			['gone', null, null],
			['a', 1, { x: 350, y: 20, text: 'ランサムウェア' }],
		]);
	});

	it('paints muted lines first and the last edition’s rank 1 on top', () => {
		const input = [series('first', '- - - 1'), series('third', '- - - 3'), series('old', '1 - - -'), series('second', '- - - 2')];
		expect(layoutBump(input, OPTS).threats.map((t) => t.threat)).toEqual(['old', 'third', 'second', 'first']);
	});

	it('shortens an end label that does not fit in the right margin and keeps the full name', () => {
		const labels = new Map([['t', 'サプライチェーン・委託先を狙った攻撃']]);
		const t = layoutBump([series('t', '- - - 1')], {
			...OPTS,
			margin: { ...OPTS.margin, right: 100 },
			labels,
		}).threats[0]!;
		expect([t.label, t.endLabel!.text]).toEqual(['サプライチェーン・委託先を狙った攻撃', 'サプライチェ…']);
	});

	it('shows only the requested editions', () => {
		const layout = layoutBump([series('a', '1 2 3 4')], { ...OPTS, years: [2022, 2023] });
		expect(layout.threats[0]!.points.map((p) => [p.x, p.edition])).toEqual([
			[40, 2022],
			[340, 2023],
		]);
	});

	it('falls back to the id when a threat has no label, and skips threats with no ranked point', () => {
		const layout = layoutBump([series('b', '- 1 - -'), series('listed-only', 'L - - -')], {
			...OPTS,
			years: [2020, 2021],
		});
		expect(layout.threats.map((t) => [t.threat, t.label])).toEqual([['b', 'b']]);
	});

	it('returns an empty chart with its rank axis for empty input', () => {
		const layout = layoutBump([], OPTS);
		expect({ ...layout, yTicks: layout.yTicks.length }).toEqual({
			width: 640,
			height: 120,
			years: [],
			unrankedYears: [],
			xTicks: [],
			yTicks: 10,
			threats: [],
		});
	});
});

describe('tabulateRanks', () => {
	it('writes a rank, 掲載 for listed without a rank, or a dash for not listed, in every edition', () => {
		const table = tabulateRanks([series('a', '1 - 3* L')], new Map([['a', 'ランサムウェア']]));
		expect(table).toEqual({
			editions: [2020, 2021, 2022, 2023],
			rows: [
				{
					threat: 'a',
					label: 'ランサムウェア',
					cells: [
						{ edition: 2020, text: '1', new: false },
						{ edition: 2021, text: '—', new: false },
						{ edition: 2022, text: '3', new: true },
						{ edition: 2023, text: '掲載', new: false },
					],
				},
			],
		});
	});

	it('keeps only the requested editions and the threats listed in them', () => {
		const table = tabulateRanks([series('a', '1 2 - -'), series('b', '- - 3 L')], new Map(), [2022, 2023]);
		expect([table.editions, table.rows.map((r) => [r.label, r.cells.map((c) => c.text)])]).toEqual([[2022, 2023], [['b', ['3', '掲載']]]]);
	});

	it('returns no columns and no rows for empty input', () => {
		expect(tabulateRanks([], new Map())).toEqual({ editions: [], rows: [] });
	});
});

describe('formatEditionYears', () => {
	it.each([
		[[2024, 2025, 2026], '2024〜2026年版'],
		[[2019, 2021], '2019・2021年版'],
		[[2024], '2024年版'],
		[[], ''],
	])('names %j as %s', (years, text) => {
		expect(formatEditionYears(years)).toBe(text);
	});
});
