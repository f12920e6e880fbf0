import { scaleLinear, scalePoint } from 'd3-scale';
import { symbol, symbolStar } from 'd3-shape';
import { bumpPath } from './svg-paths.ts';
import type { PointMark, ThreatSeries } from '../rank-series.ts';
import { t } from '../../i18n/index.ts';
import type { Locale } from '../routes.ts';
import { fitLabel, nudgeApart, round2, runsOf, type ChartSize, type Margin, type TextMark } from './types.ts';

/** How many ranks a 10大脅威 list has (rank 1 at the top of the chart, 10 at the bottom). */
export const RANKS = 10;

/** How many distinct line colours the chart palette has (--mm-chart-1 … --mm-chart-10). */
export const PALETTE_SIZE = 10;

/** Margins that leave room for rank ticks on the left, years below and end labels on the right. */
// The right margin fits an 18-character Japanese name at 12px (the longest current short titles).
export const BUMP_MARGIN: Margin = { top: 16, right: 232, bottom: 36, left: 44 };

/** Width of the phone layout's viewBox: drawn at about 343 CSS px on a 375 px screen, where its 13-unit text (ChartFigure) draws at 12 px or more. */
export const BUMP_NARROW_WIDTH = 360;

/** Phone layout margins: no end labels (a key under the chart names the lines), room below for slanted years and left for "10位" at 13 units. */
export const BUMP_NARROW_MARGIN: Margin = { top: 16, right: 14, bottom: 52, left: 46 };

/** Diamond marker for an entry split out of a combined threat (2019), centred on 0,0. */
export const SPLIT_MARKER_PATH = 'M0,-6L6,0L0,6L-6,0Z';

/** Square marker for an entry that absorbed other threats (2025), centred on 0,0. */
export const MERGE_MARKER_PATH = 'M-4.5,-4.5H4.5V4.5H-4.5Z';

/** Star marker for a newly selected (初選出) entry, centred on 0,0: draw it with translate(x, y). */
export const NEW_MARKER_PATH = symbol(symbolStar, 90).digits(2)()!;

/** Options for layoutBump. */
export interface BumpOptions extends ChartSize {
	/** Language of the rank ticks (default Japanese). */
	locale?: Locale;
	/** Space around the plot area; the right margin holds the end labels. */
	margin: Margin;
	/** Editions to include (default: every edition in the series). */
	years?: readonly number[];
	/** Display name per threat id (the catalog's short title). */
	labels: ReadonlyMap<string, string>;
	/** Font size the end labels are drawn at, used to fit and space them (default 12). */
	fontSize?: number;
	/** Smallest vertical distance between two end labels (default fontSize + 2). */
	labelGap?: number;
	/** Draw names right of the lines' ends (default true); the phone layout names them in a key instead. */
	endLabels?: boolean;
}

/** One ranked point of a threat's line. */
export interface BumpPoint {
	/** X position (the edition's column). */
	x: number;
	/** Y position (the rank's row). */
	y: number;
	/** Edition year. */
	edition: number;
	/** Rank 1–10. */
	rank: number;
	/** Marked new (初選出) by IPA that year. */
	new: boolean;
	/** Split, merge or return marker, when the point carries one. */
	mark: PointMark | null;
}

/** One threat's line: its path pieces, points and end label. */
export interface BumpThreat {
	/** Catalog id (used as data-threat). */
	threat: string;
	/** Full display name. */
	label: string;
	/** Palette slot 0–9 for threats in the last ranked edition (by rank there); null draws it in the muted colour. */
	colorIndex: number | null;
	/** One SVG path per run of consecutive ranked editions; a line breaks where the threat left the top ten. */
	paths: string[];
	/** Every ranked point, oldest first. */
	points: BumpPoint[];
	/** Label right of the last point, for threats in the last ranked edition (text may be shortened to fit). */
	endLabel: TextMark | null;
	/** Dashed joins from a combined predecessor's point to this threat's first point after a split (2018 → 2019). */
	joins: string[];
}

