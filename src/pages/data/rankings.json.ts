import type { APIRoute } from 'astro';
import { toJson } from '../../lib/content/export.ts';
import { getDataStamps, getEditions } from '../../lib/content/queries.ts';

/** Every ranking of every edition as documented JSON, written at build time to /data/rankings.json. */
export const GET: APIRoute = async () => new Response(toJson(await getEditions(), (await getDataStamps()).rankings), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
