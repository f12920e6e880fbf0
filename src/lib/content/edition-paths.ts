// The edition pages' routes, shared by /threats/editions/<year>/ and its English twin so both list the
// same years with the same neighbours.
import { getEditions } from './queries.ts';

/** getStaticPaths of an edition page: one page a year, with the editions before and after it. */
export async function editionStaticPaths() {
	const editions = await getEditions();
	return editions.map((edition, i) => ({
		params: { year: String(edition.edition) },
		props: { edition, editions, previous: editions[i - 1]?.edition, next: editions[i + 1]?.edition },
	}));
}
