import type { APIRoute } from 'astro';
import { rankingRows, toCsv } from '../../lib/content/export.ts';
import { getEditions } from '../../lib/content/queries.ts';

/** Every ranking of every edition as CSV, written at build time to /data/rankings.csv. */
export const GET: APIRoute = async () => new Response(toCsv(rankingRows(await getEditions())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
