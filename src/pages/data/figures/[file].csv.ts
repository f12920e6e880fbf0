import type { APIRoute, GetStaticPaths } from 'astro';
import { figureCsv, type FigureData } from '../../../lib/charts/figure-data.ts';
import { getFigureFiles } from '../../../lib/content/figures.ts';

/** One CSV per chart figure, written at build time: the rows the figure draws, as its table shows them. */
export const getStaticPaths = (async () => (await getFigureFiles()).map((data) => ({ params: { file: data.file }, props: { data } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: FigureData }> = ({ props }) =>
	new Response(figureCsv(props.data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
