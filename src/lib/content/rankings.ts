import type { Edition, EditionEntry, EditionList, ListKind } from '../../schemas/edition.ts';
import { t } from '../../i18n/index.ts';
import type { Locale } from '../routes.ts';
import { LIST_KINDS } from '../../vocab/threat-lists.ts';
import type { PointMark, RankPoint, ThreatSeries } from '../rank-series.ts';

/** The two lists in the order pages show them. */
export { LIST_KINDS } from '../../vocab/threat-lists.ts';

/** Japanese name of each list, as used in captions ('組織', '個人'). */
export const LIST_LABELS: Readonly<Record<ListKind, string>> = { organization: t('list.organization'), individual: t('list.individual') };

/** Name of a list in a locale: '組織' / 'Organizations'. */
export function listLabel(kind: ListKind, locale: Locale = 'ja'): string {
	return t(`list.${kind}`, locale);
}

/** How an entry moved against the previous edition of the same list. */
export type RankChange =
	| { kind: 'up' | 'down'; by: number; from: number }
	| { kind: 'same'; from: number }
	/** Marked new by IPA (初選出). */
	| { kind: 'new' }
	/** Split out of a threat of the previous edition (2019: the combined card/banking item), which stood at rank `from` (null if unranked). */
	| { kind: 'split'; of: string; edition: number; from: number | null }
	/** Outside the top 10 last time, at the rank the source prints (e.g. 12位→10位). */
	| { kind: 'outside'; from: number; to: number | null }
	/** In the list again after one or more editions outside it. */
	| { kind: 'return'; lastSeen: number }
	/** Not in the previous list and not marked new (e.g. a reworded or merged threat). */
	| { kind: 'entered' }
	/** Was in the previous list, but one of the two lists is unranked. */
	| { kind: 'stayed' }
	/** No previous edition to compare with. */
	| { kind: 'none' };

/** An edition entry with its change against the previous edition. */
export interface RankedEntry extends EditionEntry {
	/** Change against the previous edition of the same list. */
	change: RankChange;
}

/** Sort editions oldest first (a copy; the input is not changed). */
export function sortEditions<T extends Pick<Edition, 'edition'>>(editions: readonly T[]): T[] {
	return [...editions].sort((a, b) => a.edition - b.edition);
}

/** Compare one entry with the editions before it, newest last. */
export function changeOf(entry: EditionEntry, list: EditionList, earlier: readonly { edition: number; list: EditionList }[]): RankChange {
	const previous = earlier.at(-1);
	if (!previous) return { kind: 'none' };
	if (entry.splitFrom) {
		const whole = previous.list.entries.find((e) => e.threat === entry.splitFrom);
		return { kind: 'split', of: entry.splitFrom, edition: previous.edition, from: entry.previousRank ?? whole?.rank ?? null };
	}
	const before = previous.list.entries.find((e) => e.threat === entry.threat);
	if (before) {
		if (!list.ranked || !previous.list.ranked || before.rank === undefined || entry.rank === undefined) return { kind: 'stayed' };
		const by = before.rank - entry.rank;
		return by === 0 ? { kind: 'same', from: before.rank } : { kind: by > 0 ? 'up' : 'down', by: Math.abs(by), from: before.rank };
	}
	if (entry.new) return { kind: 'new' };
	// A printed previous rank below 10 is a fact: show it rather than 「圏外から」 (notes.md, 2026-12-05).
	if (entry.previousRank && entry.previousRank > 10) return { kind: 'outside', from: entry.previousRank, to: entry.rank ?? null };
	const lastSeen = [...earlier].reverse().find((e) => e.list.entries.some((x) => x.threat === entry.threat));
	return lastSeen ? { kind: 'return', lastSeen: lastSeen.edition } : { kind: 'entered' };
}

/** One list of one edition with every entry's change against the previous edition. */
export function listWithChanges(editions: readonly Edition[], year: number, kind: ListKind): RankedEntry[] {
	const sorted = sortEditions(editions);
	const index = sorted.findIndex((e) => e.edition === year);
	if (index < 0) throw new Error(`no ${year} edition`);
	const list = sorted[index]![kind];
	const earlier = sorted.slice(0, index).map((e) => ({ edition: e.edition, list: e[kind] }));
	return list.entries.map((entry) => ({ ...entry, change: changeOf(entry, list, earlier) }));
}

/** Short Japanese label for a change, as shown in tables (↑2, ↓1, →, NEW, 再登場). */
export function formatChange(change: RankChange, locale: Locale = 'ja'): string {
	switch (change.kind) {
		case 'up':
			return `↑${change.by}`;
		case 'down':
			return `↓${change.by}`;
		case 'same':
			return '→';
		case 'new':
			return 'NEW';
		case 'split':
			return change.from === null ? t('rank.split', locale) : t('rank.splitFrom', locale, { from: change.from });
		case 'outside':
			return change.to === null ? t('rank.outsidePrev', locale, { from: change.from }) : t('rank.outsideMove', locale, { from: change.from, to: change.to });
		case 'return':
			return t('rank.return', locale, { year: change.lastSeen });
		case 'entered':
			return t('rank.entered', locale);
		case 'stayed':
			return t('rank.stayed', locale);
		case 'none':
			return '';
	}
}

