// The /data/ page's facts in either language: the files and their sizes, the changelog, the lists without
// ranks, the entries and ranks not confirmed, the citations. Both /data/ and /en/data/ call this, so the two
// pages say the same things; their words come from the dictionary of the locale.
import { t } from '../../i18n/index.ts';
import { formatRank } from '../format.ts';
import { URL_SLOT } from '../kit.ts';
import type { Locale } from '../routes.ts';
import { routes } from '../routes.ts';
import { SITE } from '../site.ts';
import { dataChangelog } from '../updates.ts';
import { citationsOf, columnValues, type ColumnDefinition, formatFileSize, rankGaps, rankingRows, toCsv, toJson, unrankedLists } from './export.ts';
import { getDataStamps, getEditions, getUpdates } from './queries.ts';

/** Everything the data page states, with the lists of editions and ranks already in words. */
export async function dataPageFacts(locale: Locale) {
	const w = (key: Parameters<typeof t>[0], vars?: Readonly<Record<string, string | number>>) => t(key, locale, vars);
	const editions = await getEditions();
	const rows = rankingRows(editions);
	const stamps = await getDataStamps();
	const where = (edition: number, list: 'organization' | 'individual') => w('dataPage.where', { edition, list: w(`listIn.${list}`) });
	const rank = (n: number) => formatRank(n, locale, 'ordinal');
	return {
		editions,
		rows,
		stamps,
		first: editions[0]!.edition,
		last: editions.at(-1)!.edition,
		changelog: dataChangelog(await getUpdates()),
		// Sizes come from the same functions the endpoints call, so they match the files byte for byte.
		files: [
			{ href: routes.rankingsCsv(), name: 'rankings.csv', about: w('dataPage.csvAbout'), size: formatFileSize(toCsv(rows)) },
			{ href: routes.rankingsJson(), name: 'rankings.json', about: w('dataPage.jsonAbout'), size: formatFileSize(toJson(editions, stamps.rankings)) },
		],
		unranked: unrankedLists(editions).map((u) => where(u.edition, u.list)),
		untitled: rows.filter((r) => r.title === '').map((r) => w('dataPage.untitled', { where: where(r.edition, r.list), rank: rank(Number(r.rank)) })),
		gaps: rankGaps(editions).map((g) => w('dataPage.gap', { where: where(g.edition, g.list), ranks: g.missing.map(rank).join(w('dataPage.rankJoin')) })),
		// The address is filled in from MAMORI_SITE or, on a build without it, in the browser; never a bare path.
		citation: citationsOf(editions, SITE.name, URL_SLOT, stamps.rankings.version),
		citationFallback: citationsOf(editions, SITE.name, w('dataPage.thisAddress'), stamps.rankings.version),
		citationFallbackEn: citationsOf(editions, SITE.name, t('dataPage.thisAddress', 'en'), stamps.rankings.version).en,
	};
}

/** A column's description and the meaning of each of its values, in a locale. */
export function describeColumn(c: ColumnDefinition, locale: Locale): { description: string; values: [string, string][] } {
	const en = locale === 'en';
	return {
		description: en ? c.description_en : c.description,
		values: columnValues(c.name, locale),
	};
}