/** Everything a renderer needs to draw a bump chart: plain, serialisable, rounded to 2 dp. */
export interface BumpLayout extends ChartSize {
	/** Ranked editions shown, oldest first. */
	years: number[];
	/** Editions left out because the list had no ranks that year (say so in the caption). */
	unrankedYears: number[];
	/** Year labels centred in the bottom margin, one per shown edition. */
	xTicks: TextMark[];
	/** Rank labels left of the plot: '1位' … '10位'. */
	yTicks: TextMark[];
	/** Threats in paint order: muted lines first, then coloured ones with rank 1 of the last edition on top. */
	threats: BumpThreat[];
}

/**
 * Editions (among the wanted ones) present in the series, split into ranked and unranked.
 * Unranked = something is listed and nothing has a rank. An edition where none of the given threats
 * is listed stays on the axis, so a chart of a few threats keeps the years they were all out of the list.
 */
function splitYears(series: readonly ThreatSeries[], wanted?: readonly number[]) {
	const all = [...new Set(series.flatMap((s) => s.points.map((p) => p.edition)))].filter((y) => !wanted || wanted.includes(y)).sort((a, b) => a - b);
	const at = (y: number) => series.flatMap((s) => s.points.filter((p) => p.edition === y && p.listed));
	const unranked = (y: number) => at(y).length > 0 && at(y).every((p) => p.rank === null);
	return { years: all.filter((y) => !unranked(y)), unrankedYears: all.filter(unranked) };
}

/** Lay out a bump chart of ranks over editions: rank 1 at the top, one line per threat, broken where it left the list. */
export function layoutBump(series: readonly ThreatSeries[], opts: BumpOptions): BumpLayout {
	const { width, height, margin, labels, fontSize = 12 } = opts;
	const { years, unrankedYears } = splitYears(series, opts.years);
	const x = scalePoint<number>(years, [margin.left, width - margin.right]);
	const y = scaleLinear([1, RANKS], [margin.top, height - margin.bottom]);
	const place = (edition: number, rank: number) => ({ x: round2(x(edition)!), y: round2(y(rank)) });
	const threats = series.map((s) => lineOf(s, years, place, labels.get(s.threat) ?? s.threat));
	joinSplits(series, threats, years);
	const bounds: [number, number] = [margin.top, height - margin.bottom];
	if (opts.endLabels === false) threats.forEach((t) => (t.endLabel = null));
	else placeEndLabels(threats, width, fontSize, opts.labelGap ?? fontSize + 2, bounds);
	return {
		width,
		height,
		years,
		unrankedYears,
		xTicks: years.map((year) => ({
			x: round2(x(year)!),
			y: round2(height - margin.bottom / 2),
			text: String(year),
		})),
		yTicks: Array.from({ length: RANKS }, (_, i) => ({
			x: round2(margin.left - 10),
			y: round2(y(i + 1)),
			text: t('rank.place', opts.locale, { rank: i + 1 }),
		})),
		threats: threats.filter((t) => t.points.length > 0).sort((a, b) => (b.colorIndex ?? PALETTE_SIZE) - (a.colorIndex ?? PALETTE_SIZE)),
	};
}

/** One threat's points and path pieces over the shown editions; the end label text is filled in later. */
function lineOf(s: ThreatSeries, years: readonly number[], place: (edition: number, rank: number) => { x: number; y: number }, label: string): BumpThreat {
	const byYear = new Map(s.points.map((p) => [p.edition, p]));
	const slots = years.map((edition): BumpPoint | null => {
		const p = byYear.get(edition);
		if (!p || p.rank === null) return null;
		return { ...place(edition, p.rank), edition, rank: p.rank, new: p.new, mark: p.mark ?? null };
	});
	const runs = runsOf(slots, (p) => p !== null) as BumpPoint[][];
	const tail = slots.at(-1);
	return {
		threat: s.threat,
		label,
		colorIndex: tail ? (tail.rank - 1) % PALETTE_SIZE : null,
		paths: runs.map((run) => bumpPath(run)),
		points: runs.flat(),
		endLabel: tail ? { x: round2(tail.x + 10), y: tail.y, text: '' } : null,
		joins: [],
	};
}

