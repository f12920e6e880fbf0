import type { APIRoute } from 'astro';
import { getEditions } from '../../lib/content/queries.ts';
import { getSearchTerms } from '../../lib/content/search-terms.ts';
import { PREFECTURES } from '../../lib/prefectures.ts';
import type { SearchHints } from '../../lib/search-query.ts';

/** The search vocabulary and the names intent needs, fetched by the search box with Pagefind (/search/hints.json). */
export const GET: APIRoute = async () => {
	const hints: SearchHints = {
		...(await getSearchTerms()),
		editions: (await getEditions()).map((e) => String(e.edition)),
		prefectures: PREFECTURES.map(({ name, slug }) => ({ name, slug })),
	};
	return new Response(JSON.stringify(hints), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
