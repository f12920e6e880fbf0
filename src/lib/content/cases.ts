import { formatPartialDate } from '../format.ts';

// Queries over incident cases (content/cases/). Pure: the pages pass in entries from astro:content.

/** The part of a case entry these queries read. */
export interface CaseLike {
	/** Entry id (the file name), which is also the URL slug. */
	id: string;
	data: {
		/** Partial ISO date ('2017', '2017-05', '2017-05-12'). */
		date: string;
		/** Catalog ids of the threats the case illustrates. */
		threats: readonly string[];
	};
}

/** The threats section's cases, under one threat. */
export interface ThreatCases<T> {
	/** Catalog id of the threat. */
	threat: string;
	/** Cases that illustrate it, newest first. */
	cases: T[];
}

/** When the case happened, as readers see it: the label the source's period needs, else the date in Japanese. */
export function formatCaseDate(data: { date: string; dateLabel?: string }): string {
	return data.dateLabel ?? formatPartialDate(data.date);
}

/** Cases newest first; partial dates compare as strings ('2017' before '2017-05'), ties by id. */
export function sortCases<T extends CaseLike>(cases: readonly T[]): T[] {
	return [...cases].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

/**
 * Group cases under each threat they name; a case with several threats appears in each group.
 * Groups with more cases come first; ties keep the order of `threatOrder`. Threats not in
 * `threatOrder` (unknown ids, which validation rejects) and threats without cases are left out.
 */
export function groupCasesByThreat<T extends CaseLike>(cases: readonly T[], threatOrder: readonly string[]): ThreatCases<T>[] {
	const sorted = sortCases(cases);
	return threatOrder
		.map((threat) => ({ threat, cases: sorted.filter((c) => c.data.threats.includes(threat)) }))
		.filter((g) => g.cases.length > 0)
		.map((g, i) => ({ g, i }))
		.sort((a, b) => b.g.cases.length - a.g.cases.length || a.i - b.i)
		.map(({ g }) => g);
}

/** The entries whose `number` is listed, in the order of `numbers`; numbers with no entry are skipped. */
export function pickByNumber<T extends { number: number }>(entries: readonly T[], numbers: readonly number[]): T[] {
	return numbers.flatMap((n) => entries.filter((e) => e.number === n).slice(0, 1));
}