/** Add a straight join from the predecessor's point in the previous shown edition to each split point (in place). */
function joinSplits(series: readonly ThreatSeries[], threats: BumpThreat[], years: readonly number[]): void {
	series.forEach((s, i) => {
		for (const p of s.points) {
			if (p.mark !== 'split' || !p.splitFrom) continue;
			const before = years[years.indexOf(p.edition) - 1];
			const from = threats.find((t) => t.threat === p.splitFrom)?.points.find((q) => q.edition === before);
			const to = threats[i]!.points.find((q) => q.edition === p.edition);
			if (from && to) threats[i]!.joins.push(`M${from.x},${from.y}L${to.x},${to.y}`);
		}
	});
}

/** Fit end label texts into the right margin and move overlapping ones apart vertically (in place). */
function placeEndLabels(threats: BumpThreat[], width: number, fontSize: number, gap: number, [min, max]: [number, number]): void {
	const labelled = threats.filter((t) => t.endLabel);
	const ys = nudgeApart(
		labelled.map((t) => t.endLabel!.y),
		gap,
		min,
		max,
	);
	labelled.forEach((t, i) => {
		const mark = t.endLabel!;
		t.endLabel = { x: mark.x, y: ys[i]!, text: fitLabel(t.label, width - mark.x - 2, fontSize) };
	});
}

/** One cell of the data table that sits beside a bump chart. */
export interface RankCell {
	/** Edition year (the column). */
	edition: number;
	/** Rank as text, '掲載' when listed in an unranked edition, '—' when not listed. */
	text: string;
	/** Marked new (初選出) that edition. */
	new: boolean;
}

/** Rows = threats (in series order), columns = every edition, including unranked ones. */
export interface RankTable {
	/** Column years, oldest first. */
	editions: number[];
	/** One row per threat. */
	rows: { threat: string; label: string; cells: RankCell[] }[];
}

/** Tabulate every threat's rank per edition for the table beside a chart (only `years`, when given). */
export function tabulateRanks(series: readonly ThreatSeries[], labels: ReadonlyMap<string, string>, years?: readonly number[], locale: Locale = 'ja'): RankTable {
	const editions = [...new Set(series.flatMap((s) => s.points.map((p) => p.edition)))].filter((y) => !years || years.includes(y)).sort((a, b) => a - b);
	const rows = series.map((s) => {
		const byYear = new Map(s.points.map((p) => [p.edition, p]));
		const cells = editions.map((edition) => {
			const p = byYear.get(edition);
			const text = !p?.listed ? '—' : p.rank === null ? t('rank.unrankedShort', locale) : String(p.rank);
			return { edition, text, new: !!p?.new };
		});
		return { threat: s.threat, label: labels.get(s.threat) ?? s.threat, cells };
	});
	// A threat never listed in the chosen editions has an all-dash row: leave it out.
	return { editions, rows: rows.filter((r) => r.cells.some((c) => c.text !== '—')) };
}

/** Name a set of edition years for captions: '2024〜2026年版' when consecutive, else '2019・2021年版'. */
export function formatEditionYears(years: readonly number[], locale: Locale = 'ja'): string {
	if (years.length === 0) return '';
	const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
	if (years.length > 2 && consecutive) return t('edition.rangeTilde', locale, { from: years[0]!, to: years.at(-1)! });
	return t(years.length > 1 ? 'edition.several' : 'edition.year', locale, { year: years.join(t('edition.joinDot', locale)) });
}
