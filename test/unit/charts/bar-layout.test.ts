import { describe, expect, it } from 'vitest';
import { describeBars, describeMarks, layoutBars, type BarInput, type BarOptions } from '../../../src/lib/charts/bar-layout.ts';
import { estimateTextWidth } from '../../../src/lib/charts/types.ts';

const OPTS: BarOptions = { width: 640, unit: '件' };
const rows = (...values: number[]): BarInput[] => values.map((value, i) => ({ label: `行${i + 1}`, value }));

describe('layoutBars', () => {
	it.each<[string, number[]]>([
		['two values', [100, 200]],
		['values on a large scale', [100_000, 250_395, 300_000]],
		['small fractions', [0.5, 1.25, 2.5]],
	])('makes bar widths proportional to the values: %s', (_, values) => {
		const { bars } = layoutBars(rows(...values), OPTS);
		const perUnit = bars.at(-1)!.width / values.at(-1)!;
		bars.forEach((b, i) => expect(b.width).toBeCloseTo(values[i]! * perUnit, 1));
	});

	it('starts every bar at the same zero line and draws a zero as no bar at all', () => {
		const { bars, ticks } = layoutBars(rows(0, 50, 0), OPTS);
		expect(new Set(bars.map((b) => b.x)).size).toBe(1);
		expect(bars.map((b) => b.width > 0)).toEqual([false, true, false]);
		expect(bars[0]!.width).toBe(0);
		expect(ticks[0]).toMatchObject({ x: bars[0]!.x, text: '0' });
	});

	it.each<[string, number[], string[]]>([
		['a round maximum', [100, 200], ['0', '50', '100', '150', '200']],
		['a maximum that is niced up', [100_000, 250_395], ['0', '100,000', '200,000', '300,000']],
		['only zeros', [0, 0], ['0', '0.2', '0.4', '0.6', '0.8', '1']],
	])('gives ticks from 0 to a nice end with Japanese digit grouping: %s', (_, values, expected) => {
		expect(layoutBars(rows(...values), OPTS).ticks.map((t) => t.text)).toEqual(expected);
	});

	it('puts each label on its own line above its bar, bars starting at the left edge, when labels go above', () => {
		const long = 'とても長い項目の名前で、左の列に入らない';
		const layout = layoutBars(
			[
				{ label: long, value: 10 },
				{ label: '短い', value: 5 },
			],
			{ width: 360, unit: '件', rowHeight: 30, labels: 'above' },
		);
		expect(layout.labels).toBe('above');
		for (const b of layout.bars) {
			expect(b.x).toBe(8);
			expect(b.name.x).toBe(8);
			expect(b.name.y).toBeLessThan(b.y);
			expect(b.name.y).toBeGreaterThan(layout.plotTop);
		}
		expect(layout.bars[0]!.name.text).toBe(long);
		// The tick under the zero line is centred on it and stays inside the chart.
		expect(layout.ticks[0]!.x - estimateTextWidth(layout.ticks[0]!.text, 12) / 2).toBeGreaterThanOrEqual(0);
		// The second label sits below the first bar.
		expect(layout.bars[1]!.name.y).toBeGreaterThan(layout.bars[0]!.y + layout.bars[0]!.height);
		// Bars use the width a left label column would have taken.
		expect(layout.bars[0]!.width).toBeGreaterThan(layoutBars([{ label: long, value: 10 }], { width: 360, unit: '件' }).bars[0]!.width);
	});

	it('stacks one row per input in order, the axis below the last row', () => {
		const layout = layoutBars(rows(1, 2, 3), { ...OPTS, rowHeight: 30 });
		expect(layout.bars.map((b) => [b.y, b.height])).toEqual([
			[14, 18],
			[44, 18],
			[74, 18],
		]);
		expect([layout.plotTop, layout.plotBottom, layout.height]).toEqual([8, 98, 122]);
		expect(layout.bars.map((b) => b.name.y)).toEqual([23, 53, 83]);
	});

	it('writes each value with its unit and marks a lower bound with 「超」 and an open end', () => {
		const [exact, bound] = layoutBars(
			[
				{ label: '2023年6月7日', value: 250_395 },
				{ label: '2023年10月', value: 300_000, approx: 'over' },
			],
			OPTS,
		).bars;
		expect([exact!.valueLabel.text, exact!.approx, exact!.open]).toEqual(['250,395件', null, null]);
		expect([bound!.valueLabel.text, bound!.approx]).toEqual(['300,000件超', 'over']);
		expect(bound!.open!.x1).toBeCloseTo(bound!.x + bound!.width, 2);
		expect(bound!.open!.x2).toBeGreaterThan(bound!.open!.x1);
		expect(bound!.valueLabel.x).toBeGreaterThan(bound!.open!.x2);
	});

	it.each<[string, BarInput[]]>([
		['short labels', rows(5, 10)],
		[
			'a long label',
			[
				{ label: '二〇二三年度の調査で「補助金の要件だったから」と答えた事業者の割合', value: 75 },
				{ label: '短い', value: 10 },
			],
		],
		['wide value labels', [{ label: 'A', value: 123_456_789, approx: 'over' }]],
		[
			'shares with both numbers',
			[
				{ label: '影響が自社に及んだことがある', value: 30, of: 118, share: 25 },
				{ label: 'B', value: 5, of: 30, qualifier: 'at-least' },
			],
		],
		['a reference line', [{ label: '意思決定に経営層が関わる（米国比）', value: 0.67, qualifier: 'about' }]],
	])('keeps every label and value inside the viewBox: %s', (_, input) => {
		const layout = layoutBars(input, OPTS);
		for (const b of layout.bars) {
			expect(b.name.x - estimateTextWidth(b.name.text, 12)).toBeGreaterThanOrEqual(0);
			expect(b.name.x).toBeLessThan(b.x);
			expect(b.valueLabel.x + estimateTextWidth(b.valueLabel.text, 12)).toBeLessThanOrEqual(layout.width);
		}
	});

	it.each<[string, BarInput, string, boolean]>([
		['約 before an approximate value', { label: 'A', value: 0.67, qualifier: 'about' }, '約0.67倍', false],
		['弱 after a value a little above the truth', { label: 'A', value: 2, qualifier: 'nearly' }, '2倍弱', false],
		['以下 after an upper bound', { label: 'A', value: 0.5, qualifier: 'at-most' }, '0.5倍以下', false],
		['以上 and an open end after a lower bound', { label: 'A', value: 5, qualifier: 'at-least' }, '5倍以上', true],
		['超 and an open end after a bound the truth exceeds', { label: 'A', value: 100_000, approx: 'over' }, '100,000倍超', true],
	])('marks a hedged value in its label: %s', (_, row, text, open) => {
		const [bar] = layoutBars([row], { width: 640, unit: '倍' }).bars;
		expect([bar!.valueLabel.text, bar!.open !== null]).toEqual([text, open]);
		expect(bar!.qualifier).toBe(row.qualifier ?? null);
	});

	it('ends every bar of a share chart at the same whole and fills it in proportion', () => {
		const { bars, ticks } = layoutBars(
			[
				{ label: '全社', value: 30, of: 30 },
				{ label: '一部', value: 30, of: 118, share: 25 },
			],
			{ width: 640, unit: '社' },
		);
		expect(bars[0]!.track).toEqual(bars[1]!.track);
		expect(bars[0]!.width).toBe(bars[0]!.track!.width);
		expect(bars[1]!.width).toBeCloseTo((bars[1]!.track!.width * 30) / 118, 1);
		expect(ticks.map((t) => t.text)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
		expect(ticks.at(-1)!.x).toBeCloseTo(bars[0]!.track!.x + bars[0]!.track!.width, 2);
	});

	it('writes a share with both numbers, the percentage only where the source gives one, right of the whole', () => {
		const bars = layoutBars(
			[
				{ label: '取引先経由', value: 30, of: 118, share: 25 },
				{ label: '流出のおそれ', value: 5, of: 30, qualifier: 'at-least' },
			],
			{ width: 640, unit: '社' },
		).bars;
		expect(bars.map((b) => b.valueLabel.text)).toEqual(['118社中30社（25%）', '30社中5社以上']);
		const trackEnd = bars[0]!.track!.x + bars[0]!.track!.width;
		bars.forEach((b) => expect(b.valueLabel.x).toBeGreaterThan(trackEnd));
		expect(bars[1]!.open!.x2).toBeLessThanOrEqual(trackEnd);
	});

	it('refuses a chart that mixes shares and plain values', () => {
		expect(() =>
			layoutBars(
				[
					{ label: 'A', value: 1, of: 2 },
					{ label: 'B', value: 3 },
				],
				OPTS,
			),
		).toThrow('share (of) or none');
	});

	it('stretches the axis to a reference line above every bar and labels the line above the plot', () => {
		const reference = { value: 1, label: '米国・欧州 = 1' };
		const layout = layoutBars(
			[
				{ label: 'A', value: 0.5 },
				{ label: 'B', value: 0.67 },
			],
			{ width: 640, unit: '倍', reference },
		);
		const one = layout.ticks.find((t) => t.text === '1');
		expect(one).toBeDefined();
		expect(layout.reference!.x).toBe(one!.x);
		expect(layout.reference!.label.text).toBe('米国・欧州 = 1');
		expect(layout.reference!.label.y).toBeLessThan(layout.plotTop);
		expect(layout.reference!.label.x + estimateTextWidth(reference.label, 12) / 2).toBeLessThanOrEqual(640);
		expect(layoutBars(rows(1), OPTS).reference).toBeNull();
	});

	it('shortens a label longer than the label column and keeps the full one for the table', () => {
		const label = '二〇二三年度の調査で「補助金の要件だったから」と答えた事業者の割合';
		const [bar] = layoutBars([{ label, value: 75 }], { ...OPTS, maxLabelWidth: 120 }).bars;
		expect(bar!.label).toBe(label);
		expect(bar!.name.text.endsWith('…')).toBe(true);
		expect(estimateTextWidth(bar!.name.text, 12)).toBeLessThanOrEqual(120);
		expect(bar!.x).toBe(128);
	});

	it('returns no bars and no rows of height for an empty dataset', () => {
		const layout = layoutBars([], OPTS);
		expect(layout.bars).toEqual([]);
		expect(layout.height).toBe(32);
	});

	it('refuses a negative value, naming the row', () => {
		expect(() => layoutBars([{ label: '前年比', value: -3 }], OPTS)).toThrow('"前年比" is -3');
	});
});

describe('describeMarks', () => {
	it('says nothing when every value is exact', () => {
		expect(describeMarks(rows(1, 2))).toBeUndefined();
	});

	it('explains each mark the rows use once, and the open end only for lower bounds', () => {
		const note = describeMarks([
			{ label: 'A', value: 1, qualifier: 'about' },
			{ label: 'B', value: 1, qualifier: 'about' },
			{ label: 'C', value: 1, qualifier: 'at-most' },
		])!;
		expect(note.match(/「約」/g)).toHaveLength(1);
		expect(note).toContain('「以下」');
		expect(note).not.toContain('点線');
		expect(describeMarks([{ label: 'A', value: 5, qualifier: 'at-least' }])).toContain('点線');
	});
});

describe('describeBars', () => {
	it('spells out every value with its unit and bound', () => {
		expect(
			describeBars(
				[
					{ label: '2020年7月', value: 100_000, approx: 'over' },
					{ label: '2023年6月7日', value: 250_395 },
				],
				'件',
			),
		).toBe('2020年7月 100,000件超、2023年6月7日 250,395件');
	});

	it('spells out shares with both numbers', () => {
		expect(describeBars([{ label: '取引先経由', value: 30, of: 118, share: 25 }], '社')).toBe('取引先経由 118社中30社（25%）');
	});
});
