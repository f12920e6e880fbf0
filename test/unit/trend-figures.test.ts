import { describe, expect, it } from 'vitest';
import { describeMoves, lastWindow, movesOver, newPerEdition, tenures } from '../../src/lib/content/trend-figures.ts';
import type { Edition, EditionList } from '../../src/schemas/edition.ts';

const source = [{ title: 't', publisher: 'p', date: '2020', url: 'https://example.org/' }];
const ranked = (...threats: string[]): EditionList => ({
	ranked: true,
	confidence: 'verified-2-sources',
	sources: source,
	entries: threats.map((t, i) => ({ rank: i + 1, threat: t.replace('*', ''), title: t, ...(t.endsWith('*') ? { new: true } : {}) })),
});
const unranked = (...threats: string[]): EditionList => ({
	...ranked(...threats),
	ranked: false,
	entries: threats.map((t) => ({ threat: t.replace('*', ''), title: t, ...(t.endsWith('*') ? { new: true } : {}) })),
});
// Fixture: four ranked organisation editions; the individual list loses its ranks in the last two.
const editions: Edition[] = [
	{ reviewed: '2026-01-01', edition: 2020, organization: ranked('a', 'b', 'c', 'd'), individual: ranked('x', 'y') },
	{ reviewed: '2026-01-01', edition: 2021, organization: ranked('b', 'a', 'c', 'e*'), individual: ranked('y', 'x') },
	{ reviewed: '2026-01-01', edition: 2022, organization: ranked('c', 'a', 'e', 'b'), individual: unranked('x', 'z*') },
	{ reviewed: '2026-01-01', edition: 2023, organization: ranked('e', 'c', 'b', 'f*'), individual: unranked('x', 'y') },
];

describe('movesOver', () => {
	it('compares the first and last of the last N ranked editions: biggest rise first, entries and exits apart', () => {
		expect(movesOver(editions, 'organization', 3)).toEqual({
			from: 2021,
			to: 2023,
			rose: [
				{ threat: 'e', from: 4, to: 1 },
				{ threat: 'c', from: 3, to: 2 },
			],
			fell: [{ threat: 'b', from: 1, to: 3 }],
			entered: ['f'],
			left: ['a'],
			splits: [],
		});
	});

	it('reports a threat split out of another inside the window as split, not as a newcomer', () => {
		const m = movesOver(editions, 'organization', 3, [{ threat: 'f', from: 'a', edition: 2023 }])!;
		expect([m.entered, m.left, m.splits.map((x) => x.threat)]).toEqual([[], [], ['f']]);
		expect(describeMoves(m, (id) => id.toUpperCase())).toContain('Fは、2023年版で「A」から分かれた脅威です。');
		expect(describeMoves(m, (id) => id.toUpperCase())).not.toContain('10位以内になく');
	});

	it('uses only ranked editions, so the individual list never gets a rank it did not have', () => {
		expect(lastWindow(editions, 'individual', 10)!.map((e) => e.edition)).toEqual([2020, 2021]);
		expect(movesOver(editions, 'individual', 3)!.rose).toEqual([{ threat: 'y', from: 2, to: 1 }]);
	});

	it('has no window with fewer than two ranked editions', () => {
		expect(movesOver(editions.slice(0, 1), 'organization', 3)).toBeNull();
	});
});

describe('newPerEdition and tenures', () => {
	it('counts the entries IPA marked new in each edition, ranked or not', () => {
		expect(newPerEdition(editions, 'organization').map((e) => [e.edition, e.threats])).toEqual([
			[2020, []],
			[2021, ['e']],
			[2022, []],
			[2023, ['f']],
		]);
		expect(newPerEdition(editions, 'individual').map((e) => e.threats.length)).toEqual([0, 0, 1, 0]);
	});

	it('gives each threat its editions in the ten and its current run, longest first (a current run breaks ties)', () => {
		expect(tenures(editions, 'organization')).toEqual([
			{ threat: 'b', editions: 4, streak: 4 },
			{ threat: 'c', editions: 4, streak: 4 },
			{ threat: 'e', editions: 3, streak: 3 },
			{ threat: 'a', editions: 3, streak: 0 },
			{ threat: 'f', editions: 1, streak: 1 },
			{ threat: 'd', editions: 1, streak: 0 },
		]);
		expect(tenures(editions, 'individual').find((t) => t.threat === 'y')).toEqual({ threat: 'y', editions: 3, streak: 1 });
	});
});

describe('describeMoves (presenter)', () => {
	it('names the biggest rises and falls with their ranks, and the newcomers', () => {
		expect(describeMoves(movesOver(editions, 'organization', 3)!, (id) => id.toUpperCase())).toBe(
			'2021年版から2023年版までで、大きく上がったのはE（4位→1位）、C（3位→2位）、大きく下がったのはB（1位→3位）です。2021年版の10位以内になく、2023年版で10位以内にあるのはFです。',
		);
	});
});
