import { csvTable } from '../csv.ts';
import { formatPartialDate } from '../format.ts';
import type { Source } from '../../schemas/source.ts';
import type { Stat } from '../../schemas/stat.ts';
import type { TimelineEvent } from '../../schemas/timeline.ts';
import { layoutTimeline } from './timeline-layout.ts';
import { t } from '../../i18n/index.ts';
import type { Locale } from '../routes.ts';
import { valueText } from './bar-layout.ts';
import type { RankTable } from './bump-layout.ts';
import { formatSlopeChange, type SlopeLayout } from './slope-layout.ts';

// The rows a chart figure draws, as plain text: one source for the figure's table and its CSV download
// (/data/figures/<file>.csv), so the two cannot disagree. A build test compares them on every page.

/** A figure's data: column headings and rows of text cells, the first cell naming the row. */
export interface FigureData {
	/** File name of the CSV download, without '.csv' (ASCII, stable). */
	file: string;
	/** Column headings. */
	columns: string[];
	/** One row per drawn item, cells as the table shows them. */
	rows: string[][];
}

/** The CSV text of a figure's data (UTF-8 with BOM, CRLF, as /data/rankings.csv). */
export function figureCsv(data: FigureData): string {
	return csvTable(data.columns, data.rows);
}

/** Mark written after a rank in an edition where IPA marked the threat new (the table explains it). */
export const NEW_MARK = '★';

/** A bump chart's rank table: one row per threat, a column per edition ('—' not listed, '掲載' unranked, ★ new). */
export function bumpFigureData(file: string, table: RankTable, locale: Locale = 'ja'): FigureData {
	return {
		file,
		columns: [t('chart.col.threat', locale), ...table.editions.map((e) => t('edition.year', locale, { year: e }))],
		rows: table.rows.map((r) => [r.label, ...r.cells.map((c) => `${c.text}${c.new ? NEW_MARK : ''}`)]),
	};
}

/** A slope chart's rows: each threat's rank in edition A and B ('—' where absent) and its change. */
export function slopeFigureData(file: string, layout: SlopeLayout, a: number, b: number, locale: Locale = 'ja'): FigureData {
	return {
		file,
		columns: [t('chart.col.threat', locale), t('edition.year', locale, { year: a }), t('edition.year', locale, { year: b }), t('chart.col.change', locale)],
		rows: layout.lines.map((l) => [l.label, l.from ? String(l.from.rank) : '—', l.to ? String(l.to.rank) : '—', formatSlopeChange(l, locale)]),
	};
}

/** A bar chart's rows: label, the value as drawn, and the note when any row has one. */
export function barFigureData(file: string, labelHeader: string, rows: readonly { label: string; value: string; note: string }[], locale: Locale = 'ja'): FigureData {
	const hasNotes = rows.some((r) => r.note);
	return {
		file,
		columns: [labelHeader, t('chart.col.value', locale), ...(hasNotes ? [t('chart.col.note', locale)] : [])],
		rows: rows.map((r) => [r.label, r.value, ...(hasNotes ? [r.note] : [])]),
	};
}

/** A survey stat's bar rows: the value as the bar's label draws it, and its note (single-source figures are named once under the table, not per row). */
export function statFigureData(file: string, stat: Pick<Stat, 'rows' | 'unit'>, labelHeader = t('chart.col.item'), locale: Locale = 'ja'): FigureData {
	return barFigureData(
		file,
		labelHeader,
		stat.rows.map((r) => ({
			label: r.label,
			value: valueText(r, stat.unit, locale),
			note: r.note ?? '',
		})),
		locale,
	);
}

/** A timeline's rows, in the chart's time order: date as written, event (with （予定） when planned), detail, source. */
export function timelineFigureData(file: string, items: readonly { date: string; label: string; planned: boolean; detail?: string | undefined; source: string }[], locale: Locale = 'ja'): FigureData {
	return {
		file,
		columns: [t('chart.col.date', locale), t('chart.col.event', locale), t('chart.col.detail', locale), t('chart.col.source', locale)],
		rows: items.map((i) => [i.date, `${i.label}${i.planned ? t('chart.planned', locale) : ''}`, i.detail ?? '', i.source]),
	};
}

/** What a citation line names. */
export interface Citation {
	/** The figure's caption. */
	title: string;
	/** Site name. */
	site: string;
	/** Absolute or site-relative address of the figure (its permalink). */
	url: string;
	/** Date the page was built, as YYYY-MM-DD (UTC). */
	date: string;
	/** Where the figures come from, e.g. 「IPA「情報セキュリティ10大脅威」各年版」. */
	source: string;
}

/** One citation line in the dictionary's words (chart.citation): 「title」site（date作成）url 出典：source. */
export function formatCitation(c: Citation, locale: Locale = 'ja'): string {
	return t('chart.citation', locale, { title: c.title, site: c.site, date: formatPartialDate(c.date, locale), url: c.url, source: c.source });
}

/** A figure's permalink: the page, its query (a chart's state, e.g. ?highlight=) and the figure's anchor. */
export function figurePermalink(origin: string, pathname: string, search: string, id: string): string {
	return `${origin}${pathname}${search}#${id}`;
}

/** A timeline's rows from its events, in the order the chart draws them (any layout size gives the same order and dates). */
export function timelineEventsData(file: string, events: readonly TimelineEvent[], sources: readonly Source[], locale: Locale = 'ja'): FigureData {
	const layout = layoutTimeline(events, { orientation: 'vertical', width: 640, height: 400, margin: { top: 0, right: 0, bottom: 0, left: 0 }, locale });
	return timelineFigureData(
		file,
		layout.events.map((m) => {
			const source = sources[events[m.index]!.source - 1]!;
			return { date: m.dateText, label: m.label, planned: m.planned, detail: events[m.index]!.detail, source: t('chart.sourceOf', locale, { title: source.title, publisher: source.publisher }) };
		}),
		locale,
	);
}
