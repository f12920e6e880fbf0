// Path data that draws many small marks as one SVG element (issue #20: HTML weight). A page with two bump
// charts, each drawn for phones and for wide screens, carried 347 <circle> and 42 grid <line> elements;
// one path per line and one per grid keep the same drawing with a tenth of the elements.

/** A point to draw a dot at. */
export interface XY {
	x: number;
	y: number;
}

/**
 * One dot per point as a single path: a zero-length segment at each point, which a round line cap draws as
 * a disc of the stroke's width (SVG 2, "zero-length subpath": round caps are painted). Empty for no points.
 */
export function dotsPath(points: readonly XY[]): string {
	return points.map((p) => `M${p.x},${p.y}h0`).join('');
}

/** Horizontal grid lines from `left` to `right`, one at each y, as a single path. */
export function hLinesPath(ys: readonly number[], left: number, right: number): string {
	return ys.map((y) => `M${left},${y}H${right}`).join('');
}
