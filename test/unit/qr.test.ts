import { describe, expect, it } from 'vitest';
import { layoutQr, QR_QUIET_ZONE } from '../../src/lib/qr.ts';
import { runsOf, scan } from '../qr-scan.ts';

const SHORT = 'https://example.org/';
const PREFECTURE = 'https://example.org/otasuketai/kagoshima/';
// 100 bytes: a chamber's own address with tracking parameters is about this long.
const NEAR_100 = 'https://mamori.example.jp/otasuketai/kagoshima/flyer/?utm_source=chamber&utm_medium=print&ref=a12345';

describe('layoutQr', () => {
	it.each([SHORT, PREFECTURE, NEAR_100])('draws a code that scans back to %s', (url) => {
		expect(scan(layoutQr(url))?.data).toBe(url);
	});

	it('keeps every character of a long URL', () => {
		const url = `https://example.org/otasuketai/kagoshima/?q=${'0123456789abcdef'.repeat(40)}`;
		const scanned = scan(layoutQr(url));
		expect(scanned?.data.length).toBe(url.length);
		expect(scanned?.data).toBe(url);
	});

	it('throws instead of cutting a text too long for any QR code', () => {
		expect(() => layoutQr(`https://example.org/${'a'.repeat(3000)}`)).toThrow(RangeError);
	});

	it('refuses an empty text', () => {
		expect(() => layoutQr('')).toThrow(RangeError);
	});

	it('gives URLs one character apart different codes, each scanning to its own URL', () => {
		const other = 'https://example.org/otasuketai/kagoshimb/';
		expect(layoutQr(other).path).not.toBe(layoutQr(PREFECTURE).path);
		expect(scan(layoutQr(other))?.data).toBe(other);
		expect(scan(layoutQr(PREFECTURE))?.data).not.toBe(other);
	});

	it('draws nothing a scanner could read when the path is empty', () => {
		expect(scan({ size: layoutQr(PREFECTURE).size, path: '' })).toBeNull();
	});

	it('uses error-correction level M: 100 bytes need version 6 (L would fit version 5)', () => {
		expect(NEAR_100).toHaveLength(100);
		const layout = layoutQr(NEAR_100);
		expect(layout.size).toBe(17 + 4 * 6 + 2 * QR_QUIET_ZONE);
		expect(scan(layout)?.version).toBe(6);
	});

	it('writes only absolute moves and one-module-high run rectangles', () => {
		const { path } = layoutQr(NEAR_100);
		expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
		expect(new Set(path.replace(/[\d -]/g, ''))).toEqual(new Set(['M', 'h', 'v', 'z']));
	});

	it('merges neighbouring dark modules into one run', () => {
		const runs = runsOf(layoutQr(PREFECTURE).path);
		// The top row of the top-left finder pattern is seven dark modules in a row.
		expect(runs[0]).toEqual({ x: QR_QUIET_ZONE, y: QR_QUIET_ZONE, width: 7 });
		for (const [a, b] of runs.slice(1).map((r, i) => [runs[i]!, r] as const)) {
			if (a.y === b.y) expect(b.x).toBeGreaterThan(a.x + a.width);
		}
	});

	it('leaves a quiet zone of four light modules on every side', () => {
		const { size, path } = layoutQr(PREFECTURE);
		expect(QR_QUIET_ZONE).toBe(4);
		for (const { x, y, width } of runsOf(path)) {
			expect(x).toBeGreaterThanOrEqual(QR_QUIET_ZONE);
			expect(y).toBeGreaterThanOrEqual(QR_QUIET_ZONE);
			expect(x + width).toBeLessThanOrEqual(size - QR_QUIET_ZONE);
			expect(y + 1).toBeLessThanOrEqual(size - QR_QUIET_ZONE);
		}
		const runs = runsOf(path);
		expect(Math.max(...runs.map((r) => r.x + r.width))).toBe(size - QR_QUIET_ZONE);
		expect(Math.max(...runs.map((r) => r.y + 1))).toBe(size - QR_QUIET_ZONE);
	});
});
