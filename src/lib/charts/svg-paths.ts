// Path data that draws many small marks as one SVG element (issue #20: HTML weight). A page with two bump
// charts, each drawn for phones and for wide screens, carried 347 <circle> and 42 grid <line> elements;
// one path per line and one per grid keep the same drawing with a tenth of the elements.

import { round2 } from './types.ts';

/** A point to draw a dot at. */
export interface XY {
	x: number;
	y: number;
}

/**
 * One dot per point as a single path: a zero-length segment at each point, which a round line cap draws as
 * a disc of the stroke's width (SVG 2, "zero-length subpath": round caps are painted). After the first, each
 * dot is a relative move: the same steps between editions repeat, so the page compresses better. Empty for no points.
 */
export function dotsPath(points: readonly XY[]): string {
	return points.map((p, i) => (i === 0 ? `M${round2(p.x)},${round2(p.y)}h0` : `m${round2(p.x - points[i - 1]!.x)},${round2(p.y - points[i - 1]!.y)}h0`)).join('');
}

/**
 * A bump chart's line through its points: level where the rank holds, and an S-bend with level ends where it
 * moves (control points half-way across, as d3's curveBumpX places them), so a line never overshoots a rank
 * row. Written in relative steps, which repeat from edition to edition and compress to a fraction of the
 * absolute curve data. One point draws a zero-length segment (its dot shows it).
 */
export function bumpPath(points: readonly XY[]): string {
	if (points.length === 0) return '';
	let d = `M${round2(points[0]!.x)},${round2(points[0]!.y)}`;
	if (points.length === 1) return `${d}Z`;
	for (let i = 1; i < points.length; i++) {
		const dx = points[i]!.x - points[i - 1]!.x;
		const dy = points[i]!.y - points[i - 1]!.y;
		d += round2(dy) === 0 ? `h${round2(dx)}` : `c${round2(dx / 2)},0 ${round2(dx / 2)},${round2(dy)} ${round2(dx)},${round2(dy)}`;
	}
	return d;
}

/** Horizontal grid lines from `left` to `right`, one at each y, as a single path. */
export function hLinesPath(ys: readonly number[], left: number, right: number): string {
	return ys.map((y) => `M${left},${y}H${right}`).join('');
}
