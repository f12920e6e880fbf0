import type { PageFacts } from '../../schemas/page.ts';
import type { ShownConfidence, Source } from '../../schemas/source.ts';
import type { Approx, Qualifier, Stat, StatFigureRef, StatFile, StatPageSection, StatRow } from '../../schemas/stat.ts';
import { markOf, valueText } from '../stat-values.ts';
import { formatPartialDate, type VALUE_MARKS } from '../format.ts';
import { textFigure, textFigureSources } from './text-figure.ts';
import type { DataStamp } from '../updates.ts';
import { t, type UiKey } from '../../i18n/index.ts';

/** A stat entry: its id (the file name) and its data. */
export interface StatEntry {
	/** File name without .yaml; also the section's anchor on /stats/. */
	id: string;
	/** The figures. */
	data: Stat;
	/** Its place and heading on /stats/ (the file's `section`). */
	section?: StatPageSection | undefined;
}

/** A page elsewhere on the site that puts a figure to use. */
export interface StatLink {
	/** Path of the page. */
	href: string;
	/** Link text. */
	label: string;
}

/** A stat placed on /stats/ under its heading. */
export interface StatSection extends StatEntry {
	/** The section's heading (h2). */
	heading: string;
	/** A page elsewhere on the site about the same subject, if any. */
	related: StatLink | null;
}

/** Put stats in page order: by their section's order, any without one after them by id, headed by their title. */
export function orderStats(entries: readonly StatEntry[]): StatSection[] {
	const rank = (e: StatEntry) => e.section?.order ?? Number.MAX_SAFE_INTEGER;
	return [...entries].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id)).map((e) => ({ ...e, heading: e.section?.heading ?? e.data.title, related: e.section?.related ?? null }));
}

/** Each source once, in first-seen order; the same document and place (all fields but via equal) counts once. */
function uniqueSources(sources: readonly Source[]): Source[] {
	const seen = new Map<string, Source>();
	for (const source of sources) {
		const key = JSON.stringify([source.title, source.publisher, source.date, source.url, source.file, source.locator]);
		if (!seen.has(key)) seen.set(key, source);
	}
	return [...seen.values()];
}

/** Every source of the given stats once, in first-seen order (for the page's source list). */
export function collectSources(stats: readonly Stat[]): Source[] {
	return uniqueSources(stats.flatMap((s) => s.sources));
}

/** The source list of a page built from stats: its charts' sources, then those of what its own text names (content/pages/<page>.yaml), each once. */
export function pageSources(stats: readonly Stat[], page: PageFacts): Source[] {
	return uniqueSources([...stats.flatMap((s) => s.sources), ...(page.sources ?? []), ...textFigureSources(page.textFigures)]);
}

/** A figure the page's own text names (content/pages/<page>.yaml `textFigures`); a missing one stops the build rather than print a blank. */
export function pageFigure(page: PageFacts, key: string, file: string): string {
	return textFigure(page.textFigures, key, `${file} field textFigures`);
}

/** A figure another content file holds (a pilot's or the service standard's `figures`), as a stat row needs it. */
export interface SharedFigure {
	/** What was counted, as labelled in its file. */
	label: string;
	/** The number. */
	value: number;
	/** Its unit, e.g. '社', '件'. */
	unit: string;
	/** The whole it is part of, if any. */
	of?: number | undefined;
	/** A bound the source gives, if any. */
	approx?: Approx | undefined;
	/** The source's hedge, if any. */
	qualifier?: Qualifier | undefined;
	/** How the source words it beside the number, e.g. 約4割. */
	note?: string | undefined;
	/** The reference's tag, where the file records one. */
	confidence?: ShownConfidence | undefined;
	/** The date the figure describes, where the file records one. */
	asOf?: string | undefined;
	/** Where it comes from. */
	sources: readonly Source[];
}

/** The figures of each file that has some, by file ('otasuketai/2019') and then by label. */
export type FigureIndex = ReadonlyMap<string, ReadonlyMap<string, SharedFigure>>;

