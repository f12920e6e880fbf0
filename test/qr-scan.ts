// Read a QR code as src/lib/qr.ts draws it (one SVG path of dark runs) the way a phone camera would:
// draw it as pixels, black on white, and let jsQR find and decode it. Shared by the unit tests of the
// layout and the build tests that check every printed code on the published site without a browser.
import jsQR from 'jsqr';
import { expect } from 'vitest';

// One dark run as layoutQr writes it: move to (x, y), right w, down 1, back w, close.
const RUN = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/g;

export interface Run {
	x: number;
	y: number;
	width: number;
}

/** Read the path back into runs, failing on anything that is not a well-formed run. */
export function runsOf(path: string): Run[] {
	expect(path.replace(RUN, '')).toBe('');
	return [...path.matchAll(RUN)].map(([, x, y, w, back]) => {
		expect(back).toBe(w);
		return { x: Number(x), y: Number(y), width: Number(w) };
	});
}

/** Draw a code of `size` modules a side as an RGBA image, white paper and black modules, `scale` pixels per module. */
export function rasterise({ size, path }: { size: number; path: string }, scale = 4): { pixels: Uint8ClampedArray; side: number } {
	const side = size * scale;
	const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
	for (const { x, y, width } of runsOf(path)) {
		for (let py = y * scale; py < (y + 1) * scale; py++) {
			for (let px = x * scale; px < (x + width) * scale; px++) {
				pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
			}
		}
	}
	return { pixels, side };
}

/** Scan the drawn code the way a phone would; null when no code is found. */
export function scan(layout: { size: number; path: string }) {
	const { pixels, side } = rasterise(layout);
	return jsQR(pixels, side, side, { inversionAttempts: 'dontInvert' });
}
