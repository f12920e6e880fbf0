import type { APIRoute, GetStaticPaths } from 'astro';
import { figureCsv, type FigureData } from '../../../lib/charts/figure-data.ts';
import { figureFiles } from '../../../lib/content/figures.ts';
import { getEnglishThreats } from '../../../lib/content/english.ts';
import { getEditions, getPolicyPages, getStats, getThreatTitles } from '../../../lib/content/queries.ts';

/** One CSV per chart figure, written at build time: the rows the figure draws, as its table shows them. */
export const getStaticPaths = (async () => {
	const [editions, labels, stats, policyPages, english] = await Promise.all([getEditions(), getThreatTitles(), getStats(), getPolicyPages(), getEnglishThreats()]);
	const titlesEn = new Map([...english].map(([id, e]) => [id, e.title]));
	return figureFiles({ editions, labels, stats, policyPages, titlesEn }).map((data) => ({ params: { file: data.file }, props: { data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: FigureData }> = ({ props }) => new Response(figureCsv(props.data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
