import { scaleLinear } from 'd3-scale';
import { formatPartialDate } from '../format.ts';
import { estimateTextWidth, fitLabel, round2, type ChartSize, type Margin, type TextMark } from './types.ts';
import { t } from '../../i18n/index.ts';
import type { Locale } from '../routes.ts';

/** How precisely a date is known: a whole year, a month or a day. */
export type DatePrecision = 'year' | 'month' | 'day';

/** The period a partial date stands for, as UTC milliseconds; `end` is the start of the next period. */
export interface DatePeriod {
	/** First instant of the period. */
	start: number;
	/** First instant after the period. */
	end: number;
	/** Whether the date named a year, a month or a day. */
	precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Turn 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' into the UTC period it covers; throws on anything else. */
export function parsePartialDate(date: string): DatePeriod {
	const m = PARTIAL_DATE.exec(date);
	if (!m) throw new Error(`"${date}" is not a partial date: use YYYY, YYYY-MM or YYYY-MM-DD`);
	const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) - 1 : undefined, m[3] ? Number(m[3]) : undefined];
	if (mo === undefined) return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1), precision: 'year' };
	if (d === undefined) return { start: Date.UTC(y, mo, 1), end: Date.UTC(y, mo + 1, 1), precision: 'month' };
	return { start: Date.UTC(y, mo, d), end: Date.UTC(y, mo, d + 1), precision: 'day' };
}

/** One event to place: a TimelineEvent from a policy page fits. */
export interface TimelineRow {
	/** Partial date: the event sits in the middle of the period it names. */
	date: string;
	/** Shown instead of the formatted date, e.g. '2017年末'. */
	dateLabel?: string | undefined;
	/** What happened. */
	label: string;
	/** A plan or target rather than something that happened. */
	planned?: boolean | undefined;
}

/** Which way time runs: down the page, or left to right. */
export type TimelineOrientation = 'vertical' | 'horizontal';

/** Options for layoutTimeline. */
export interface TimelineOptions extends ChartSize {
	/** Language of the year labels and dates (default Japanese). */
	locale?: Locale;
	/** Vertical: labels to the right of a time axis running down; horizontal: labels in rows below an axis. */
	orientation: TimelineOrientation;
	/** Vertical: left holds the year labels. Horizontal: top holds them, right is room for the last labels. */
	margin: Margin;
	/** Font size labels are drawn at (default 12). */
	fontSize?: number;
	/** Distance between neighbouring label rows (default 1.7 × fontSize). */
	labelGap?: number;
	/** Distance from the axis to the labels (default 24). */
	labelOffset?: number;
	/** Least distance between two year labels; years are skipped to keep it (default 16 vertical, 40 horizontal). */
	minYearGap?: number;
}

/** A straight line, e.g. an axis, a year tick or the span of a year-precise event. */
export interface Segment {
	/** Start x. */
	x1: number;
	/** Start y. */
	y1: number;
	/** End x. */
	x2: number;
	/** End y. */
	y2: number;
}

/** One placed event. */
export interface TimelineMark {
	/** Position of the event in the input rows. */
	index: number;
	/** The date as given. */
	date: string;
	/** The date as shown: the row's dateLabel, or the formatted partial date. */
	dateText: string;
	/** The full label. */
	label: string;
	/** Whether the date named a year, a month or a day. */
	precision: DatePrecision;
	/** A plan or target. */
	planned: boolean;
	/** Marker x: the middle of the event's period. */
	x: number;
	/** Marker y. */
	y: number;
	/** The whole period along the axis (a year-precise event covers its year). */
	span: Segment;
	/** Label position and the date and label text as drawn (cut to fit; anchor start). */
	text: TextMark;
	/** SVG path from the marker to its label. */
	leader: string;
}

/** Everything a renderer needs to draw a timeline. */
export interface TimelineLayout extends ChartSize {
	/** Which way time runs. */
	orientation: TimelineOrientation;
	/** The time axis, from the first year's start to the last year's end. */
	axis: Segment;
	/** A short tick at each year boundary. */
	ticks: Segment[];
	/** Year labels in the middle of their year (vertical: anchor end; horizontal: anchor middle). */
	years: TextMark[];
	/** Events in time order. */
	events: TimelineMark[];
}

// Space between two labels in the same row of a horizontal timeline.
const LABEL_PAD = 8;
// Labels start this far past their leader, so a leader never touches text.
const TEXT_INSET = 4;

