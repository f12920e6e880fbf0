import type { ThreatSeries } from '../../../src/lib/content/rankings.ts';

/** Editions used by the chart tests unless a test names its own. */
export const YEARS = [2020, 2021, 2022, 2023];

/**
 * A threat's series from one cell per edition, e.g. '3 - 4* L':
 * a number is a rank, '*' marks it new, 'L' is listed without a rank, '-' is not listed.
 */
export function series(threat: string, cells: string, years: readonly number[] = YEARS): ThreatSeries {
	const parts = cells.trim().split(/\s+/);
	if (parts.length !== years.length) throw new Error(`${threat}: ${parts.length} cells for ${years.length} editions`);
	return {
		threat,
		points: parts.map((cell, i) => ({
			edition: years[i]!,
			listed: cell !== '-',
			rank: /^\d+/.test(cell) ? Number.parseInt(cell, 10) : null,
			title: cell === '-' ? null : `${threat} ${years[i]}`,
			new: cell.endsWith('*'),
		})),
	};
}
