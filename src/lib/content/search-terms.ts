import { getEntry } from 'astro:content';
import type { SearchTerms } from '../../schemas/search-terms.ts';

/** The search vocabulary (content/search/terms.yaml), checked by its schema. */
export async function getSearchTerms(): Promise<SearchTerms> {
	const entry = await getEntry('searchTerms', 'terms');
	if (!entry) throw new Error('content/search/terms.yaml is missing: the search needs its vocabulary');
	return entry.data as SearchTerms;
}