/** Sentence for screen readers and the table's full description of a change. */
export function describeChange(change: RankChange, locale: Locale = 'ja'): string {
	switch (change.kind) {
		case 'up':
			return t('rank.describe.up', locale, { from: change.from, by: change.by });
		case 'down':
			return t('rank.describe.down', locale, { from: change.from, by: change.by });
		case 'same':
			return t('rank.describe.same', locale, { from: change.from });
		case 'new':
			return t('rank.describe.new', locale);
		case 'split':
			return change.from === null ? t('rank.describe.split', locale, { edition: change.edition }) : t('rank.describe.splitRanked', locale, { edition: change.edition, from: change.from });
		case 'outside':
			return change.to === null ? t('rank.describe.outside', locale, { from: change.from }) : t('rank.describe.outsideNow', locale, { from: change.from, to: change.to });
		case 'return':
			return t('rank.describe.return', locale, { year: change.lastSeen });
		case 'entered':
			return t('rank.describe.entered', locale);
		case 'stayed':
			return t('rank.describe.stayed', locale);
		case 'none':
			return t('rank.describe.none', locale);
	}
}

export type { ThreatSeries } from '../rank-series.ts';

/**
 * Every threat that ever appeared in one list, with a point per edition.
 * Ordered by rank in the newest edition that lists it, newest editions first, so current threats lead.
 */
export function seriesByThreat(editions: readonly Edition[], kind: ListKind): ThreatSeries[] {
	const sorted = sortEditions(editions);
	const ids = [...new Set(sorted.flatMap((e) => e[kind].entries.map((x) => x.threat)))];
	const series = ids.map((threat) => ({
		threat,
		points: sorted.map((e, i) => {
			const entry = e[kind].entries.find((x) => x.threat === threat);
			const point: RankPoint = { edition: e.edition, listed: !!entry, rank: entry?.rank ?? null, title: entry?.title ?? null, new: !!entry?.new };
			const mark =
				entry &&
				markOf(
					entry,
					threat,
					sorted.slice(0, i).map((x) => x[kind]),
				);
			if (!mark) return point;
			return entry?.splitFrom ? { ...point, mark, splitFrom: entry.splitFrom } : { ...point, mark };
		}),
	}));
	// Sort key: last edition listed (newest first), then rank there (unranked after ranked), then id.
	const key = (s: ThreatSeries) => {
		const last = s.points.findLast((p) => p.listed)!;
		return [-last.edition, last.rank ?? 99, s.threat] as const;
	};
	return series.sort((a, b) => {
		const [ka, kb] = [key(a), key(b)];
		return ka[0] - kb[0] || ka[1] - kb[1] || ka[2].localeCompare(kb[2]);
	});
}

/** The marker for an entry given the lists before it (oldest first): split, merge, or return after an absence. */
function markOf(entry: EditionEntry, threat: string, earlier: readonly EditionList[]): PointMark | undefined {
	if (entry.splitFrom) return 'split';
	if (entry.mergedFrom) return 'merge';
	const inList = (l: EditionList) => l.entries.some((x) => x.threat === threat);
	if (earlier.length && !inList(earlier.at(-1)!) && earlier.some(inList)) return 'return';
	return undefined;
}

/** The previous edition's rank of an entry: as the cited source prints it when it does, else from the previous edition. */
export function previousRankOf(entry: RankedEntry): number | null {
	if (entry.previousRank !== undefined) return entry.previousRank;
	const c = entry.change;
	return c.kind === 'up' || c.kind === 'down' || c.kind === 'same' || c.kind === 'split' || c.kind === 'outside' ? c.from : null;
}

/** One appearance of a threat: an edition and list where it was selected. */
export interface Appearance {
	/** Edition year. */
	edition: number;
	/** Which list. */
	list: ListKind;
	/** Rank, or null in an unranked list. */
	rank: number | null;
	/** Title as printed (null where unverified). */
	title: string | null;
}

/** Every edition and list in which a threat was selected, oldest first, organisation list first within an edition. */
export function appearancesOf(editions: readonly Edition[], threat: string): Appearance[] {
	return sortEditions(editions).flatMap((e) =>
		LIST_KINDS.flatMap((list) => {
			const entry = e[list].entries.find((x) => x.threat === threat);
			return entry ? [{ edition: e.edition, list, rank: entry.rank ?? null, title: entry.title }] : [];
		}),
	);
}

/** A title a threat carried, with the editions that printed it. */
export interface TitleRun {
	/** Title as printed. */
	title: string;
	/** Edition years that printed it, in either list, oldest first. */
	editions: number[];
}

