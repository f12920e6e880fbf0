/** Search settings shared by the search page and the search-quality tests, so both rank the same way. */

/** Pagefind ranking: titles and the hidden keyword list weigh most, so the page about a thing outranks pages that mention it. */
export const SEARCH_RANKING = { metaWeights: { title: 6, keywords: 5 } } as const;

/** Fold a query the way readers type it: full-width letters and digits to half-width (ＢＥＣ → BEC), trimmed. */
export function normalizeQuery(query: string): string {
	return query.normalize('NFKC').trim();
}
