import type { APIRoute } from 'astro';
import { datasetTitle } from '../lib/content/export.ts';
import { getEditions, getUpdates } from '../lib/content/queries.ts';
import { loadSiteConfig } from '../lib/content/site-config.ts';
import { seriesSource } from '../lib/content/series-source.ts';
import { citationCff } from '../lib/publishing.ts';
import { routes } from '../lib/routes.ts';
import { dataVersionOf } from '../lib/updates.ts';

/**
 * /CITATION.cff for the open data. The repository's top level is fixed by the project guide, so the
 * file is served by the site rather than kept at the root.
 */
export const GET: APIRoute = async ({ site }) => {
	const data = dataVersionOf(await getUpdates())!;
	const editions = await getEditions();
	// The reference is the series as the newest edition's source record names it.
	const series = seriesSource(editions.at(-1)!);
	const reference = { title: series.title, author: series.publisher };
	const body = citationCff({ config: loadSiteConfig(), title: datasetTitle(editions), version: data.version, date: data.date, url: site ? new URL(routes.data(), site).href : undefined, reference });
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
