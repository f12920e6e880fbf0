import type { Edition, ListKind } from '../../schemas/edition.ts';
import type { Source } from '../../schemas/source.ts';
import { LIST_KINDS, listWithChanges, previousRankOf, sortEditions, type RankChange } from './rankings.ts';
import { csvTable } from '../csv.ts';
import type { DataStamp } from '../updates.ts';
import { t, type UiKey } from '../../i18n/index.ts';
import type { Locale } from '../routes.ts';

// The open-data downloads (/data/rankings.csv, /data/rankings.json) and the facts the /data/ page states about them.
// Everything here is computed from the edition files, so the files and the page cannot disagree.

/** One row of the open data: one entry of one list of one edition. */
export interface RankingRow {
	/** Edition year, e.g. 2026. */
	edition: number;
	/** Which list the entry is in. */
	list: ListKind;
	/** Rank 1–10, or null where the list is unranked. */
	rank: number | null;
	/** Catalog id of the threat, stable across the years' rewordings. */
	threat_id: string;
	/** Title as printed that year; '' where the wording is not verified. */
	title: string;
	/** Note on the entry (conflicting sources, unverified wording), or ''. */
	title_note: string;
	/** Previous edition's rank as the cited source prints it, else from the previous edition; null when there is none. */
	previous_rank: number | null;
	/** Change against the previous edition of the same list. */
	change: RankChange['kind'];
	/** Marked new (初選出) by IPA. */
	new: boolean;
	/** Whether the list was published with ranks. */
	ranked_list: boolean;
	/** How well the list is verified. */
	confidence: Edition['organization']['confidence'];
	/** The list's sources as one string. */
	source: string;
}

/** Description of one column, for the JSON file and the /data/ page. */
export interface ColumnDefinition {
	/** Column name, as in the CSV header and the JSON keys. */
	name: keyof RankingRow;
	/** Value type: integer, string or boolean, with "|null" where the value can be missing. */
	type: 'integer' | 'integer|null' | 'string' | 'boolean';
	/** Meaning, in Japanese. */
	description: string;
	/** Meaning, in English. */
	description_en: string;
	/** A value as it appears in the CSV. */
	example: string;
	/** The meaning of each value, for columns with a fixed set of values. */
	values?: Readonly<Record<string, string>>;
}

// The words of the published files (column meanings, value meanings, title, notes, citations) are the
// dictionary's, keys dataset.*, in both languages, so every word lives in one place; the files themselves
// are written in Japanese with an English line per column, byte for byte as before.

/** The dictionary keys of each value's meaning, for the columns with a fixed set of values, in file order. */
const VALUE_KEYS = {
	list: { organization: 'dataset.value.list.organization', individual: 'dataset.value.list.individual' },
	change: {
		up: 'dataset.value.change.up',
		down: 'dataset.value.change.down',
		same: 'dataset.value.change.same',
		new: 'dataset.value.change.new',
		split: 'dataset.value.change.split',
		outside: 'dataset.value.change.outside',
		return: 'dataset.value.change.return',
		entered: 'dataset.value.change.entered',
		stayed: 'dataset.value.change.stayed',
		none: 'dataset.value.change.none',
	},
	confidence: { 'verified-2-sources': 'dataset.value.confidence.verified-2-sources', 'single-source': 'dataset.value.confidence.single-source', uncertain: 'dataset.value.confidence.uncertain' },
} as const satisfies Partial<Record<keyof RankingRow, Readonly<Record<string, UiKey>>>>;

/** The meaning of each value of a column in a locale, in file order; empty for a column without a fixed set of values. */
export function columnValues(name: keyof RankingRow, locale: Locale): [string, string][] {
	const keys: Readonly<Record<string, UiKey>> | undefined = VALUE_KEYS[name as keyof typeof VALUE_KEYS];
	return Object.entries(keys ?? {}).map(([value, key]) => [value, t(key, locale)]);
}

/** One column, its meaning in both languages from the dictionary key dataset.column.<name> (a column without one fails the type check). */
function column(name: keyof RankingRow, type: ColumnDefinition['type'], example: string): ColumnDefinition {
	const about = `dataset.column.${name}` as const;
	const values = columnValues(name, 'ja');
	return { name, type, description: t(about, 'ja'), description_en: t(about, 'en'), example, ...(values.length > 0 && { values: Object.fromEntries(values) }) };
}

/** Every column of the downloads, in file order. */
export const RANKING_COLUMNS: readonly ColumnDefinition[] = [
	column('edition', 'integer', '2026'),
	column('list', 'string', 'organization'),
	column('rank', 'integer|null', '1'),
	column('threat_id', 'string', 'ransomware'),
	// Examples of values as the file holds them: the threats' names and notes are IPA's and ours in Japanese.
	column('title', 'string', t('dataset.example.title', 'ja')),
	column('title_note', 'string', t('dataset.example.title_note', 'ja')),
	column('previous_rank', 'integer|null', '2'),
	column('change', 'string', 'up'),
	column('new', 'boolean', 'false'),
	column('ranked_list', 'boolean', 'true'),
	column('confidence', 'string', 'verified-2-sources'),
	column('source', 'string', t('dataset.example.source', 'ja')),
];

/** Format sources as one string: `title (publisher, date[, locator]) url | …`; `file:` names a METI document, `via` the pages that verify it. */
export function formatSources(sources: readonly Source[]): string {
	return sources
		.map((s) => {
			const cite = `${s.title} (${[s.publisher, s.date, s.locator].filter(Boolean).join(', ')})`;
			return [cite, s.url, s.file && `file:${s.file}`, s.via && `via ${s.via.join(' ')}`].filter(Boolean).join(' ');
		})
		.join(' | ');
}