/** The distinct titles a threat has carried, in order of first use (unverified titles left out). */
export function titlesOf(appearances: readonly Appearance[]): TitleRun[] {
	const runs: TitleRun[] = [];
	for (const a of appearances) {
		if (a.title === null) continue;
		const run = runs.find((r) => r.title === a.title);
		if (!run) runs.push({ title: a.title, editions: [a.edition] });
		else if (!run.editions.includes(a.edition)) run.editions.push(a.edition);
	}
	return runs;
}

/** Compress years into ranges for reading: [2016, 2017, 2018, 2020] → '2016–2018年版、2020年版'. */
export function formatYears(years: readonly number[], locale: Locale = 'ja'): string {
	const parts: string[] = [];
	for (let i = 0; i < years.length; i++) {
		let j = i;
		while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
		parts.push(j > i ? t('edition.range', locale, { from: years[i]!, to: years[j]! }) : t('edition.year', locale, { year: years[i]! }));
		i = j;
	}
	return parts.join(t('edition.join', locale));
}

/** A threat IPA folded into another one in a later edition. */
export interface Merge {
	/** Edition that merged them. */
	edition: number;
	/** Which list. */
	list: ListKind;
	/** The entry that absorbed the other threats. */
	into: string;
	/** Its title that year. */
	title: string | null;
	/** Its rank that year (null in an unranked list). */
	rank: number | null;
	/** The threats it absorbed. */
	from: string[];
}

/** Every merge recorded in the editions (entries with mergedFrom), oldest first. */
export function mergesIn(editions: readonly Edition[]): Merge[] {
	return sortEditions(editions).flatMap((e) =>
		LIST_KINDS.flatMap((list) => e[list].entries.filter((x) => x.mergedFrom).map((x) => ({ edition: e.edition, list, into: x.threat, title: x.title, rank: x.rank ?? null, from: x.mergedFrom! }))),
	);
}

/** An appearance in a threat's history: its own, or its predecessor's before a split (`via` names the predecessor). */
export interface HistoryRow extends Appearance {
	/** The combined threat this one was split out of, for the years before the split; absent for its own years. */
	via?: string;
}

/** Where a threat was split out of another: the predecessor and the edition of the split. */
export interface Split {
	/** Edition of the split. */
	edition: number;
	/** Which list. */
	list: ListKind;
	/** The threat of the previous edition it came from. */
	from: string;
	/** Whether IPA's counters count the predecessor's years for it (its history runs through them). */
	continues: boolean;
}

/** The splits a threat came out of (at most one per list), oldest first. */
export function splitsOf(editions: readonly Edition[], threat: string): Split[] {
	return sortEditions(editions).flatMap((e) =>
		LIST_KINDS.flatMap((list) => {
			const entry = e[list].entries.find((x) => x.threat === threat && x.splitFrom);
			return entry ? [{ edition: e.edition, list, from: entry.splitFrom!, continues: !!entry.continuesPredecessor }] : [];
		}),
	);
}

/**
 * A threat's history as IPA counts it: its own appearances plus, where it continues a combined predecessor
 * (credit-card and internet-banking fraud, split in 2019), the predecessor's appearances before the split in
 * the same list (IPA's counters count the individual list's years only).
 */
export function historyOf(editions: readonly Edition[], threat: string): HistoryRow[] {
	const own: HistoryRow[] = appearancesOf(editions, threat);
	const inherited = splitsOf(editions, threat)
		.filter((s) => s.continues)
		.flatMap((s) =>
			appearancesOf(editions, s.from)
				.filter((a) => a.edition < s.edition && a.list === s.list)
				.map((a) => ({ ...a, via: s.from })),
		);
	const order = (a: HistoryRow) => a.edition * 2 + LIST_KINDS.indexOf(a.list);
	return [...inherited, ...own].sort((a, b) => order(a) - order(b));
}

/** Splits in the editions (entries with splitFrom), for the page of the combined threat: which threats came out of it. */
export function splitsFrom(editions: readonly Edition[], threat: string): (Split & { into: string })[] {
	return sortEditions(editions).flatMap((e) =>
		LIST_KINDS.flatMap((list) => e[list].entries.filter((x) => x.splitFrom === threat).map((x) => ({ edition: e.edition, list, from: threat, continues: !!x.continuesPredecessor, into: x.threat }))),
	);
}

/** A series whose points before `edition` are taken from its predecessor's (a history that runs through a split). */
export function throughPredecessor(series: ThreatSeries, predecessor: ThreatSeries | undefined, edition: number): ThreatSeries {
	if (!predecessor) return series;
	const before = new Map(predecessor.points.filter((p) => p.edition < edition).map((p) => [p.edition, p]));
	return { threat: series.threat, points: series.points.map((p) => before.get(p.edition) ?? p) };
}

/** Every split recorded in one list (entries with splitFrom), oldest first: for charts that compare two editions. */
export function splitsIn(editions: readonly Edition[], list: ListKind): { threat: string; from: string; edition: number }[] {
	return sortEditions(editions).flatMap((e) => e[list].entries.filter((x) => x.splitFrom).map((x) => ({ threat: x.threat, from: x.splitFrom!, edition: e.edition })));
}
