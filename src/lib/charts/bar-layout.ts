import { scaleLinear } from 'd3-scale';
import type { Approx, Qualifier } from '../../schemas/stat.ts';
import { formatNumber, type ValueMark } from '../format.ts';
import { markOf, valueText, type StatValue } from '../stat-values.ts';
import { estimateTextWidth, fitLabel, round2, type ChartSize, type TextMark } from './types.ts';
import { t } from '../../i18n/index.ts';
import type { Locale } from '../routes.ts';

// The value's words are shared with the stats tables and JSON (src/lib/stat-values.ts).
export { valueText } from '../stat-values.ts';

/** One row of a horizontal bar chart (a StatRow fits). */
export interface BarInput extends StatValue {
	/** Category label, drawn left of the bar. */
	label: string;
}

/** A labelled line across the bars, e.g. the base 1 when bars are ratios to it. */
export interface BarReference {
	/** Value the line marks; the axis always reaches it. */
	value: number;
	/** Text above the line. */
	label: string;
}

/** Options for layoutBars. */
export interface BarOptions {
	/** ViewBox width (CHART_WIDTH for a full chart). */
	width: number;
	/** Unit written after each value label, e.g. '件' or '%' (default none). */
	unit?: string;
	/** Font size labels are drawn at, used to fit them (default 12). */
	fontSize?: number;
	/** Height of one row, bar plus the gap to the next (default 36). */
	rowHeight?: number;
	/** Widest the label column may get before labels are shortened (default 40% of the width). */
	maxLabelWidth?: number;
	/** About how many ticks the value axis gets (default 4). */
	ticks?: number;
	/** Language of the value labels (en-more2; default Japanese). */
	locale?: Locale;
	/** A reference line to draw across the bars. */
	reference?: BarReference | undefined;
	/**
	 * Where category labels go (default 'left'). 'above' gives each bar a label line of its own, so a
	 * narrow chart that fits a phone can keep whole labels and full-width bars.
	 */
	labels?: 'left' | 'above';
}

/** One positioned bar. */
export interface Bar {
	/** Full category label (the table and the bar's tooltip show it). */
	label: string;
	/** The value as given. */
	value: number;
	/** The bound kind, or null for an exact value. */
	approx: Approx | null;
	/** The source's hedge (約, 弱, 以上, 以下), or null. */
	qualifier: Qualifier | null;
	/** Left edge (the zero line). */
	x: number;
	/** Top edge. */
	y: number;
	/** Length, proportional to the value (to value / of for a share); 0 for 0. */
	width: number;
	/** Thickness. */
	height: number;
	/** For a share, the whole: a track from the zero line as long as the full scale; null otherwise. */
	track: { x: number; width: number } | null;
	/** Category label, fitted to the label column (text-anchor end). */
	name: TextMark;
	/** Formatted value right of the bar end, or of the track for a share (text-anchor start), e.g. '100,000件超'. */
	valueLabel: TextMark;
	/** For a lower bound, the open end: a dashed stub from the bar end outwards; null otherwise. */
	open: { x1: number; x2: number } | null;
}

/** Everything a renderer needs to draw a horizontal bar chart. */
export interface BarLayout extends ChartSize {
	/** One bar per row, top to bottom in input order. */
	bars: Bar[];
	/** Value-axis ticks: x of each gridline and its number below the plot (text-anchor middle). */
	ticks: TextMark[];
	/** Top of the gridlines. */
	plotTop: number;
	/** Bottom of the gridlines (the value axis). */
	plotBottom: number;
	/** The reference line (x) and its label above the plot (text-anchor middle); null without one. */
	reference: { x: number; label: TextMark } | null;
	/** Where the category labels are: 'left' (text-anchor end) or 'above' each bar (text-anchor start). */
	labels: 'left' | 'above';
}

// Space above the first row and below the last (tick numbers); gaps beside labels; the open end's length;
// the line the reference label takes above the plot.
const TOP = 8;
const AXIS = 24;
const GAP = 8;
const OPEN = 14;
const REFERENCE = 20;
// estimateTextWidth counts a digit as 0.6em; fallback fonts draw digits a little wider, and value labels are bold.
// Reserving 15% more keeps both ends inside the viewBox instead of clipping them.
const SLACK = 1.15;
const widthOf = (text: string, fontSize: number) => estimateTextWidth(text, fontSize) * SLACK;

/** Whether the row's value is only a lower bound (the true value may be larger). */
function isLowerBound(row: BarInput): boolean {
	const mark = markOf(row);
	return mark === 'over' || mark === 'at-least';
}

/** Room for the label column (left) and for value labels past the longest bar (right). */
function sideRooms(rows: readonly BarInput[], texts: readonly string[], lastTick: string, opts: BarOptions) {
	const { width, fontSize = 12 } = opts;
	const widest = Math.max(0, ...rows.map((r) => widthOf(r.label, fontSize)));
	// A share's open end stays inside its track, so only plain bars need room for it past the bar.
	const values = texts.map((t, i) => GAP + widthOf(t, fontSize) + (isLowerBound(rows[i]!) && rows[i]!.of === undefined ? OPEN : 0));
	return {
		left: Math.min(opts.maxLabelWidth ?? width * 0.4, widest),
		// The last tick number is centred on the axis end, so half of it must fit too.
		right: Math.max(0, widthOf(lastTick, fontSize) / 2, ...values),
	};
}