/**
 * Place dated events on a time axis with whole-year ticks, and their labels so that none overlap.
 * Vertical: labels keep time order beside the axis, spread apart (the chart grows taller when they need it).
 * Horizontal: labels run right from their event in rows; an earlier label sits lower than later ones it
 * would touch, so no leader crosses a label.
 */
export function layoutTimeline(rows: readonly TimelineRow[], opts: TimelineOptions): TimelineLayout {
	const fontSize = opts.fontSize ?? 12;
	const gap = opts.labelGap ?? round2(fontSize * 1.7);
	const offset = opts.labelOffset ?? 24;
	const items = rows.map((row, index) => ({ row, index, period: parsePartialDate(row.date) })).sort((a, b) => mid(a.period) - mid(b.period) || a.index - b.index);
	const years = yearRange(items.map((i) => i.period));
	const ctx = { opts, fontSize, gap, offset, years };
	return opts.orientation === 'vertical' ? layoutVertical(items, ctx) : layoutHorizontal(items, ctx);
}

type Item = { row: TimelineRow; index: number; period: DatePeriod };
type Ctx = { opts: TimelineOptions; fontSize: number; gap: number; offset: number; years: [number, number] | null };

function mid(p: DatePeriod): number {
	return (p.start + p.end) / 2;
}

/** First and last calendar year the events touch, or null when there are none. */
function yearRange(periods: readonly DatePeriod[]): [number, number] | null {
	if (!periods.length) return null;
	const first = Math.min(...periods.map((p) => new Date(p.start).getUTCFullYear()));
	const last = Math.max(...periods.map((p) => new Date(p.end - 1).getUTCFullYear()));
	return [first, last];
}

/** A time → position scale over whole years, with the year boundaries and thinned year midpoints. */
function yearScale(years: [number, number] | null, from: number, to: number, minGap: number, locale: Locale = 'ja') {
	const [first, last] = years ?? [0, 0];
	const scale = scaleLinear([Date.UTC(first, 0, 1), Date.UTC(last + 1, 0, 1)], [from, to]);
	const count = last - first + 1;
	const step = Math.max(1, Math.ceil(minGap / (Math.abs(to - from) / count)));
	const boundaries = years ? Array.from({ length: count + 1 }, (_, k) => round2(scale(Date.UTC(first + k, 0, 1)))) : [];
	const labels = years
		? Array.from({ length: count }, (_, k) => first + k)
				.filter((y) => (y - first) % step === 0)
				.map((y) => ({ pos: round2(scale((Date.UTC(y, 0, 1) + Date.UTC(y + 1, 0, 1)) / 2)), text: t('chart.year', locale, { year: y }) }))
		: [];
	return { scale: (t: number) => round2(scale(t)), boundaries, labels };
}

/** The shared fields of a placed event. */
function markBase(item: Item, locale: Locale = 'ja') {
	const { row } = item;
	const dateText = row.dateLabel ?? formatPartialDate(row.date, locale);
	return { index: item.index, date: row.date, dateText, label: row.label, precision: item.period.precision, planned: row.planned === true };
}

/** What the chart writes beside an event before it is cut to fit: the date, then the label. */
function fullText(item: Item, locale: Locale = 'ja'): string {
	return t('timeline.mark', locale, { date: item.row.dateLabel ?? formatPartialDate(item.row.date, locale), label: item.row.label });
}

function layoutVertical(items: readonly Item[], { opts, fontSize, gap, offset, years }: Ctx): TimelineLayout {
	const { margin, width } = opts;
	const top = margin.top;
	// Grow the plot when the labels need more room than the height offers, so they never overlap.
	const length = Math.max(opts.height - margin.top - margin.bottom, (items.length - 1) * gap);
	const height = round2(top + length + margin.bottom);
	const axisX = margin.left;
	const { scale, boundaries, labels } = yearScale(years, top, top + length, opts.minYearGap ?? 16, opts.locale);
	const labelX = round2(axisX + offset);
	const maxWidth = width - margin.right - labelX;
	const ys = items.map((i) => scale(mid(i.period)));
	const labelYs = spreadLabels(ys, gap, top, top + length);
	const events = items.map((item, k): TimelineMark => {
		const y = ys[k]!;
		const ly = labelYs[k]!;
		return {
			...markBase(item, opts.locale),
			x: axisX,
			y,
			span: { x1: axisX, y1: scale(item.period.start), x2: axisX, y2: scale(item.period.end) },
			text: { x: labelX, y: ly, text: fitLabel(fullText(item, opts.locale), maxWidth, fontSize) },
			leader: `M${axisX},${y}H${round2(axisX + offset / 3)}L${round2(labelX - TEXT_INSET)},${ly}`,
		};
	});
	return {
		width,
		height,
		orientation: 'vertical',
		axis: { x1: axisX, y1: top, x2: axisX, y2: round2(top + length) },
		ticks: boundaries.map((y) => ({ x1: round2(axisX - 6), y1: y, x2: axisX, y2: y })),
		years: labels.map((l) => ({ x: round2(axisX - 10), y: l.pos, text: l.text })),
		events,
	};
}

