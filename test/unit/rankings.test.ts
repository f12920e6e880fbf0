import { describe, expect, it } from 'vitest';
import { comparePairs, defaultPair } from '../../src/lib/content/compare.ts';
import { routes } from '../../src/lib/routes.ts';
import {
	appearancesOf,
	changeOf,
	historyOf,
	mergesIn,
	splitsFrom,
	throughPredecessor,
	describeChange,
	formatChange,
	formatYears,
	listWithChanges,
	previousRankOf,
	seriesByThreat,
	titlesOf,
	type RankChange,
} from '../../src/lib/content/rankings.ts';
import type { Edition, EditionList } from '../../src/schemas/edition.ts';

const source = [{ title: 't', publisher: 'p', date: '2020', url: 'https://example.org/' }];
const ranked = (...threats: string[]): EditionList => ({
	ranked: true,
	confidence: 'verified-2-sources',
	sources: source,
	entries: threats.map((threat, i) => ({ rank: i + 1, threat, title: threat })),
});
const unranked = (...threats: string[]): EditionList => ({ ...ranked(...threats), ranked: false, entries: threats.map((threat) => ({ threat, title: threat })) });
const edition = (year: number, organization: EditionList, individual = unranked('x')): Edition => ({ reviewed: '2026-11-22', edition: year, organization, individual });

describe('changeOf', () => {
	const earlier = [
		{ edition: 2021, list: ranked('a', 'b', 'gone') },
		{ edition: 2022, list: ranked('a', 'b', 'c', 'd') },
	];
	const current = ranked('c', 'a', 'b', 'gone', 'fresh', 'renamed');
	current.entries[4]!.new = true;

	it.each<[string, number, RankChange]>([
		['a threat that rose', 0, { kind: 'up', by: 2, from: 3 }],
		['a threat that fell', 1, { kind: 'down', by: 1, from: 1 }],
		['a threat marked new by IPA', 4, { kind: 'new' }],
		['a threat back after an absence', 3, { kind: 'return', lastSeen: 2021 }],
		['a threat not in earlier lists and not marked new', 5, { kind: 'entered' }],
	])('reports %s', (_, i, expected) => {
		expect(changeOf(current.entries[i]!, current, earlier)).toEqual(expected);
	});

	it('reports the same rank as "same"', () => {
		const list = ranked('a', 'b');
		expect(changeOf(list.entries[1]!, list, earlier)).toEqual({ kind: 'same', from: 2 });
	});

	it('gives no numeric change when either list is unranked', () => {
		const list = unranked('b', 'a');
		expect(changeOf(list.entries[0]!, list, earlier)).toEqual({ kind: 'stayed' });
	});

	it('has nothing to compare for the first edition', () => {
		expect(changeOf(current.entries[0]!, current, [])).toEqual({ kind: 'none' });
	});
});

describe('listWithChanges', () => {
	const editions = [edition(2025, ranked('a', 'b')), edition(2024, ranked('b', 'a')), edition(2026, ranked('b', 'c'))];

	it('compares with the previous edition even when editions are given out of order', () => {
		expect(listWithChanges(editions, 2025, 'organization').map((e) => formatChange(e.change))).toEqual(['↑1', '↓1']);
	});

	it('labels changes for tables and for screen readers', () => {
		const [b, c] = listWithChanges(editions, 2026, 'organization');
		expect([formatChange(b!.change), describeChange(b!.change)]).toEqual(['↑1', '前回2位から1つ上昇']);
		expect([formatChange(c!.change), describeChange(c!.change)]).toEqual(['圏外から', '前回は10位以内になかった脅威']);
	});

	it('refuses a year that has no edition', () => {
		expect(() => listWithChanges(editions, 2019, 'organization')).toThrow('no 2019 edition');
	});
});

describe('seriesByThreat', () => {
	const editions = [edition(2022, ranked('a', 'b', 'gone')), edition(2023, ranked('b', 'a')), edition(2024, ranked('a', 'c'))];

	it('gives every threat a point per edition, with gaps where it was out of the list', () => {
		const gone = seriesByThreat(editions, 'organization').find((s) => s.threat === 'gone')!;
		expect(gone.points.map((p) => [p.edition, p.listed, p.rank])).toEqual([
			[2022, true, 3],
			[2023, false, null],
			[2024, false, null],
		]);
	});

	it('orders threats by their rank in the newest edition that lists them', () => {
		expect(seriesByThreat(editions, 'organization').map((s) => s.threat)).toEqual(['a', 'c', 'b', 'gone']);
	});

	it('marks a return after an absence, a split and a merge on the series points', () => {
		const later = ranked('b', 'gone', 'c');
		later.entries[0]!.mergedFrom = ['x'];
		later.entries[2]!.splitFrom = 'a';
		const marks = seriesByThreat([...editions, edition(2025, later)], 'organization').map((s) => [s.threat, s.points.map((p) => p.mark ?? '')]);
		expect(Object.fromEntries(marks)).toMatchObject({ b: ['', '', '', 'merge'], gone: ['', '', '', 'return'], c: ['', '', '', 'split'] });
	});

	it('keeps unranked lists as listed points without a rank', () => {
		const x = seriesByThreat(editions, 'individual')[0]!;
		expect(x.points.every((p) => p.listed && p.rank === null)).toBe(true);
	});
});

describe('previousRankOf', () => {
	it('prefers the previous rank the cited source prints, even outside the top ten', () => {
		const editions = [edition(2019, ranked('a')), edition(2020, ranked('b', 'a'))];
		editions[1]!.organization.entries[0]!.previousRank = 16;
		const [b, a] = listWithChanges(editions, 2020, 'organization');
		expect([previousRankOf(b!), previousRankOf(a!)]).toEqual([16, 1]);
	});
});

