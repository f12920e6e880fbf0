import type { Edition, ListKind } from '../../schemas/edition.ts';
import type { Source } from '../../schemas/source.ts';
import { LIST_KINDS, listWithChanges, previousRankOf, sortEditions, type RankChange } from './rankings.ts';
import { csvTable } from '../csv.ts';
import type { DataStamp } from '../updates.ts';

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

/** Every column of the downloads, in file order. */
export const RANKING_COLUMNS: readonly ColumnDefinition[] = [
	{ name: 'edition', type: 'integer', description: '版（発表年の表記。「情報セキュリティ10大脅威 2026」なら2026）', description_en: 'Edition year as in the title', example: '2026' },
	{ name: 'list', type: 'string', description: 'どちらの一覧か', description_en: 'Which list', example: 'organization', values: { organization: '組織向け', individual: '個人向け' } },
	{ name: 'rank', type: 'integer|null', description: '順位（1〜10）。順位のない一覧では空欄（JSONではnull）', description_en: 'Rank 1–10; empty (null) in an unranked list', example: '1' },
	{ name: 'threat_id', type: 'string', description: '脅威のID。年ごとに名称が変わっても同じ脅威には同じID', description_en: 'Stable id of the threat across rewordings', example: 'ransomware' },
	{
		name: 'title',
		type: 'string',
		description: 'その年に発表された名称（表記のまま）。表記を確認できていないものは空文字',
		description_en: 'Title as printed that year; empty where unverified',
		example: 'ランサムウェアによる被害',
	},
	{
		name: 'title_note',
		type: 'string',
		description: 'その項目についての注記（資料どうしの表記の違い、未確認の理由など）。なければ空文字',
		description_en: 'Note on the entry (conflicting sources, unverified wording), or empty',
		example: '2016年版の表記は未確認。…',
	},
	{
		name: 'previous_rank',
		type: 'integer|null',
		description: '前回の順位。出典の資料に記載があればその値（10位より下もある）、なければ前回の版から求めた値。どちらもなければ空欄（JSONではnull）',
		description_en: 'Previous rank as the source prints it (may be below 10th), else from the previous edition; empty (null) if none',
		example: '2',
	},
	{
		name: 'change',
		type: 'string',
		description: '前回の版の同じ一覧と比べた動き',
		description_en: 'Change against the previous edition of the same list',
		example: 'up',
		values: {
			up: '順位が上がった',
			down: '順位が下がった',
			same: '同じ順位',
			new: 'IPAが初選出とした',
			split: '前回の版の一つの脅威から分かれた（2019年版の個人向けなど。前回順位は分かれる前の順位）',
			outside: '前回は10位以内になく、資料に前回の順位（11位以下）が載っている',
			return: '前回は選ばれず、それより前の版で選ばれていた',
			entered: '前回は選ばれず、初選出ともされていない（名称の変更・統合など）',
			stayed: '前回も選ばれたが、どちらかの一覧に順位がない',
			none: '比べる前回の版がない（最初の版）',
		},
	},
	{ name: 'new', type: 'boolean', description: 'IPAが初選出（NEW）とした項目ならtrue', description_en: 'true where IPA marked the entry as new', example: 'false' },
	{
		name: 'ranked_list',
		type: 'boolean',
		description: 'その一覧が順位付きで発表されたならtrue。五十音順の一覧ではfalse',
		description_en: 'false where the list was published without ranks',
		example: 'true',
	},
	{
		name: 'confidence',
		type: 'string',
		description: 'その一覧の確認の度合い（一覧ごと）',
		description_en: 'How well the list is verified',
		example: 'verified-2-sources',
		values: { 'verified-2-sources': '2つ以上の資料で確認', 'single-source': '1つの資料のみで確認', uncertain: '一部に確認できていない点がある' },
	},
	{
		name: 'source',
		type: 'string',
		description: 'その一覧の出典。「資料名 (発行者, 日付) URL」の形で、確認に用いた公開ページは「via」の後に並べる。複数の出典は「 | 」で区切る',
		description_en: "The list's sources: 'title (publisher, date) url', 'via' before the public pages used to verify it, joined with ' | '",
		example: '情報セキュリティ10大脅威 2026 (独立行政法人情報処理推進機構（IPA）, 2026) via https://…',
	},
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

/** Name of the data set, e.g. 「情報セキュリティ10大脅威 順位データ（2016〜2026年版）」. */
export function datasetTitle(editions: readonly Edition[]): string {
	const [first, last] = editionRange(editions);
	return `情報セキュリティ10大脅威 順位データ（${first}〜${last}年版）`;
}

/** Where the ranks come from, as stated in the JSON file and on the /data/ page. */
export const SOURCE_NOTE =
	'順位と脅威の名称は、IPA（独立行政法人情報処理推進機構）「情報セキュリティ10大脅威」によるもので、名称は各年の表記のままです。IPAの発表内容は、各行のsource列に挙げた公開ページ（報道、公的機関の紹介ページ、ウェブアーカイブなど）を通じて確認しました。本データはIPAが提供するものではありません。';

/** The JSON download: a description of the data and its columns, then the rows (no timestamp, so builds are reproducible). */
export function toJson(editions: readonly Edition[], stamp?: DataStamp): string {
	const dataset = {
		title: datasetTitle(editions),
		// Version and date of the data (see /data/#versions); left out only by callers without content/updates.
		...(stamp && { version: stamp.version, generated: stamp.generated }),
		description: 'IPA「情報セキュリティ10大脅威」の各版の組織向け・個人向けの一覧を、1項目1行にしたデータです。版の古い順、組織向けの次に個人向け、各一覧は発表された順に並んでいます。',
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
	const [first, last] = editionRange(editions);
	return {
		ja: `${siteName}「${datasetTitle(editions)}」${version ? `バージョン${version}` : ''}（出典：IPA「情報セキュリティ10大脅威」）、CC BY 4.0、${url}（参照日：YYYY年MM月DD日）`,
		// IPA's own English pages call the series "10 Major Security Threats"; the Japanese title stays the primary name.
		en: `${siteName}. Rankings of IPA's 情報セキュリティ10大脅威 (10 Major Security Threats), ${first}–${last} editions${version ? `, version ${version}` : ''} [data set]. Source: IPA (Information-technology Promotion Agency, Japan), 情報セキュリティ10大脅威. CC BY 4.0. ${url} (accessed YYYY-MM-DD).`,
	};
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
