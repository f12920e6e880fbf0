import type { Edition } from '../../schemas/edition.ts';

/** The 10大脅威 series as an edition's source record names it. */
export interface SeriesSource {
	/** The series' title, the record's title without the edition year: '情報セキュリティ10大脅威'. */
	title: string;
	/** The edition's own title as recorded: '情報セキュリティ10大脅威 2026'. */
	editionTitle: string;
	/** Who publishes it, as recorded: '独立行政法人情報処理推進機構（IPA）'. */
	publisher: string;
}

/**
 * the series an edition belongs to, read from the first of its sources titled
 * '<series> <edition year>' (IPA's own report), so CITATION.cff and the top-10 image cite the record
 * rather than a copy of its title. An edition with no such source stops the build, naming its file.
 */
export function seriesSource(edition: Edition): SeriesSource {
	const suffix = ` ${edition.edition}`;
	const source = [...edition.organization.sources, ...edition.individual.sources].find((s) => s.title.endsWith(suffix) && s.title.length > suffix.length);
	if (!source) throw new Error(`content/threats/editions/${edition.edition}.yaml field organization.sources: no source is titled "<series>${suffix}"`);
	return { title: source.title.slice(0, -suffix.length), editionTitle: source.title, publisher: source.publisher };
}