describe('appearances and titles', () => {
	const editions = [edition(2017, ranked('x', 'a')), edition(2016, ranked('a')), edition(2019, ranked('a')), edition(2020, ranked('b'), unranked('a'))];
	editions[2]!.organization.entries[0]!.title = 'a renamed';
	editions[3]!.individual.entries[0]!.title = 'a renamed';

	it('lists every edition and list that selected a threat, oldest first', () => {
		expect(appearancesOf(editions, 'a')).toEqual([
			{ edition: 2016, list: 'organization', rank: 1, title: 'a' },
			{ edition: 2017, list: 'organization', rank: 2, title: 'a' },
			{ edition: 2019, list: 'organization', rank: 1, title: 'a renamed' },
			{ edition: 2020, list: 'individual', rank: null, title: 'a renamed' },
		]);
	});

	it('collects each title a renamed threat carried with the editions that printed it', () => {
		expect(titlesOf(appearancesOf(editions, 'a'))).toEqual([
			{ title: 'a', editions: [2016, 2017] },
			{ title: 'a renamed', editions: [2019, 2020] },
		]);
	});

	it('writes runs of years as ranges', () => {
		expect(formatYears([2016, 2017, 2018, 2020, 2022, 2023])).toBe('2016–2018年版、2020年版、2022–2023年版');
		expect(formatYears([])).toBe('');
	});
});

describe('comparison pairs', () => {
	const editions = [edition(2023, ranked('a'), ranked('x')), edition(2024, ranked('a'), unranked('x')), edition(2025, ranked('a'), unranked('x'))];

	it('pairs every two ranked editions of a list and skips unranked ones', () => {
		expect(comparePairs(editions)).toEqual([
			{ list: 'organization', a: 2023, b: 2024 },
			{ list: 'organization', a: 2023, b: 2025 },
			{ list: 'organization', a: 2024, b: 2025 },
		]);
	});

	it('shows the two newest organisation editions by default, at a stable URL', () => {
		expect(routes.compare(defaultPair(editions))).toBe('/threats/compare/organization/2024/2025/');
	});
});

describe('mergesIn', () => {
	it('lists the threats an entry absorbed, with the edition and list', () => {
		const later = ranked('big');
		later.entries[0]!.mergedFrom = ['small'];
		expect(mergesIn([edition(2024, ranked('big', 'small')), edition(2025, later)])).toEqual([{ edition: 2025, list: 'organization', into: 'big', title: 'big', rank: 1, from: ['small'] }]);
	});
});

describe('the 2019 split and printed ranks outside the top ten (notes.md, 2026-12-05)', () => {
	// 2018: the combined item is #1; 2019: it is split into 'card' (counted through the combined item) and 'phish' (counted from 2019).
	const before = ranked('combined', 'other');
	const after = ranked('card', 'phish', 'other', 'late');
	after.entries[0]!.splitFrom = 'combined';
	after.entries[0]!.continuesPredecessor = true;
	after.entries[0]!.previousRank = 1;
	after.entries[1]!.splitFrom = 'combined';
	after.entries[3]!.previousRank = 12;
	const editions = [edition(2017, ranked('combined')), edition(2018, before), edition(2019, after)];

	it("reports a split item as split from the predecessor's rank, never as 圏外から", () => {
		const [card, phish, , late] = listWithChanges(editions, 2019, 'organization');
		expect(card!.change).toEqual({ kind: 'split', of: 'combined', edition: 2018, from: 1 });
		// Without a printed previous rank, the predecessor's rank in the previous edition is used.
		expect(phish!.change).toEqual({ kind: 'split', of: 'combined', edition: 2018, from: 1 });
		expect([formatChange(card!.change), describeChange(card!.change)]).toEqual(['1位から分割', '2018年版1位の脅威から分かれた脅威']);
		expect(previousRankOf(card!)).toBe(1);
		expect(late!.change).toEqual({ kind: 'outside', from: 12, to: 4 });
		expect(formatChange(late!.change)).toBe('12位→4位');
		expect(previousRankOf(late!)).toBe(12);
	});

	it('runs a history through the combined predecessor only where IPA counts its years', () => {
		expect(historyOf(editions, 'card').map((a) => [a.edition, a.rank, a.via])).toEqual([
			[2017, 1, 'combined'],
			[2018, 1, 'combined'],
			[2019, 1, undefined],
		]);
		expect(historyOf(editions, 'phish').map((a) => a.edition)).toEqual([2019]);
		// Only the list the split happened in: the combined item's years in the other list are not the split item's.
		const both = editions.map((e) => ({ ...e, individual: e.edition < 2019 ? ranked('combined') : ranked('y') }));
		expect(historyOf(both, 'card').every((a) => a.list === 'organization')).toBe(true);
		expect(splitsFrom(editions, 'combined').map((s) => s.into)).toEqual(['card', 'phish']);
	});

	it("takes the predecessor's points before the split for a continuing series", () => {
		const card = { threat: 'card', points: [2018, 2019].map((e) => ({ edition: e, listed: e === 2019, rank: e === 2019 ? 1 : null, title: null, new: false })) };
		const combined = { threat: 'combined', points: [2018, 2019].map((e) => ({ edition: e, listed: e === 2018, rank: e === 2018 ? 1 : null, title: 'c', new: false })) };
		expect(throughPredecessor(card, combined, 2019).points.map((p) => p.rank)).toEqual([1, 1]);
	});
});
