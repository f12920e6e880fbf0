import { describe, expect, it } from 'vitest';
import { bumpPath, dotsPath, hLinesPath } from '../../../src/lib/charts/svg-paths.ts';

describe('dotsPath', () => {
	it('puts a zero-length segment at every point, in order, each after the first a step from the last', () => {
		expect(
			dotsPath([
				{ x: 40, y: 368 },
				{ x: 162.4, y: 250.67 },
				{ x: 198.8, y: 250.67 },
			]),
		).toBe('M40,368h0m122.4,-117.33h0m36.4,0h0');
	});
	it('is empty for no points', () => {
		expect(dotsPath([])).toBe('');
	});
});

describe('grid lines', () => {
	it('draws one horizontal segment per y between the two edges', () => {
		expect(hLinesPath([16, 55.11], 40, 346)).toBe('M40,16H346M40,55.11H346');
	});
});

describe('bumpPath', () => {
	it('runs level where the rank holds and bends with level ends where it moves', () => {
		const d = bumpPath([
			{ x: 44, y: 248 },
			{ x: 80.4, y: 54.67 },
			{ x: 116.8, y: 54.67 },
		]);
		expect(d).toBe('M44,248c18.2,0 18.2,-193.33 36.4,-193.33h36.4');
	});
	it('ends where the last point is, so the line meets its dots', () => {
		const pts = [
			{ x: 44, y: 364 },
			{ x: 80.4, y: 325.33 },
			{ x: 116.8, y: 364 },
			{ x: 153.2, y: 16 },
		];
		const steps = [...bumpPath(pts).matchAll(/[ch](-?[\d.]+)(?:,(-?[\d.]+) (-?[\d.]+),(-?[\d.]+) (-?[\d.]+),(-?[\d.]+))?/g)];
		const end = steps.reduce((at, m) => (m[0].startsWith('h') ? { x: at.x + Number(m[1]), y: at.y } : { x: at.x + Number(m[5]), y: at.y + Number(m[6]) }), { x: 44, y: 364 });
		expect(end.x).toBeCloseTo(153.2, 1);
		expect(end.y).toBeCloseTo(16, 1);
	});
	it('draws one point as a zero-length segment, and nothing for none', () => {
		expect(bumpPath([{ x: 1, y: 2 }])).toBe('M1,2Z');
		expect(bumpPath([])).toBe('');
	});
});
