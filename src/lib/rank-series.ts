// The shape of a threat's rank history: src/lib/content/rankings.ts computes it from the editions and
// the chart layouts in src/lib/charts/ draw it, so both import it from here rather than each other.

/** A threat's place in one edition of one list. */
export interface RankPoint {
	/** Edition year. */
	edition: number;
	/** Whether the threat is in that edition's list at all. */
	listed: boolean;
	/** Rank, or null when not listed or when the list is unranked. */
	rank: number | null;
	/** Title as printed that year (null when not listed or unverified). */
	title: string | null;
	/** Marked new by IPA that year. */
	new: boolean;
	/** What else a chart marks on this point: split out of a combined threat, an entry that absorbed others, back after an absence. */
	mark?: PointMark;
	/** With mark 'split': the threat of the previous edition it was split out of. */
	splitFrom?: string;
}

/** A marker beside 'new' that a chart draws on a point (each explained in the chart's legend). */
export type PointMark = 'split' | 'merge' | 'return';

/** One threat's history in one list: a point for every edition, oldest first. */
export interface ThreatSeries {
	/** Catalog id. */
	threat: string;
	/** One point per edition, in edition order. */
	points: RankPoint[];
}
