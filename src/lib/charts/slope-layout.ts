import { scaleLinear } from 'd3-scale';
import { RANKS } from './bump-layout.ts';
import { fitLabel, round2, type ChartSize, type Margin, type TextMark } from './types.ts';
import { t } from '../../i18n/index.ts';
import type { Locale } from '../routes.ts';

/** Margins that leave room for threat names on both sides and the edition headings above. */
export const SLOPE_MARGIN: Margin = { top: 40, right: 256, bottom: 12, left: 256 };

/** One entry of a list, as in an edition file (EditionEntry fits). */
export interface SlopeEntry {
	/** Catalog id. */
	threat: string;
	/** Rank 1–10 (required: only ranked lists can be compared). */
	rank?: number;
	/** Marked new (初選出) that edition. */
	new?: boolean;
}

/** One edition of one list: a column of the slope chart. */
export interface SlopeColumn {
	/** Edition year. */
	edition: number;
	/** The list's entries. */
	entries: readonly SlopeEntry[];
}

/** Options for layoutSlope. */
export interface SlopeOptions extends ChartSize {
	/** Language of the edition headings (default Japanese). */
	locale?: Locale;
	/** Space around the two columns; left and right margins hold the names. */
	margin: Margin;
	/** Display name per threat id. */
	labels: ReadonlyMap<string, string>;
	/** Font size names are drawn at, used to fit them (default 12). */
	fontSize?: number;
	/** Splits between the two editions: a split-out threat is drawn from its predecessor's place, never as 圏外から. */
	splits?: readonly SlopeSplit[];
	/** Names left of column A (default true); the phone layout leaves them out and names only column B. */
	leftNames?: boolean;
}

/** Width of the phone layout's viewBox (drawn at about 343 CSS px on a 375 px screen). */
export const SLOPE_NARROW_WIDTH = 360;

/** Phone layout margins: rank numbers left of column A, names right of column B. */
export const SLOPE_NARROW_MARGIN: Margin = { top: 40, right: 236, bottom: 12, left: 34 };

/** How a threat moved from edition A to edition B ('up' = a smaller rank number, i.e. more serious). */
export type SlopeKind = 'up' | 'down' | 'same' | 'entered' | 'left' | 'split' | 'divided';

/** A threat split out of another in `edition` (2019: the combined card/banking item), from splitsOf(). */
export interface SlopeSplit {
	/** The threat split out. */
	threat: string;
	/** The combined threat it came from. */
	from: string;
	/** Edition of the split. */
	edition: number;
}

/** A threat's place in one column. */
export interface SlopeEnd {
	/** Column x. */
	x: number;
	/** Rank row y. */
	y: number;
	/** Rank 1–10. */
	rank: number;
}

/** One threat in a slope chart: a line when it is in both editions, a single point otherwise. */
export interface SlopeLine {
	/** Catalog id. */
	threat: string;
	/** Full display name. */
	label: string;
	/** Movement between the editions. */
	kind: SlopeKind;
	/** Marked new (初選出) in edition B. */
	new: boolean;
	/** Place in edition A, or null when only in B. */
	from: SlopeEnd | null;
	/** Place in edition B, or null when only in A. */
	to: SlopeEnd | null;
	/** Name left of column A (text-anchor end), when in A. */
	leftLabel: TextMark | null;
	/** Name right of column B (text-anchor start), when in B. */
	rightLabel: TextMark | null;
}

/** Everything a renderer needs to draw a slope chart. */
export interface SlopeLayout extends ChartSize {
	/** Edition headings above the columns (text-anchor middle). */
	columns: [TextMark, TextMark];
	/** Rank numbers beside column A (anchor end) and column B (anchor start). */
	ranks: { left: TextMark[]; right: TextMark[] };
	/** Threats in B's rank order, then those that left, in A's rank order. */
	lines: SlopeLine[];
}

/** Rank of every entry by threat id; throws on an unranked entry, since an unranked list has nothing to compare. */
function ranksOf(column: SlopeColumn): Map<string, SlopeEntry & { rank: number }> {
	return new Map(
		column.entries.map((e) => {
			if (e.rank === undefined) throw new Error(`layoutSlope needs ranked lists: ${column.edition} lists ${e.threat} without a rank`);
			return [e.threat, { ...e, rank: e.rank }];
		}),
	);
}

