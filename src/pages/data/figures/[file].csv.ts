import type { APIRoute, GetStaticPaths } from 'astro';
import { figureCsv, type FigureData } from '../../../lib/charts/figure-data.ts';
import { figureFiles } from '../../../lib/content/figures.ts';
import { getEditions, getPolicyPages, getStats, getThreatTitles } from '../../../lib/content/queries.ts';

/** One CSV per chart figure, written at build time: the rows the figure draws, as its table shows them. */
export const getStaticPaths = (async () => {
	const [editions, labels, stats, policyPages] = await Promise.all([getEditions(), getThreatTitles(), getStats(), getPolicyPages()]);
	return figureFiles({ editions, labels, stats, policyPages }).map((data) => ({ params: { file: data.file }, props: { data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: FigureData }> = ({ props }) =>
	new Response(figureCsv(props.data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
