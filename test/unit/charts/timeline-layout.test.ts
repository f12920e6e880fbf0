import { describe, expect, it } from 'vitest';
import { layoutTimeline, parsePartialDate, spreadLabels, stackRows, type TimelineOptions, type TimelineRow } from '../../../src/lib/charts/timeline-layout.ts';
import { estimateTextWidth } from '../../../src/lib/charts/types.ts';

// Round numbers: 2021 and 2022 have 365 days each, so over a 200-unit axis each year is exactly 100 units.
const VERTICAL: TimelineOptions = {
	orientation: 'vertical',
	width: 640,
	height: 220,
	margin: { top: 10, right: 20, bottom: 10, left: 60 },
	labelGap: 20,
	labelOffset: 24,
};
const HORIZONTAL: TimelineOptions = {
	orientation: 'horizontal',
	width: 640,
	height: 80,
	margin: { top: 30, right: 140, bottom: 10, left: 40 },
	labelGap: 20,
	labelOffset: 24,
};
/** Distances between neighbouring values, rounded like the layout's own numbers. */
const gaps = (ys: readonly number[]) => ys.slice(1).map((y, k) => Math.round((y - ys[k]!) * 100) / 100);
const ev = (date: string, label = 'できごと', extra: Partial<TimelineRow> = {}): TimelineRow => ({ date, label, ...extra });

describe('parsePartialDate', () => {
	it.each([
		['2020', Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1), 'year'],
		['2020-02', Date.UTC(2020, 1, 1), Date.UTC(2020, 2, 1), 'month'],
		['2020-12', Date.UTC(2020, 11, 1), Date.UTC(2021, 0, 1), 'month'],
		['2020-06-12', Date.UTC(2020, 5, 12), Date.UTC(2020, 5, 13), 'day'],
		['2020-12-31', Date.UTC(2020, 11, 31), Date.UTC(2021, 0, 1), 'day'],
	])('reads %s as the UTC period it covers', (date, start, end, precision) => {
		expect(parsePartialDate(date)).toEqual({ start, end, precision });
	});

	it.each(['20', '2020-13', '2020-6', '2020-06-32', '2020/06/12', 'FY2020'])('rejects %s', (date) => {
		expect(() => parsePartialDate(date)).toThrow(/use YYYY, YYYY-MM or YYYY-MM-DD/);
	});
});

describe('layoutTimeline (vertical)', () => {
	it('spans whole years from the first event to the last, with a tick at each year boundary', () => {
		const layout = layoutTimeline([ev('2021-07'), ev('2022')], VERTICAL);
		expect(layout.axis).toEqual({ x1: 60, y1: 10, x2: 60, y2: 210 });
		expect(layout.ticks.map((t) => t.y1)).toEqual([10, 110, 210]);
		expect(layout.ticks[0]).toEqual({ x1: 54, y1: 10, x2: 60, y2: 10 });
		expect(layout.years).toEqual([
			{ x: 50, y: 60, text: '2021年' },
			{ x: 50, y: 160, text: '2022年' },
		]);
	});

	it.each([
		['a year in the middle of its year', '2022', 160, [110, 210]],
		['a month in the middle of its month', '2021-07', 63.84, [59.59, 68.08]],
		['a day in the middle of its day', '2022-01-01', 110.14, [110, 110.27]],
	])('places %s', (_, date, y, [from, to]) => {
		const [mark] = layoutTimeline([ev(date), ev('2021'), ev('2022')], VERTICAL).events.filter((e) => e.date === date);
		expect([mark!.y, mark!.span.y1, mark!.span.y2]).toEqual([y, from, to]);
	});

	it('orders events by time, keeping the input order for the same date, and remembers each input position', () => {
		const layout = layoutTimeline([ev('2022-03', 'c'), ev('2021', 'a'), ev('2022-03', 'd'), ev('2021-02-01', 'b')], VERTICAL);
		expect(layout.events.map((e) => [e.label, e.index])).toEqual([
			['b', 3],
			['a', 1],
			['c', 0],
			['d', 2],
		]);
	});

	it('puts each label beside its event when there is room', () => {
		const [e] = layoutTimeline([ev('2022', '基本行動指針')], VERTICAL).events;
		expect(e!.text).toEqual({ x: 84, y: 110, text: '2022年　基本行動指針' });
		expect(e!.leader).toBe('M60,110H68L80,110');
	});

	it('spreads labels of events close in time at least one label gap apart, in time order', () => {
		const { events } = layoutTimeline([ev('2021-06-01'), ev('2021-06-02'), ev('2021-06-03'), ev('2021-06-04')], VERTICAL);
		expect(Math.min(...gaps(events.map((e) => e.text.y)))).toBeGreaterThanOrEqual(20);
		expect(events.map((e) => e.y)).toEqual([...events.map((e) => e.y)].sort((a, b) => a - b));
	});

	it('grows the chart when the labels need more height than it has, so none overlap', () => {
		const rows = Array.from({ length: 15 }, (_, k) => ev(`2021-0${(k % 9) + 1}`));
		const layout = layoutTimeline(rows, VERTICAL);
		expect(layout.height).toBe(10 + 14 * 20 + 10);
		expect(layout.axis.y2).toBe(290);
		const ys = layout.events.map((e) => e.text.y);
		expect(Math.min(...gaps(ys))).toBeGreaterThanOrEqual(20);
		expect(Math.min(...ys)).toBeGreaterThanOrEqual(10);
		expect(Math.max(...ys)).toBeLessThanOrEqual(290);
	});

	it('shows every year label when years are far enough apart, and every second one when they are crowded', () => {
		const rows = [ev('2010'), ev('2029')];
		expect(layoutTimeline(rows, VERTICAL).years).toHaveLength(10);
		expect(layoutTimeline(rows, { ...VERTICAL, height: 420 }).years).toHaveLength(20);
		expect(
			layoutTimeline(rows, VERTICAL)
				.years.slice(0, 2)
				.map((y) => y.text),
		).toEqual(['2010年', '2012年']);
	});

	it('writes the date as given in dateLabel, and marks plans', () => {
		const [e] = layoutTimeline([ev('2027-03', '開始', { dateLabel: '2026年度末ごろ', planned: true })], VERTICAL).events;
		expect([e!.dateText, e!.text.text, e!.planned, e!.precision]).toEqual(['2026年度末ごろ', '2026年度末ごろ　開始', true, 'month']);
	});

	it('cuts a label that would run past the right margin, and keeps the full label in the mark', () => {
		const label = 'と'.repeat(60);
		const [e] = layoutTimeline([ev('2021', label)], VERTICAL).events;
		expect(e!.label).toBe(label);
		expect(e!.text.text.endsWith('…')).toBe(true);
		expect(e!.text.x + estimateTextWidth(e!.text.text, 12)).toBeLessThanOrEqual(620);
	});

	it('returns an empty axis and no ticks, years or events for no events', () => {
		const layout = layoutTimeline([], VERTICAL);
		expect([layout.ticks, layout.years, layout.events, layout.height]).toEqual([[], [], [], 220]);
	});
});

