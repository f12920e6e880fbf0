// Shared shapes and helpers for chart layouts. Everything here is pure and DOM-free.

/** The fixed width of every chart's coordinate system (CSS scales the SVG to its container). */
export const CHART_WIDTH = 640;

/** Space kept clear around a chart's plot area, in viewBox units. */
export interface Margin {
	/** Space above the plot area. */
	top: number;
	/** Space right of the plot area (end labels live here). */
	right: number;
	/** Space below the plot area. */
	bottom: number;
	/** Space left of the plot area (axis labels live here). */
	left: number;
}

/** Size of a chart's viewBox. */
export interface ChartSize {
	/** ViewBox width (CHART_WIDTH for full charts). */
	width: number;
	/** ViewBox height. */
	height: number;
}

/** A positioned piece of text, e.g. an axis tick or a line label. */
export interface TextMark {
	/** X position of the text anchor. */
	x: number;
	/** Y position of the text's middle. */
	y: number;
	/** The text to show. */
	text: string;
}

/** Round to 2 decimal places, so layouts and snapshots are stable across platforms. */
export function round2(n: number): number {
	// Adding 0 turns -0 into 0, so exact comparisons in tests do not trip over the sign.
	return Math.round(n * 100) / 100 + 0;
}

// Characters a Japanese font draws 1em wide: CJK, kana, full-width forms, and punctuation such as … and ・
// (ambiguous-width in Unicode, full-width in Japanese fonts). Erring wide only shortens a label a little early.
// '%' too: Chromium draws it 0.95em (1em bold) with the site's font stack, and at 0.6em a phone's '0%' tick
// reached past the chart's edge.
const WIDE = /[%\u1100-\u11ff\u2010-\u2027\u2030-\u203b\u2190-\u21ff\u2460-\u24ff\u25a0-\u27bf\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Estimate rendered text width in viewBox units: wide (CJK, full-width, '%') characters as 1em, others as 0.6em. */
export function estimateTextWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.6;
	return round2(ems * fontSize);
}

/**
 * Shorten a label to fit a width: drop a trailing （…） aside first, then cut with '…'.
 * Charts show the short form; the full name stays in the data table and the line's tooltip.
 */
export function fitLabel(text: string, maxWidth: number, fontSize: number): string {
	if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
	const bare = text.replace(/（[^（）]*）$/u, '');
	if (bare !== text && bare && estimateTextWidth(bare, fontSize) <= maxWidth) return bare;
	const chars = [...bare];
	while (chars.length > 1 && estimateTextWidth(chars.join('') + '…', fontSize) > maxWidth) chars.pop();
	return chars.join('') + '…';
}

/** A short, stable, ASCII id for SVG title/desc references, derived from some text. */
export function chartId(prefix: string, text: string): string {
	// FNV-1a: deterministic across builds, so markup snapshots do not churn.
	let h = 0x811c9dc5;
	for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
	return `${prefix}-${h.toString(36)}`;
}

/** Spread label positions apart so neighbours are at least `gap` apart, staying within [min, max]. */
export function nudgeApart(ys: readonly number[], gap: number, min: number, max: number): number[] {
	const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
	const placed = order.map((o) => Math.max(o.y, min));
	for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
	// If the stack ran past the bottom, push it back up from the bottom.
	if (placed.length && placed.at(-1)! > max) {
		placed[placed.length - 1] = max;
		for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - gap);
	}
	const out: number[] = new Array<number>(ys.length);
	order.forEach((o, k) => (out[o.i] = round2(placed[k]!)));
	return out;
}

/** Split a sequence into runs of consecutive items that pass a test (for lines broken by gaps). */
export function runsOf<T>(items: readonly T[], keep: (item: T) => boolean): T[][] {
	const runs: T[][] = [];
	let current: T[] = [];
	for (const item of items) {
		if (keep(item)) {
			current.push(item);
		} else if (current.length) {
			runs.push(current);
			current = [];
		}
	}
	if (current.length) runs.push(current);
	return runs;
}