/** How a threat moved, from its ranks in A and B (undefined = not in that list). */
function kindOf(from: number | undefined, to: number | undefined): SlopeKind {
	if (from === undefined) return 'entered';
	if (to === undefined) return 'left';
	return to < from ? 'up' : to > from ? 'down' : 'same';
}

/** Threat ids in B's rank order, then those only in A, in A's rank order. */
function orderOf(left: Map<string, { rank: number }>, right: Map<string, { rank: number }>): string[] {
	const byRank = (m: Map<string, { rank: number }>) => [...m].sort(([, p], [, q]) => p.rank - q.rank).map(([id]) => id);
	return [...byRank(right), ...byRank(left).filter((id) => !right.has(id))];
}

// Rank numbers sit TICK units beside each column; names sit beyond them.
const TICK = 8;

/** Lay out a slope chart comparing two editions of one list: A on the left, B on the right. */
export function layoutSlope(a: SlopeColumn, b: SlopeColumn, opts: SlopeOptions): SlopeLayout {
	const { width, height, margin, labels, fontSize = 12 } = opts;
	const [left, right] = [ranksOf(a), ranksOf(b)];
	const [xa, xb] = [margin.left, width - margin.right];
	const y = scaleLinear([1, RANKS], [margin.top, height - margin.bottom]);
	const gap = TICK + fontSize * 1.2 + 8;
	const at = (x: number, rank: number) => ({ x: round2(x), y: round2(y(rank)) });
	const name = (label: string, x: number, rank: number, room: number): TextMark => ({
		...at(x, rank),
		text: fitLabel(label, room, fontSize),
	});
	const lines = orderOf(left, right).map((threat): SlopeLine => {
		const within = (opts.splits ?? []).filter((x) => a.edition < x.edition && x.edition <= b.edition);
		const split = right.has(threat) && !left.has(threat) ? within.find((x) => x.threat === threat && left.has(x.from)) : undefined;
		const [from, to] = [left.get(split?.from ?? threat), right.get(threat)];
		const label = labels.get(threat) ?? threat;
		const divided = from && !to && within.some((x) => x.from === threat);
		return {
			threat,
			label,
			kind: split ? 'split' : divided ? 'divided' : kindOf(from?.rank, to?.rank),
			new: !!to?.new,
			from: from ? { ...at(xa, from.rank), rank: from.rank } : null,
			to: to ? { ...at(xb, to.rank), rank: to.rank } : null,
			leftLabel: from && !split && opts.leftNames !== false ? name(label, xa - gap, from.rank, xa - gap - 2) : null,
			rightLabel: to ? name(label, xb + gap, to.rank, width - xb - gap - 2) : null,
		};
	});
	const ticks = (x: number) => Array.from({ length: RANKS }, (_, i) => ({ ...at(x, i + 1), text: String(i + 1) }));
	const heading = (x: number, edition: number) => ({
		x: round2(x),
		y: round2(margin.top - 24),
		text: t('edition.year', opts.locale, { year: edition }),
	});
	return {
		width,
		height,
		columns: [heading(xa, a.edition), heading(xb, b.edition)],
		ranks: { left: ticks(xa - TICK), right: ticks(xb + TICK) },
		lines,
	};
}

/** Short label for a line's movement, as in the table beside the chart: '↑2', '↓1', '→', '初選出', '圏外から', '圏外へ'. */
export function formatSlopeChange(line: Pick<SlopeLine, 'kind' | 'new' | 'from' | 'to'>, locale: Locale = 'ja'): string {
	const by = line.from && line.to ? Math.abs(line.from.rank - line.to.rank) : 0;
	switch (line.kind) {
		case 'up':
			return `↑${by}`;
		case 'down':
			return `↓${by}`;
		case 'same':
			return '→';
		case 'entered':
			return line.new ? t('slope.new', locale) : t('rank.entered', locale);
		case 'left':
			return t('slope.left', locale);
		case 'split':
			return t('slope.split', locale, { rank: String(line.from?.rank) });
		case 'divided':
			return t('slope.divided', locale);
	}
}
