// English edition (issue 22): the registry of page twins (see the comment block in src/lib/twins.ts)
// and the English content. One list, read by BaseLayout (hreflang, language switch, the notice that the
// Japanese page is authoritative), the header's English nav and test/build/hreflang.test.ts.
import type { EnglishThreat } from '../../schemas/english.ts';
import { routes } from '../routes.ts';
import { makeTwins, type TwinPair, type Twins } from '../twins.ts';
import { getEditions, getEnglishThreats, getThreatTitles } from './queries.ts';
import type { Locale } from '../routes.ts';

export { getEnglishThreats };
import { englishPagePairs } from './english-pages.ts';
import { comparePairs } from './compare.ts';

/** English title of a threat; a page listing a threat with no English entry fails the build naming it. */
export function englishTitle(threats: ReadonlyMap<string, EnglishThreat>, id: string): string {
	const t = threats.get(id);
	if (!t) throw new Error(`threat "${id}" has no English entry: add content/en/threats/${id}.yaml (and en: true in its Japanese file)`);
	return t.title;
}

/**
 * Fixed English pages and their Japanese originals, one pair per page. Each area adds its pages in a
 * block of its own (the pages must exist: the hreflang build test follows every pair).
 */
const ENGLISH_PAGES: readonly TwinPair[] = [
	// en-core: home, threats, data, search
	[routes.home(), routes.home('en')],
	[routes.threats(), routes.threats('en')],
	[routes.data(), routes.data('en')],
	[routes.search(), routes.search('en')],
	// #20: the individual list's own page.
	[routes.threatsIndividual(), routes.threatsIndividual('en')],
];

let twins: Promise<Twins> | undefined;

/** Every Japanese page with an English twin, and back; built once per build. */
export function getTwins(): Promise<Twins> {
	twins ??= (async (): Promise<Twins> => {
		const threats = await getEnglishThreats();
		const editions = await getEditions();
		return makeTwins([
			...ENGLISH_PAGES,
			// en-core: a threat page for each content/en/threats/ entry, and every edition.
			...[...threats.keys()].map((id): TwinPair => [routes.threat(id), routes.threat(id, 'en')]),
			...editions.map((e): TwinPair => [routes.edition(e.edition), routes.edition(e.edition, 'en')]),
			// en-more: help, guideline, お助け隊 and policy pages, one pair per English entry that makes a page.
			...(await englishPagePairs()),
			// en-more2: the trends page and the compare pages (the index and every stable pair).
			[routes.trends(), routes.trends('en')],
			[routes.compareIndex(), routes.compareIndex('en')],
			...comparePairs(editions).map((p): TwinPair => [routes.compare(p), routes.compare(p, 'en')]),
		]);
	})();
	return twins;
}

/** en-more2: short threat names by id in a locale, for charts and tables (English: the content/en titles). */
export async function threatTitlesIn(locale: Locale): Promise<ReadonlyMap<string, string>> {
	if (locale === 'ja') return getThreatTitles();
	return new Map([...(await getEnglishThreats())].map(([id, t]) => [id, t.title]));
}