/** Index the figures of content files by 'folder/name' and label, for stats that take rows from them. */
export function indexFigures(files: readonly { from: string; figures: readonly SharedFigure[] }[]): FigureIndex {
	return new Map(files.map((f) => [f.from, new Map(f.figures.map((figure) => [figure.label, figure]))]));
}

/** Why a figure reference does not resolve, phrased for the author of the stat file; null when it does. */
export function figureRefProblem(ref: StatFigureRef, unit: string, index: FigureIndex): { field: 'from' | 'figure'; message: string } | null {
	const file = index.get(ref.from);
	if (!file) return { field: 'from', message: `content/${ref.from}.yaml does not exist or holds no figures` };
	const figure = file.get(ref.figure);
	if (!figure) return { field: 'figure', message: `"${ref.figure}" is not a figure label in content/${ref.from}.yaml (labels: ${[...file.keys()].join('、')})` };
	if (figure.unit !== unit) return { field: 'figure', message: `is counted in ${figure.unit} but the stat's unit is ${unit}: chart it in a stat of that unit` };
	return null;
}

/** Turn a stat file into the stat a chart draws: figures taken from other files become rows, with their sources. */
export function resolveStat(file: StatFile, index: FigureIndex): Stat {
	// The section places the stat on /stats/; it is not part of the figures.
	const { rows, figures: refs = [], sources = [], section: _placement, ...frame } = file;
	if (rows) return { ...frame, rows, sources: [...sources] };
	const taken = refs.map((ref) => {
		const problem = figureRefProblem(ref, file.unit, index);
		if (problem) throw new Error(`${file.title}: ${problem.message}`);
		const f = index.get(ref.from)!.get(ref.figure)!;
		const note = ref.note ?? f.note;
		const asOf = f.asOf && t('statsData.asOf', 'ja', { date: formatPartialDate(f.asOf) });
		const row: StatRow = {
			label: ref.label ?? f.label,
			value: f.value,
			of: f.of,
			approx: f.approx,
			qualifier: f.qualifier,
			note: note && asOf ? t('statsData.noteAsOf', 'ja', { note, asOf }) : (note ?? asOf),
			confidence: f.confidence,
		};
		// Leave unset fields out, as a row written in YAML would, so the JSON and the chart see the same shape.
		return { row: Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as StatRow, sources: f.sources };
	});
	return { ...frame, rows: taken.map((t) => t.row), sources: uniqueSources([...taken.flatMap((t) => t.sources), ...sources]) };
}

// What each mark means, spelled out for people who read the JSON without the page (the published file is in
// Japanese, so the words are the dictionary's Japanese ones, in this order).
const MARK_MEANINGS = {
	about: 'statsData.mark.about',
	nearly: 'statsData.mark.nearly',
	over: 'statsData.mark.over',
	'at-least': 'statsData.mark.at-least',
	'at-most': 'statsData.mark.at-most',
} as const satisfies Record<keyof typeof VALUE_MARKS, UiKey>;

/** All stats as documented JSON for /stats/stats.json: each row with its mark and the text the page shows. */
export function toStatsJson(entries: readonly StatEntry[], stamp?: DataStamp): string {
	const figures = orderStats(entries).map(({ id, data }) => ({
		id,
		title: data.title,
		description: data.description,
		method: data.method ?? null,
		caveat: data.caveat ?? null,
		unit: data.unit,
		reference: data.reference ?? null,
		rows: data.rows.map((r) => ({
			label: r.label,
			value: r.value,
			mark: markOf(r) ?? null,
			of: r.of ?? null,
			share_percent: r.share ?? null,
			text: valueText(r, data.unit),
			note: r.note ?? null,
			confidence: r.confidence ?? null,
		})),
		sources: data.sources,
	}));
	const dataset = {
		title: t('statsData.title', 'ja'),
		// Version and date of the data (see /data/#versions).
		...(stamp && { version: stamp.version, generated: stamp.generated }),
		description: t('statsData.description', 'ja'),
		licence: 'CC BY 4.0',
		generated_from: 'content/stats',
		marks: Object.fromEntries(Object.entries(MARK_MEANINGS).map(([mark, key]) => [mark, t(key, 'ja')])),
		figures,
	};
	return `${JSON.stringify(dataset, null, '\t')}\n`;
}