describe('layoutTimeline (horizontal)', () => {
	it('runs time left to right with year labels above the axis', () => {
		const layout = layoutTimeline([ev('2021'), ev('2022')], { ...HORIZONTAL, margin: { ...HORIZONTAL.margin, right: 400 } });
		expect(layout.axis).toEqual({ x1: 40, y1: 30, x2: 240, y2: 30 });
		expect(layout.ticks.map((t) => t.x1)).toEqual([40, 140, 240]);
		expect(layout.years).toEqual([
			{ x: 90, y: 16, text: '2021年' },
			{ x: 190, y: 16, text: '2022年' },
		]);
		expect(layout.events.map((e) => [e.x, e.y])).toEqual([
			[90, 30],
			[190, 30],
		]);
	});

	it('keeps labels of events far apart in the first row under the axis', () => {
		const layout = layoutTimeline([ev('2021-01-01', 'A'), ev('2022-12-31', 'B')], HORIZONTAL);
		expect(layout.events.map((e) => e.text.y)).toEqual([54, 54]);
		expect(layout.events[0]!.leader).toBe('M40.32,30V60');
	});

	it('drops an earlier label below a later one it would reach, so no leader crosses a label', () => {
		const layout = layoutTimeline([ev('2021-01', '長いラベルの出来事'), ev('2021-03', '次'), ev('2022-12', '遠く')], HORIZONTAL);
		expect(layout.events.map((e) => e.text.y)).toEqual([74, 54, 54]);
		expect(layout.height).toBe(74 + 6 + 10);
	});

	it('never lets two labels in one row overlap', () => {
		const rows = Array.from({ length: 12 }, (_, k) => ev(`2021-${String(k + 1).padStart(2, '0')}`, `出来事${k + 1}`));
		const { events } = layoutTimeline(rows, HORIZONTAL);
		for (const a of events) for (const b of events) if (a !== b && a.text.y === b.text.y && a.x < b.x) expect(a.text.x + estimateTextWidth(a.text.text, 12)).toBeLessThan(b.x);
	});
});

describe('stackRows', () => {
	it.each([
		['labels that reach no later event share the first row', [0, 100, 200], [50, 150, 250], [0, 0, 0]],
		['a label that reaches the next event goes one row lower', [0, 100, 200], [120, 150, 250], [1, 0, 0]],
		['a label that reaches two events goes below the lower of them', [0, 10, 20], [30, 25, 40], [2, 1, 0]],
		['events on the same spot stack', [5, 5, 5], [20, 20, 20], [2, 1, 0]],
	])('%s', (_, xs, ends, rows) => {
		expect(stackRows(xs, ends)).toEqual(rows);
	});
});

describe('spreadLabels', () => {
	it.each([
		['leaves labels that do not touch where they are', [10, 40, 70], [10, 40, 70]],
		['centres a crowded pair on its two targets', [50, 50], [40, 60]],
		['centres a crowded run of three on the mean of its targets', [48, 50, 52], [30, 50, 70]],
		['merges a run with the one above when re-centring makes them touch', [20, 45, 50, 55], [12.5, 32.5, 52.5, 72.5]],
		['keeps a run that would start above the top inside the bounds', [0, 0, 0], [0, 20, 40]],
		['keeps a run that would end below the bottom inside the bounds', [100, 100], [80, 100]],
	])('%s', (_, ys, out) => {
		expect(spreadLabels(ys, 20, 0, 100)).toEqual(out);
	});
});
