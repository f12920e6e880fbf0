import { encode } from 'uqr';

/**
 * Light modules around the code on every side. The QR standard asks for four; scanners fail more
 * often on printed flyers when the code's edge touches other ink.
 */
export const QR_QUIET_ZONE = 4;

/** What an SVG needs to draw a QR code: a square viewBox of `size` units, one unit per module. */
export interface QrLayout {
	/** Modules per side, including the quiet zone: use `0 0 size size` as the viewBox. */
	size: number;
	/** Path data for the dark modules only, in module units, already offset by the quiet zone. */
	path: string;
}

/**
 * Encode a text (an absolute URL) as a QR code at error-correction level M and lay it out as one
 * SVG path. Throws a RangeError when the text does not fit a QR code, rather than cutting it.
 */
export function layoutQr(text: string): QrLayout {
	// An empty text would still encode (an empty code), and a page would show a QR code that scans
	// to nothing: refuse it here, where the caller's mistake is easy to see.
	if (text === '') throw new RangeError('layoutQr needs a non-empty text');
	// M (about 15% recovery) survives a crease or a smudge on a handed-out flyer and keeps a
	// 100-character URL at version 6 (41 modules), still readable at 30 mm. No ECC boosting, so
	// the level is the same for every page.
	const { size, data } = encode(text, { ecc: 'M', boostEcc: false, border: QR_QUIET_ZONE });
	return { size, path: pathOfRows(data) };
}

/**
 * One rectangle per horizontal run of dark modules (`M x y h w v1 h-w z`). Merging runs halves
 * the path against one square per module, and every page carries it inline.
 */
function pathOfRows(rows: readonly (readonly boolean[])[]): string {
	const parts: string[] = [];
	rows.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (row[x]) x++;
			const width = x - start;
			parts.push(`M${start} ${y}h${width}v1h-${width}z`);
		}
	});
	return parts.join('');
}