/** One row per entry of every list of every edition: editions oldest first, organisation before individual, entries as printed. */
export function rankingRows(editions: readonly Edition[]): RankingRow[] {
	return sortEditions(editions).flatMap(({ edition, ...lists }) =>
		LIST_KINDS.flatMap((kind) => {
			const list = lists[kind];
			const source = formatSources(list.sources);
			return listWithChanges(editions, edition, kind).map((e) => ({
				edition,
				list: kind,
				rank: e.rank ?? null,
				threat_id: e.threat,
				title: e.title ?? '',
				title_note: e.note ?? '',
				previous_rank: previousRankOf(e),
				change: e.change.kind,
				new: e.new === true,
				ranked_list: list.ranked,
				confidence: list.confidence,
				source,
			}));
		}),
	);
}

/** Write rows as RFC 4180 CSV with a header row (see csvTable). */
export function toCsv(rows: readonly RankingRow[]): string {
	const names = RANKING_COLUMNS.map((c) => c.name);
	return csvTable(
		names,
		rows.map((row) => names.map((n) => row[n])),
	);
}

/** First and last edition years, e.g. [2016, 2026]. */
function editionRange(editions: readonly Edition[]): [number, number] {
	const years = editions.map((e) => e.edition);
	return [Math.min(...years), Math.max(...years)];
}

/** Name of the data set, e.g. 「情報セキュリティ10大脅威 順位データ（2016〜2026年版）」; the English name in citations. */
export function datasetTitle(editions: readonly Edition[], locale: Locale = 'ja'): string {
	const [first, last] = editionRange(editions);
	return t('dataset.title', locale, { first, last });
}

/** Where the ranks come from, as stated in the JSON file and on the /data/ page. */
export const SOURCE_NOTE = t('dataset.sourceNote', 'ja');

/** The JSON download: a description of the data and its columns, then the rows (no timestamp, so builds are reproducible). */
export function toJson(editions: readonly Edition[], stamp?: DataStamp): string {
	const dataset = {
		title: datasetTitle(editions),
		// Version and date of the data (see /data/#versions); left out only by callers without content/updates.
		...(stamp && { version: stamp.version, generated: stamp.generated }),
		description: t('dataset.description', 'ja'),
		licence: 'CC BY 4.0',
		source_note: SOURCE_NOTE,
		generated_from: 'content/threats/editions',
		columns: RANKING_COLUMNS,
		rows: rankingRows(editions),
	};
	return `${JSON.stringify(dataset, null, '\t')}\n`;
}

/** Size of a text once encoded as UTF-8, in the form shown beside a download link (e.g. '12.3 KB'). */
export function formatFileSize(text: string): string {
	const bytes = new TextEncoder().encode(text).length;
	if (bytes < 1024) return `${bytes} B`;
	return `${new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(bytes / 1024)} KB`;
}

/** A ranked list in which some ranks have no entry (a rank that could not be verified). */
export interface RankGap {
	/** Edition year. */
	edition: number;
	/** Which list. */
	list: ListKind;
	/** Ranks 1–10 that have no row. */
	missing: number[];
}

/** Ranked lists whose ranks do not run 1–10, with the missing ranks. */
export function rankGaps(editions: readonly Edition[]): RankGap[] {
	return sortEditions(editions).flatMap((e) =>
		LIST_KINDS.filter((kind) => e[kind].ranked).flatMap((kind) => {
			const ranks = new Set(e[kind].entries.map((x) => x.rank));
			const missing = Array.from({ length: 10 }, (_, i) => i + 1).filter((r) => !ranks.has(r));
			return missing.length ? [{ edition: e.edition, list: kind, missing }] : [];
		}),
	);
}

/** Lists published without ranks (五十音順), oldest first. */
export function unrankedLists(editions: readonly Edition[]): { edition: number; list: ListKind }[] {
	return sortEditions(editions).flatMap((e) => LIST_KINDS.filter((kind) => !e[kind].ranked).map((list) => ({ edition: e.edition, list })));
}

/** Suggested citations in Japanese and English, naming the site, the data set and IPA as the source. */
export function citationsOf(editions: readonly Edition[], siteName: string, url: string, version?: string): { ja: string; en: string } {
	// IPA's own English pages call the series "10 Major Security Threats"; the Japanese title stays the primary name.
	const citation = (locale: Locale) =>
		t('dataset.citation', locale, { site: siteName, title: datasetTitle(editions, locale), version: version ? t('dataset.citationVersion', locale, { version }) : '', url });
	return { ja: citation('ja'), en: citation('en') };
}

/**
 * CSVW metadata for rankings.csv (W3C "Metadata Vocabulary for Tabular Data"), served beside it as
 * rankings.csv-metadata.json: the CSV stays one plain table, and its version and date live here.
 */
export function csvMetadata(editions: readonly Edition[], stamp: DataStamp, csvUrl: string): string {
	const meta = {
		'@context': 'http://www.w3.org/ns/csvw',
		url: csvUrl,
		'dc:title': datasetTitle(editions),
		'dc:license': 'https://creativecommons.org/licenses/by/4.0/',
		'schema:version': stamp.version,
		'dc:modified': stamp.generated,
		dialect: { encoding: 'utf-8', header: true, lineTerminators: ['\r\n'] },
		tableSchema: {
			columns: RANKING_COLUMNS.map((c) => ({
				name: c.name,
				titles: c.name,
				'dc:description': c.description,
				datatype: c.type.startsWith('integer') ? 'integer' : c.type === 'boolean' ? 'boolean' : 'string',
				required: !c.type.endsWith('|null') && c.type !== 'string',
			})),
		},
	};
	return `${JSON.stringify(meta, null, '\t')}\n`;
}
