import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { RankPoint } from '../rank-series.ts';
import { RANKS } from './bump-layout.ts';
import { round2, runsOf, type ChartSize } from './types.ts';
import { t } from '../../i18n/index.ts';
import type { Locale } from '../routes.ts';

/** The part of a RankPoint a sparkline reads. */
export type SparkInput = Pick<RankPoint, 'edition' | 'listed' | 'rank' | 'new'>;

/** Options for layoutSparkline. */
export interface SparkOptions extends ChartSize {
	/** Space kept clear on every side so markers are not clipped (default 3). */
	inset?: number;
	/**
	 * Reserve the baseline row for listed-but-unranked editions (default: only when there is one).
	 * Set it for every sparkline of a page so their rank scales match.
	 */
	baseline?: boolean;
}

/** One listed edition in a sparkline. */
export interface SparkPoint {
	/** X position (the edition's column). */
	x: number;
	/** Y position: the rank's row, or the baseline row when unranked. */
	y: number;
	/** Edition year. */
	edition: number;
	/** Rank 1–10, or null when the edition's list has no ranks. */
	rank: number | null;
	/** Marked new (初選出) that edition. */
	new: boolean;
	/** Listed without a rank: draw a hollow marker on the baseline row. */
	unranked: boolean;
}

/** A tiny rank-over-editions line for one threat in one list. */
export interface SparkLayout extends ChartSize {
	/** One path per run of consecutive ranked editions (breaks where the threat was absent or unranked). */
	paths: string[];
	/** Every listed edition, oldest first; absent editions have no point. */
	points: SparkPoint[];
	/** Y of the row for listed-but-unranked editions, or null when none is reserved. */
	baselineY: number | null;
	/** Whether any point is listed without a rank (the legend needs the hollow-marker key). */
	hasUnranked: boolean;
}

/** Lay out a sparkline of one threat's rank over editions: rank 1 at the top, 10 at the bottom. */
export function layoutSparkline(points: readonly SparkInput[], opts: SparkOptions): SparkLayout {
	const { width, height, inset = 3 } = opts;
	const sorted = [...points].sort((p, q) => p.edition - q.edition);
	const hasUnranked = sorted.some((p) => p.listed && p.rank === null);
	const baseline = opts.baseline ?? hasUnranked;
	// The baseline row sits one and a half rank steps below rank 10, so it reads as a separate row.
	const bottom = baseline ? RANKS + 1.5 : RANKS;
	const x = scalePoint<number>(
		sorted.map((p) => p.edition),
		[inset, width - inset],
	);
	const y = scaleLinear([1, bottom], [inset, height - inset]);
	const slots = sorted.map((p): SparkPoint | null => {
		if (!p.listed) return null;
		const unranked = p.rank === null;
		return {
			x: round2(x(p.edition)!),
			y: round2(y(p.rank ?? bottom)),
			edition: p.edition,
			rank: p.rank,
			new: p.new,
			unranked,
		};
	});
	const path = line<SparkPoint>(
		(p) => p.x,
		(p) => p.y,
	).digits(2);
	return {
		width,
		height,
		paths: runsOf(slots, (p) => p !== null && !p.unranked).map((run) => path(run as SparkPoint[])!),
		points: slots.filter((p) => p !== null),
		baselineY: baseline ? round2(y(bottom)) : null,
		hasUnranked,
	};
}

/** Spell out a threat's ranks for screen readers: '2016年版 7位、2017年版 圏外、2024年版 掲載（順位なし）'. */
export function describeRanks(points: readonly SparkInput[], locale: Locale = 'ja'): string {
	const place = (p: SparkInput) =>
		!p.listed ? t('rank.notListed', locale) : p.rank === null ? t('rank.unranked', locale) : `${t('rank.place', locale, { rank: p.rank })}${p.new ? t('rank.newSuffix', locale) : ''}`;
	return [...points]
		.sort((p, q) => p.edition - q.edition)
		.map((p) => t('rank.editionPlace', locale, { edition: t('edition.year', locale, { year: p.edition }), place: place(p) }))
		.join(t('chart.listJoin', locale));
}
