// The edition and compare pages' routes, shared by each Japanese page and its English twin so both list the
// same years with the same neighbours and the same pairs.
import { comparePairs } from './compare.ts';
import { getEditions } from './queries.ts';

/** getStaticPaths of an edition page: one page a year, with the editions before and after it. */
export async function editionStaticPaths() {
	const editions = await getEditions();
	return editions.map((edition, i) => ({
		params: { year: String(edition.edition) },
		props: { edition, editions, previous: editions[i - 1]?.edition, next: editions[i + 1]?.edition },
	}));
}

/** getStaticPaths of a compare page: one page per pair of editions of the same list, in either language. */
export async function compareStaticPaths() {
	return comparePairs(await getEditions()).map((pair) => ({ params: { list: pair.list, a: String(pair.a), b: String(pair.b) }, props: { pair } }));
}
