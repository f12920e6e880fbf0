import { SLOPE_MARGIN, layoutSlope } from '../charts/slope-layout.ts';
import { tabulateRanks } from '../charts/bump-layout.ts';
import { bumpFigureData, slopeFigureData, statFigureData, timelineEventsData, type FigureData } from '../charts/figure-data.ts';
import { CHART_WIDTH } from '../charts/types.ts';
import { comparePairs } from './compare.ts';
import { supplyChainDiagramData } from './supply-chain-diagram.ts';
import type { Edition } from '../../schemas/edition.ts';
import type { PolicyPage } from '../../schemas/article.ts';
import type { StatSection } from './stats.ts';
import { LIST_KINDS, LIST_LABELS, listLabel, seriesByThreat, splitsIn } from './rankings.ts';
import { trendStats } from './trend-figures.ts';

// Every chart figure's rows, for the CSV downloads (/data/figures/<file>.csv). Each entry calls the same
// builder, with the same input, as the component that draws the figure; test/build/charts.test.ts checks
// that every figure's CSV link serves exactly the rows of its table.

/** What the figures are drawn from, as the loaders in queries.ts return it. */
export interface FigureSources {
	/** Every edition, oldest first. */
	editions: readonly Edition[];
	/** Threat catalog titles by id. */
	labels: ReadonlyMap<string, string>;
	/** The /stats/ figure sets in page order. */
	stats: readonly StatSection[];
	/** The policy pages (the timeline page's events are a figure). */
	policyPages: readonly { data: PolicyPage }[];
	/** English names of the threats (issue 22), for the /en/threats/ charts. */
	titlesEn: ReadonlyMap<string, string>;
}

/** The data of every chart figure on the site, one entry per CSV file. */
export function figureFiles({ editions, labels, stats: statSections, policyPages, titlesEn }: FigureSources): FigureData[] {
	const bumps = LIST_KINDS.map((kind) => bumpFigureData(`10threats-${kind}`, tabulateRanks(seriesByThreat(editions, kind), labels)));
	const slopes = comparePairs(editions).map((p) => {
		const column = (year: number) => ({ edition: year, entries: editions.find((e) => e.edition === year)![p.list].entries });
		const layout = layoutSlope(column(p.a), column(p.b), { width: CHART_WIDTH, height: 380, margin: SLOPE_MARGIN, labels, splits: splitsIn(editions, p.list) });
		return slopeFigureData(`compare-${p.list}-${p.a}-${p.b}`, layout, p.a, p.b);
	});
	const stats = statSections.map((s) => statFigureData(`stat-${s.id}`, s.data));
	const timelines = policyPages.filter((p) => p.data.events).map((p) => timelineEventsData('policy-timeline', p.data.events!, p.data.sources));
	// the supply-chain diagram's facts are in its policy page's frontmatter.
	const diagrams = policyPages.flatMap((p) => (p.data.supplyChainDiagram ? [supplyChainDiagramData(p.data.supplyChainDiagram, 'supply-chain-diagram')] : []));
	const trends = LIST_KINDS.flatMap((kind) => trendStats(editions, kind, LIST_LABELS[kind], (id) => labels.get(id) ?? id)).map((t) => statFigureData(t.id, t.stat, t.labelHeader));
	// English edition (issue 22): the /en/threats/ charts, with English names and headers.
	const bumpsEn = LIST_KINDS.map((kind) => bumpFigureData(`10threats-${kind}-en`, tabulateRanks(seriesByThreat(editions, kind), titlesEn, undefined, 'en'), 'en'));
	// en-more2: the /en/ compare and trends charts (the same pairs and figures, English names and headers).
	const slopesEn = comparePairs(editions).map((p) => {
		const column = (year: number) => ({ edition: year, entries: editions.find((e) => e.edition === year)![p.list].entries });
		const layout = layoutSlope(column(p.a), column(p.b), { width: CHART_WIDTH, height: 380, margin: SLOPE_MARGIN, labels: titlesEn, splits: splitsIn(editions, p.list), locale: 'en' });
		return slopeFigureData(`compare-${p.list}-${p.a}-${p.b}-en`, layout, p.a, p.b, 'en');
	});
	const trendsEn = LIST_KINDS.flatMap((kind) => trendStats(editions, kind, listLabel(kind, 'en'), (id) => titlesEn.get(id) ?? id, 'en')).map((t) =>
		statFigureData(`${t.id}-en`, t.stat, t.labelHeader, 'en'),
	);
	return [...bumps, ...slopes, ...stats, ...timelines, ...diagrams, ...trends, ...bumpsEn, ...slopesEn, ...trendsEn];
}
