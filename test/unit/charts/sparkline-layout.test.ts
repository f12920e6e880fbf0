import { describe, expect, it } from 'vitest';
import { describeRanks, layoutSparkline, type SparkOptions } from '../../../src/lib/charts/sparkline-layout.ts';
import { series } from './series.ts';

// Four editions 30 apart from x = 5; ranks 10 apart from y = 5 (rank 10 at y = 95).
const OPTS: SparkOptions = { width: 100, height: 100, inset: 5 };
const points = (cells: string) => series('t', cells).points;

describe('layoutSparkline', () => {
	it.each([
		['joins consecutive ranked editions into one path', '1 2 - -', ['M5,5L35,15']],
		['breaks the line where the threat was absent', '1 - 10 10', ['M5,5Z', 'M65,95L95,95']],
		['breaks the line at an unranked edition too', '1 L 2 -', ['M5,5Z', 'M65,13.57Z']],
		['draws nothing for a threat never ranked', '- L L -', []],
	])('%s', (_, cells, paths) => {
		expect(layoutSparkline(points(cells), OPTS).paths).toEqual(paths);
	});

	it('puts listed-but-unranked editions on a separate baseline row below rank 10 and flags them', () => {
		const layout = layoutSparkline(points('1 10 L -'), OPTS);
		// With a baseline row, rank 1 → y 5 and the baseline (rank 11.5) → y 95, so 1 rank = 90 / 10.5.
		expect(layout.points).toEqual([
			{ x: 5, y: 5, edition: 2020, rank: 1, new: false, unranked: false },
			{ x: 35, y: 82.14, edition: 2021, rank: 10, new: false, unranked: false },
			{ x: 65, y: 95, edition: 2022, rank: null, new: false, unranked: true },
		]);
		expect([layout.baselineY, layout.hasUnranked]).toEqual([95, true]);
	});

	it('reserves no baseline row when every listed edition is ranked, unless asked to', () => {
		expect(layoutSparkline(points('1 - 10 -'), OPTS).baselineY).toBeNull();
		expect(layoutSparkline(points('1 - 10 -'), { ...OPTS, baseline: true }).baselineY).toBe(95);
	});

	it('keeps the new flag of each point and orders points oldest first', () => {
		const layout = layoutSparkline([...points('- 3* 2 -')].reverse(), OPTS);
		expect(layout.points.map((p) => [p.edition, p.new])).toEqual([
			[2021, true],
			[2022, false],
		]);
	});

	it('returns no paths and no points for empty input', () => {
		expect(layoutSparkline([], OPTS)).toEqual({
			width: 100,
			height: 100,
			paths: [],
			points: [],
			baselineY: null,
			hasUnranked: false,
		});
	});
});

describe('describeRanks', () => {
	it('spells out every edition: rank (and whether new), out of the list, or listed without a rank', () => {
		expect(describeRanks(points('7* - 1 L'))).toBe('2020年版 7位（初選出）、2021年版 圏外、2022年版 1位、2023年版 掲載（順位なし）');
	});
});
