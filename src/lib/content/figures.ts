import { SLOPE_MARGIN, layoutSlope } from '../charts/slope-layout.ts';
import { tabulateRanks } from '../charts/bump-layout.ts';
import { bumpFigureData, slopeFigureData, statFigureData, timelineEventsData, type FigureData } from '../charts/figure-data.ts';
import { CHART_WIDTH } from '../charts/types.ts';
import { comparePairs } from './compare.ts';
import { supplyChainDiagramData } from './supply-chain-diagram.ts';
import { getEditions, getPolicyPages, getStats, getThreatTitles } from './queries.ts';
import { LIST_KINDS, LIST_LABELS, seriesByThreat, splitsIn } from './rankings.ts';
import { trendStats } from './trend-figures.ts';
import { getEnglishThreats } from './english.ts';
import { bumpFigureDataEn } from './english-words.ts';

// Every chart figure's rows, for the CSV downloads (/data/figures/<file>.csv). Each entry calls the same
// builder, with the same input, as the component that draws the figure; test/build/charts.test.ts checks
// that every figure's CSV link serves exactly the rows of its table.

/** The data of every chart figure on the site, one entry per CSV file. */
export async function getFigureFiles(): Promise<FigureData[]> {
	const editions = await getEditions();
	const labels = await getThreatTitles();
	const bumps = LIST_KINDS.map((kind) => bumpFigureData(`10threats-${kind}`, tabulateRanks(seriesByThreat(editions, kind), labels)));
	const slopes = comparePairs(editions).map((p) => {
		const column = (year: number) => ({ edition: year, entries: editions.find((e) => e.edition === year)![p.list].entries });
		const layout = layoutSlope(column(p.a), column(p.b), { width: CHART_WIDTH, height: 380, margin: SLOPE_MARGIN, labels, splits: splitsIn(editions, p.list) });
		return slopeFigureData(`compare-${p.list}-${p.a}-${p.b}`, layout, p.a, p.b);
	});
	const stats = (await getStats()).map((s) => statFigureData(`stat-${s.id}`, s.data));
	const timelines = (await getPolicyPages()).filter((p) => p.data.events).map((p) => timelineEventsData('policy-timeline', p.data.events!, p.data.sources));
	const trends = LIST_KINDS.flatMap((kind) => trendStats(editions, kind, LIST_LABELS[kind], (id) => labels.get(id) ?? id)).map((t) => statFigureData(t.id, t.stat, t.labelHeader));
	// English edition (issue 22): the /en/threats/ charts, with English names and headers.
	const titlesEn = new Map([...(await getEnglishThreats())].map(([id, t]) => [id, t.title]));
	const bumpsEn = LIST_KINDS.map((kind) => bumpFigureDataEn(`10threats-${kind}-en`, tabulateRanks(seriesByThreat(editions, kind), titlesEn)));
	return [...bumps, ...slopes, ...stats, ...timelines, supplyChainDiagramData('supply-chain-diagram'), ...trends, ...bumpsEn];
}
