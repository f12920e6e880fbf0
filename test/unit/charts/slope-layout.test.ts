import { describe, expect, it } from 'vitest';
import { formatSlopeChange, layoutSlope, type SlopeColumn, type SlopeKind, type SlopeOptions } from '../../../src/lib/charts/slope-layout.ts';

// Columns at x = 200 and 440; ranks 10 apart from y = 40; names start 30.4 beyond each column.
const OPTS: SlopeOptions = {
	width: 640,
	height: 140,
	margin: { top: 40, right: 200, bottom: 10, left: 200 },
	labels: new Map([
		['a', 'ランサムウェア'],
		['b', '標的型攻撃'],
	]),
};
/** A ranked column from threat ids in rank order ('' leaves a rank empty); a trailing '*' marks new. */
const column = (edition: number, ...ids: string[]): SlopeColumn => ({
	edition,
	entries: ids.flatMap((id, i) => (id ? [{ threat: id.replace('*', ''), rank: i + 1, new: id.endsWith('*') }] : [])),
});

describe('layoutSlope', () => {
	it.each<[string, string, SlopeKind]>([
		['a threat that moved to a smaller rank number', 'c', 'up'],
		['a threat that moved to a larger rank number', 'a', 'down'],
		['a threat that kept its rank', 'b', 'same'],
		['a threat only in the newer edition', 'new', 'entered'],
		['a threat only in the older edition', 'gone', 'left'],
	])('classifies %s as %s', (_, threat, kind) => {
		const layout = layoutSlope(column(2025, 'a', 'b', 'c', 'gone'), column(2026, 'c', 'b', 'a', 'new*'), OPTS);
		expect(layout.lines.find((l) => l.threat === threat)!.kind).toBe(kind);
	});

	it('draws a threat in both editions from its old rank on the left to its new rank on the right, named on both sides', () => {
		const [line] = layoutSlope(column(2025, '', 'a'), column(2026, 'a'), OPTS).lines;
		expect(line).toEqual({
			threat: 'a',
			label: 'ランサムウェア',
			kind: 'up',
			new: false,
			from: { x: 200, y: 50, rank: 2 },
			to: { x: 440, y: 40, rank: 1 },
			leftLabel: { x: 169.6, y: 50, text: 'ランサムウェア' },
			rightLabel: { x: 470.4, y: 40, text: 'ランサムウェア' },
		});
	});

	it('gives a threat that entered or left a point and a name on its own side only', () => {
		const { lines } = layoutSlope(column(2025, 'b'), column(2026, '', '', 'a*'), OPTS);
		expect(lines.map((l) => [l.threat, l.kind, l.new, l.from, l.to, l.leftLabel?.text ?? null, l.rightLabel?.text ?? null])).toEqual([
			['a', 'entered', true, null, { x: 440, y: 60, rank: 3 }, null, 'ランサムウェア'],
			['b', 'left', false, { x: 200, y: 40, rank: 1 }, null, '標的型攻撃', null],
		]);
	});

	it('lists threats in the newer edition’s rank order, then those that left in the older order', () => {
		const layout = layoutSlope(column(2025, 'x', 'y', 'z', 'w'), column(2026, 'z', 'v', 'x'), OPTS);
		expect(layout.lines.map((l) => l.threat)).toEqual(['z', 'v', 'x', 'y', 'w']);
	});

	it('heads the columns with their editions and numbers the ranks beside each column', () => {
		const layout = layoutSlope(column(2025, 'a'), column(2026, 'a'), OPTS);
		expect(layout.columns).toEqual([
			{ x: 200, y: 16, text: '2025年版' },
			{ x: 440, y: 16, text: '2026年版' },
		]);
		expect([layout.ranks.left[0], layout.ranks.right[9]]).toEqual([
			{ x: 192, y: 40, text: '1' },
			{ x: 448, y: 130, text: '10' },
		]);
	});

	it('refuses an unranked list, because there is no rank to compare', () => {
		const unranked: SlopeColumn = { edition: 2026, entries: [{ threat: 'phishing' }] };
		expect(() => layoutSlope(column(2023, 'phishing'), unranked, OPTS)).toThrow('layoutSlope needs ranked lists: 2026 lists phishing without a rank');
	});

	it('returns no lines for two empty lists', () => {
		expect(layoutSlope(column(2025), column(2026), OPTS).lines).toEqual([]);
	});
});

describe('formatSlopeChange', () => {
	it('labels each movement for the table: steps up or down, same, newly selected, entered, left', () => {
		const { lines } = layoutSlope(column(2025, 'a', 'b', 'c', 'gone', '', 'back'), column(2026, 'c', 'b', 'new*', 'a', 'back', 'fresh'), OPTS);
		expect(lines.map((l) => [l.threat, formatSlopeChange(l)])).toEqual([
			['c', '↑2'],
			['b', '→'],
			['new', '初選出'],
			['a', '↓3'],
			['back', '↑1'],
			['fresh', '圏外から'],
			['gone', '圏外へ'],
		]);
	});
});

describe('layoutSlope with a split between the editions', () => {
	const a = column(2018, 'whole', 'x');
	const b = column(2019, 'card', 'x', '', '', '', '', 'bank');
	const splits = [
		{ threat: 'card', from: 'whole', edition: 2019 },
		{ threat: 'bank', from: 'whole', edition: 2019 },
	];

	it("draws each split-out threat from the combined threat's place, never as 圏外から", () => {
		const lines = layoutSlope(a, b, { ...OPTS, splits }).lines;
		const card = lines.find((l) => l.threat === 'card')!;
		expect([card.kind, card.from?.rank, card.to?.rank, card.leftLabel, formatSlopeChange(card)]).toEqual(['split', 1, 1, null, '1位の脅威から分割']);
		expect(lines.find((l) => l.threat === 'bank')!.from?.rank).toBe(1);
		expect(formatSlopeChange(lines.find((l) => l.threat === 'whole')!)).toBe('分割された');
	});

	it('ignores a split outside the compared editions', () => {
		const card = layoutSlope(a, b, { ...OPTS, splits: [{ threat: 'card', from: 'whole', edition: 2018 }] }).lines.find((l) => l.threat === 'card')!;
		expect(card.kind).toBe('entered');
	});

	it('leaves the left names out for the phone layout', () => {
		expect(layoutSlope(a, b, { ...OPTS, leftNames: false }).lines.every((l) => l.leftLabel === null)).toBe(true);
	});
});
