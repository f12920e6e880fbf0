import { describe, expect, it } from 'vitest';
import { layoutPartScores } from '../../../src/lib/charts/part-score-layout.ts';
import { t } from '../../../src/i18n/index.ts';

describe('layoutPartScores', () => {
	const layout = layoutPartScores(
		[
			{ label: 'Part1', score: 20, max: 20 },
			{ label: 'Part2', score: 13, max: 52, previous: 26 },
			{ label: 'Part3', score: -3, max: 28, previous: 40 },
		],
		400,
	);

	it('draws bars in proportion to full marks, none for a negative score', () => {
		expect(layout.rows.map((r) => r.barWidth)).toEqual([400, 100, 0]);
		expect(layout.rows.map((r) => r.percent)).toEqual([100, 25, 0]);
		// The value beside each bar is the island's word (selfCheck.partScore), no longer the layout's.
		const parts = [
			[20, 20],
			[13, 52],
			[-3, 28],
		];
		expect(parts.map(([score, max]) => t('selfCheck.partScore', 'ja', { score: score!, max: max! }))).toEqual(['20 / 20点', '13 / 52点', '-3 / 28点']);
	});

	it('marks the previous result, clamped to the track', () => {
		expect(layout.rows.map((r) => r.previousX)).toEqual([null, 200, 400]);
	});

	it('stacks rows without overlap and sizes the chart to fit them', () => {
		for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i]!.labelY).toBeGreaterThan(layout.rows[i - 1]!.barY + layout.rows[i - 1]!.barHeight);
		const last = layout.rows.at(-1)!;
		expect(layout.height).toBe(last.barY + last.barHeight);
	});
});
