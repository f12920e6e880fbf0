// How a survey value reads, wherever it is shown: chart labels, tables, stats.json. Shared by
// src/lib/charts/ and src/lib/content/, so neither imports the other for it.
import type { Approx, Qualifier } from '../schemas/stat.ts';
import { formatShare, formatValue, type ValueMark } from './format.ts';
import type { Locale } from '../vocab/locales.ts';

/** A value as a source states it (a StatRow fits). */
export interface StatValue {
	/** Non-negative value; the bar's length. */
	value: number;
	/** Set when the value is only a lower bound: the bar gets an open end and the label 「超」. */
	approx?: Approx | undefined;
	/** Set when the source hedges the value (約, 弱, 以上, 以下); 'at-least' also gets an open end. */
	qualifier?: Qualifier | undefined;
	/** The whole the value is part of: the bar is drawn as a share of a full-length track. */
	of?: number | undefined;
	/** The share in percent as the source states it, written after the counts. */
	share?: number | undefined;
}

/** The mark a row's value carries: its bound or its hedge. */
export function markOf(row: StatValue): ValueMark | undefined {
	return row.approx ?? row.qualifier;
}

/**
 * The value as the chart and the table write it: '100,000件超', '約100日', '118社中30社（25%）'; in English
 * (with an English unit) 'over 100,000 cases', 'about 100 days'. The marks' words come from src/i18n/.
 */
export function valueText(row: StatValue, unit = '', locale: Locale = 'ja'): string {
	return row.of === undefined ? formatValue(row.value, unit, markOf(row), locale) : formatShare(row.value, row.of, unit, markOf(row), row.share, locale);
}