function layoutHorizontal(items: readonly Item[], { opts, fontSize, gap, offset, years }: Ctx): TimelineLayout {
	const { margin, width } = opts;
	const axisY = margin.top;
	const left = margin.left;
	const right = width - margin.right;
	const { scale, boundaries, labels } = yearScale(years, left, right, opts.minYearGap ?? 40, opts.locale);
	const xs = items.map((i) => scale(mid(i.period)));
	const texts = items.map((item, k) => fitLabel(fullText(item, opts.locale), width - xs[k]! - TEXT_INSET, fontSize));
	const rowOf = stackRows(
		xs,
		texts.map((t, k) => xs[k]! + TEXT_INSET + estimateTextWidth(t, fontSize) + LABEL_PAD),
	);
	const rowsUsed = items.length ? Math.max(...rowOf) + 1 : 0;
	const lastRowY = axisY + offset + Math.max(0, rowsUsed - 1) * gap;
	const height = round2(Math.max(opts.height, lastRowY + fontSize / 2 + margin.bottom));
	const events = items.map((item, k): TimelineMark => {
		const x = xs[k]!;
		const ly = round2(axisY + offset + rowOf[k]! * gap);
		return {
			...markBase(item, opts.locale),
			x,
			y: axisY,
			span: { x1: scale(item.period.start), y1: axisY, x2: scale(item.period.end), y2: axisY },
			text: { x: round2(x + TEXT_INSET), y: ly, text: texts[k]! },
			leader: `M${x},${axisY}V${round2(ly + fontSize / 2)}`,
		};
	});
	return {
		width,
		height,
		orientation: 'horizontal',
		axis: { x1: left, y1: axisY, x2: right, y2: axisY },
		ticks: boundaries.map((x) => ({ x1: x, y1: round2(axisY - 4), x2: x, y2: round2(axisY + 4) })),
		years: labels.map((l) => ({ x: l.pos, y: round2(axisY - 14), text: l.text })),
		events,
	};
}

/**
 * Row of each label in a horizontal timeline, given each event's x (ascending) and where its label ends.
 * Right to left: a label goes one row below every later event it reaches, so a later event's leader (which
 * stops at its own, higher row) never crosses it, and its own leader passes left of the later labels.
 */
export function stackRows(xs: readonly number[], ends: readonly number[]): number[] {
	const rows = new Array<number>(xs.length).fill(0);
	for (let k = xs.length - 1; k >= 0; k--) {
		for (let j = k + 1; j < xs.length && xs[j]! < ends[k]!; j++) rows[k] = Math.max(rows[k]!, rows[j]! + 1);
	}
	return rows;
}

/**
 * Label positions for ascending targets: at least `gap` apart, within [min, max], in the same order, and each
 * run of crowded labels centred on its targets (so labels move up as well as down, not only down).
 */
export function spreadLabels(ys: readonly number[], gap: number, min: number, max: number): number[] {
	type Run = { count: number; sum: number; start: number };
	const place = (r: Run) => {
		r.start = Math.max(min, Math.min(r.sum / r.count - ((r.count - 1) * gap) / 2, max - (r.count - 1) * gap));
	};
	const runs: Run[] = [];
	for (const y of ys) {
		const run = { count: 1, sum: y, start: y };
		place(run);
		runs.push(run);
		// Merge with the run above while they overlap; the merged run re-centres and may reach the one before.
		while (runs.length > 1 && runs.at(-2)!.start + runs.at(-2)!.count * gap > runs.at(-1)!.start + 1e-9) {
			const last = runs.pop()!;
			const prev = runs.at(-1)!;
			prev.count += last.count;
			prev.sum += last.sum;
			place(prev);
		}
	}
	return runs.flatMap((r) => Array.from({ length: r.count }, (_, k) => round2(r.start + k * gap)));
}