/** Check the rows can be drawn from zero, all as shares or none. */
function checkRows(rows: readonly BarInput[]): boolean {
	const negative = rows.find((r) => r.value < 0);
	if (negative) throw new Error(`layoutBars draws values from zero: "${negative.label}" is ${negative.value}`);
	const shares = rows.filter((r) => r.of !== undefined).length;
	if (shares && shares < rows.length) throw new Error('layoutBars draws every row as a share (of) or none');
	return shares > 0;
}

/** Lay out horizontal bars from zero: labels in a left column, values right of each bar end (or of the whole, for shares). */
export function layoutBars(rows: readonly BarInput[], opts: BarOptions): BarLayout {
	const { width, unit = '', fontSize = 12, ticks: tickCount = 4, reference, labels = 'left' } = opts;
	// With labels above, each row also holds its label line.
	const labelLine = labels === 'above' ? Math.round(fontSize * 1.6) : 0;
	const rowHeight = (opts.rowHeight ?? 36) + labelLine;
	const isShare = checkRows(rows);
	const texts = rows.map((r) => valueText(r, unit, opts.locale));
	// Shares are drawn as fractions of their whole, so rows with different wholes share one 0–100% axis.
	const lengths = rows.map((r) => (r.of === undefined ? r.value : r.value / r.of));
	const max = isShare ? 1 : Math.max(0, reference?.value ?? 0, ...lengths) || 1;
	const x = scaleLinear().domain([0, max]).nice(tickCount);
	const tickText = (t: number) => (isShare ? `${formatNumber(t * 100)}%` : formatNumber(t));
	const sides = sideRooms(rows, texts, tickText(x.domain()[1]!), opts);
	const room = labels === 'above' ? { left: 0, right: sides.right } : sides;
	// Labels above: the zero line sits just far enough in for its centred tick number.
	const left = labels === 'above' ? Math.max(GAP, widthOf(tickText(0), fontSize) / 2) : room.left + GAP;
	x.range([left, width - room.right]);
	const plotTop = TOP + (reference ? REFERENCE : 0);
	const plotBottom = plotTop + rows.length * rowHeight;
	const thickness = Math.round((rowHeight - labelLine) * 0.6);
	const trackEnd = x(1);
	const bars = rows.map((r, i): Bar => {
		const top = plotTop + i * rowHeight + labelLine + (rowHeight - labelLine - thickness) / 2;
		const middle = round2(top + thickness / 2);
		const end = x(lengths[i]!);
		const open = isLowerBound(r) ? { x1: round2(end), x2: round2(isShare ? Math.min(end + OPEN, trackEnd) : end + OPEN) } : null;
		const labelAt = isShare ? trackEnd : (open?.x2 ?? end);
		return {
			label: r.label,
			value: r.value,
			approx: r.approx ?? null,
			qualifier: r.qualifier ?? null,
			x: round2(left),
			y: round2(top),
			width: round2(end - left),
			height: thickness,
			track: isShare ? { x: round2(left), width: round2(trackEnd - left) } : null,
			name:
				labels === 'above'
					? { x: round2(left), y: round2(top - labelLine / 2), text: fitLabel(r.label, (width - left) / SLACK, fontSize) }
					: { x: round2(room.left), y: middle, text: fitLabel(r.label, room.left / SLACK, fontSize) },
			valueLabel: { x: round2(labelAt + GAP), y: middle, text: texts[i]! },
			open,
		};
	});
	const ticks = x.ticks(tickCount).map((t) => ({ x: round2(x(t)), y: plotBottom + AXIS / 2, text: tickText(t) }));
	return { width, height: plotBottom + AXIS, bars, ticks, plotTop, plotBottom, reference: reference ? placeReference(reference, x(reference.value), opts) : null, labels };
}

/** Put the reference line at `at` and centre its label above the plot, kept inside the viewBox. */
function placeReference(reference: BarReference, at: number, { width, fontSize = 12 }: BarOptions): { x: number; label: TextMark } {
	const half = widthOf(reference.label, fontSize) / 2;
	const centre = Math.min(Math.max(at, half), width - half);
	return { x: round2(at), label: { x: round2(centre), y: TOP + REFERENCE / 2, text: reference.label } };
}

/** Spell out the bars for screen readers: '2020年7月 100,000件超、2023年10月 300,000件超'. */
export function describeBars(rows: readonly BarInput[], unit = '', locale: Locale = 'ja'): string {
	return rows.map((r) => `${r.label} ${valueText(r, unit, locale)}`).join(t('chart.listJoin', locale));
}

// One sentence per mark (chart.mark.* in the dictionary), in the order a reader meets them; the chart's note joins the ones its rows use.
const MARK_NOTES: readonly ValueMark[] = ['about', 'nearly', 'over', 'at-least', 'at-most'];

/** Explain the marks (約, 弱, 超, 以上, 以下) the rows use, for the chart's note; undefined when none is used. */
export function describeMarks(rows: readonly BarInput[], locale: Locale = 'ja'): string | undefined {
	const used = new Set(rows.map(markOf));
	const sentences = MARK_NOTES.filter((mark) => used.has(mark)).map((mark) => t(`chart.mark.${mark}`, locale));
	if (rows.some(isLowerBound)) sentences.push(t('chart.mark.lowerBound', locale));
	return sentences.length ? sentences.join(locale === 'en' ? ' ' : '') : undefined;
}
