import type { APIRoute } from 'astro';
import { csvMetadata } from '../../lib/content/export.ts';
import { getDataStamps, getEditions } from '../../lib/content/queries.ts';
import { routes } from '../../lib/routes.ts';

/** Version, date and columns of rankings.csv, in W3C CSVW metadata, at /data/rankings.csv-metadata.json. */
export const GET: APIRoute = async ({ site }) =>
	new Response(csvMetadata(await getEditions(), (await getDataStamps()).rankings, site ? new URL(routes.rankingsCsv(), site).href : 'rankings.csv'), {
		headers: { 'Content-Type': 'application/csvm+json; charset=utf-8' },
	});
