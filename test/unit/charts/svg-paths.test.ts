import { describe, expect, it } from 'vitest';
import { dotsPath, hLinesPath } from '../../../src/lib/charts/svg-paths.ts';

describe('dotsPath', () => {
	it('puts a zero-length segment at every point, in order', () => {
		expect(
			dotsPath([
				{ x: 40, y: 368 },
				{ x: 162.4, y: 250.67 },
			]),
		).toBe('M40,368h0M162.4,250.67h0');
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
