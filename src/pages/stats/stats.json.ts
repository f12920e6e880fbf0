import type { APIRoute } from 'astro';
import { getDataStamps, getStats } from '../../lib/content/queries.ts';
import { toStatsJson } from '../../lib/content/stats.ts';

/** Every survey figure on /stats/ as documented JSON, written at build time to /stats/stats.json. */
export const GET: APIRoute = async () => new Response(toStatsJson(await getStats(), (await getDataStamps()).stats), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
