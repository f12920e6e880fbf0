import type { ThreatSeries } from './rankings.ts';
import { t, type UiKey } from '../../i18n/index.ts';
import type { Locale } from '../routes.ts';

// What one threat did across the editions of one list, as data: the sentences under a chart are
// written from this by describeSummary(), never by hand, so they cannot drift from the rankings.

/** The largest rank change between two consecutive ranked editions that both list the threat. */
export interface Move {
	/** Earlier edition. */
	from: number;
	/** Later edition. */
	to: number;
	/** Rank in the earlier edition. */
	fromRank: number;
	/** Rank in the later edition. */
	toRank: number;
}

/** One threat's record in one list. */
export interface ThreatSummary {
	/** Catalog id. */
	threat: string;
	/** First edition that lists it (null: never listed in these editions). */
	first: number | null;
	/** Rank in that first edition (null in an unranked list). */
	firstRank: number | null;
	/** Marked new (初選出) by IPA in its first edition here. */
	firstNew: boolean;
	/** The combined threat it was split out of in its first edition here (2019), else null: never an arrival from outside. */
	firstSplitFrom: string | null;
	/** Best (smallest) rank, null when it was never ranked. */
	best: number | null;
	/** Editions at that best rank, oldest first. */
	bestEditions: number[];
	/** Editions at number 1, oldest first. */
	atTop: number[];
	/** How many editions list it (ranked or not). */
	listed: number;
	/** Largest move between consecutive ranked editions (ties: the latest), null when there is none. */
	biggestMove: Move | null;
	/** The newest edition of the series and the threat's place in it. */
	latest: { edition: number; listed: boolean; rank: number | null };
}

/** Summarise one threat's series (points oldest first; an unranked edition has rank null and is never given a rank). */
export function summarizeSeries(series: ThreatSeries): ThreatSummary {
	const listed = series.points.filter((p) => p.listed);
	const ranked = listed.filter((p) => p.rank !== null) as ((typeof listed)[number] & { rank: number })[];
	const best = ranked.length ? Math.min(...ranked.map((p) => p.rank)) : null;
	let biggestMove: Move | null = null;
	series.points.forEach((p, i) => {
		const q = series.points[i - 1];
		if (!q || q.rank === null || p.rank === null) return;
		const by = Math.abs(q.rank - p.rank);
		if (by > 0 && (!biggestMove || by >= Math.abs(biggestMove.fromRank - biggestMove.toRank))) biggestMove = { from: q.edition, to: p.edition, fromRank: q.rank, toRank: p.rank };
	});
	const last = series.points.at(-1);
	return {
		threat: series.threat,
		first: listed[0]?.edition ?? null,
		firstRank: listed[0]?.rank ?? null,
		firstNew: !!listed[0]?.new,
		firstSplitFrom: listed[0]?.splitFrom ?? null,
		best,
		bestEditions: ranked.filter((p) => p.rank === best).map((p) => p.edition),
		atTop: ranked.filter((p) => p.rank === 1).map((p) => p.edition),
		listed: listed.length,
		biggestMove,
		latest: { edition: last?.edition ?? 0, listed: !!last?.listed, rank: last?.rank ?? null },
	};
}

/** Editions as short text: consecutive runs joined, e.g. [2021, 2022, 2023, 2025] → '2021〜2023・2025年版' ('2021–2023, 2025 editions'). */
export function formatEditionRuns(years: readonly number[], locale: Locale = 'ja'): string {
	const parts: string[] = [];
	for (let i = 0; i < years.length; i++) {
		let j = i;
		while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
		parts.push(j > i ? `${years[i]}${t('summary.rangeSep', locale)}${years[j]}` : String(years[i]));
		i = j;
	}
	if (parts.length === 1 && years.length === 1) return t('edition.year', locale, { year: parts[0]! });
	return parts.length ? t('summary.runs', locale, { runs: parts.join(t('edition.joinDot', locale)) }) : '';
}

// English sentences start with a capital; Japanese has none, so this leaves it as it is.
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The presenter: one or two sentences for a summary, e.g. under a chart where the threat is highlighted. */
export function describeSummary(s: ThreatSummary, label: string, labelOf: (id: string) => string = (id) => id, locale: Locale = 'ja'): string {
	const w = (key: UiKey, vars?: Readonly<Record<string, string | number>>) => t(key, locale, vars);
	if (s.first === null) return w('summary.never', { label });
	const firstRank = s.firstRank === null ? '' : w('summary.firstRank', { rank: s.firstRank });
	const how = s.firstSplitFrom ? w('summary.howSplit', { from: labelOf(s.firstSplitFrom) }) : s.firstNew ? w('summary.howNew') : w('summary.howEntered');
	const firstText = w('summary.first', { edition: s.first, how, rank: firstRank });
	// 'once' and 'twice' in English; the Japanese count words are the number itself ('1回').
	const times = (n: number) => (n === 1 ? w('summary.once') : n === 2 ? w('summary.twice') : w('summary.times', { count: n }));
	const count = w('summary.count', { count: times(s.listed) });
	let best = '';
	if (s.atTop.length) best = w('summary.top', { editions: formatEditionRuns(s.atTop, locale), count: times(s.atTop.length) });
	else if (s.best !== null) best = w('summary.best', { editions: formatEditionRuns(s.bestEditions, locale), rank: s.best });
	const first = `${w('summary.lead', { label, first: firstText, count })}${best ? w('summary.bestSentence', { best }) : ''}${w('summary.end')}`;
	const parts: string[] = [];
	const m = s.biggestMove;
	if (m) parts.push(w('summary.move', { from: m.from, to: m.to, fromRank: m.fromRank, toRank: m.toRank, dir: m.fromRank > m.toRank ? w('summary.up') : w('summary.down') }));
	const l = s.latest;
	parts.push(
		!l.listed ? w('summary.latestOut', { edition: l.edition }) : l.rank === null ? w('summary.latestUnranked', { edition: l.edition }) : w('summary.latestRank', { edition: l.edition, rank: l.rank }),
	);
	return `${first}${capital(parts.join(w('summary.join')))}${w('summary.end')}`.trimEnd();
}
