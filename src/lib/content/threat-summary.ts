import type { ThreatSeries } from './rankings.ts';

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

/** Editions as short Japanese text: consecutive runs joined, e.g. [2021, 2022, 2023, 2025] → '2021〜2023・2025年版'. */
export function formatEditionRuns(years: readonly number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < years.length; i++) {
		let j = i;
		while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
		parts.push(j > i ? `${years[i]}〜${years[j]}` : String(years[i]));
		i = j;
	}
	return parts.length ? `${parts.join('・')}年版` : '';
}

/** The presenter: one or two Japanese sentences for a summary, e.g. under a chart where the threat is highlighted. */
export function describeSummary(s: ThreatSummary, label: string, labelOf: (id: string) => string = (id) => id): string {
	if (s.first === null) return `${label}は、この一覧には選ばれていません。`;
	const firstRank = s.firstRank === null ? '' : `（${s.firstRank}位）`;
	const how = s.firstSplitFrom ? `「${labelOf(s.firstSplitFrom)}」から分かれて選ばれ` : s.firstNew ? '初めて選ばれ' : 'この一覧に入り';
	const firstText = `${s.first}年版で${how}${firstRank}`;
	const count = `${s.listed}回選ばれています`;
	let best = '';
	if (s.atTop.length) best = `1位は${formatEditionRuns(s.atTop)}の${s.atTop.length}回`;
	else if (s.best !== null) best = `最高は${formatEditionRuns(s.bestEditions)}の${s.best}位`;
	const first = `${label}は、${firstText}、これまでに${count}${best ? `。${best}です` : ''}。`;
	const parts: string[] = [];
	const m = s.biggestMove;
	if (m) parts.push(`最も大きな動きは${m.from}年版から${m.to}年版の${m.fromRank}位→${m.toRank}位（${m.fromRank > m.toRank ? '上昇' : '下降'}）`);
	const l = s.latest;
	parts.push(!l.listed ? `${l.edition}年版では選ばれていません` : l.rank === null ? `${l.edition}年版では順位なしで選ばれています` : `${l.edition}年版は${l.rank}位`);
	return `${first}${parts.join('で、')}。`;
}
