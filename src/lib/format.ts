import type { Locale } from './routes.ts';
import type { Approx, Qualifier } from '../schemas/stat.ts';
import { t, type UiKey } from '../i18n/index.ts';

// Intl objects are built on first use, then kept. Building one loads its locale's data: at the top of a module
// that cost every script importing this file, e.g. about 25 ms (100 ms on a slow phone) in the long task of the
// self-check island's start, which formats no number and no date until the reader has a result (#20).
const built = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();
function intl<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(key: string, make: () => T): T {
	let made = built.get(key) as T | undefined;
	if (!made) built.set(key, (made = make()));
	return made;
}
// An explicit locale keeps the output the same on every build machine.
const TAG: Readonly<Record<Locale, string>> = { ja: 'ja-JP', en: 'en-GB' };

// One date formatter per locale and precision: the platform's calendar words (CLDR) write 年/月/日 and the
// English month names, so no word of a date is written here and an island needs only its page's locale.
// UTC in and out, so the day never shifts with the build machine's or the reader's time zone.
const DATE_PARTS = [{ year: 'numeric' }, { year: 'numeric', month: 'long' }, { year: 'numeric', month: 'long', day: 'numeric' }] as const;

/**
 * Write a partial ISO date for a reader: '2020' → '2020年', '2020-06' → '2020年6月', '2020-06-12' → '2020年6月12日';
 * in English '2020', 'June 2020', '12 June 2020' (the month written out: 'June 2020' reads the same everywhere, unlike '6/2020').
 */
export function formatPartialDate(date: string, locale: Locale = 'ja'): string {
	const parts = date.split('-').map(Number);
	const [y, m = 1, d = 1] = parts as [number, number?, number?];
	const precision = parts.length - 1;
	const options = DATE_PARTS[precision];
	if (!options) throw new Error(`formatPartialDate: "${date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
	const format = intl(`date-${locale}-${precision}`, () => new Intl.DateTimeFormat(TAG[locale], { ...options, timeZone: 'UTC' }));
	// setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
	return format.format(new Date(0).setUTCFullYear(y, m - 1, d));
}

/** Write a number with digit grouping: 250395 → '250,395' (the same grouping in both languages). */
export function formatNumber(n: number, locale: Locale = 'ja'): string {
	return intl(`number-${locale}`, () => new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: 2 })).format(n);
}

/** A word a source puts around a figure: a bound (超, 以上, 以下, 弱) or an approximation (約). */
export type ValueMark = Approx | Qualifier;

/**
 * The dictionary key of each mark's words (src/i18n/): 'about' → 約100日 / 'about 100 days', 'over' →
 * 100,000件超 / 'over 100,000 cases'. The keys are also the list of marks (stats.json explains each).
 */
export const VALUE_MARKS = {
	over: 'value.mark.over',
	'at-least': 'value.mark.at-least',
	'at-most': 'value.mark.at-most',
	nearly: 'value.mark.nearly',
	about: 'value.mark.about',
} as const satisfies Readonly<Record<ValueMark, UiKey>>;

// English units are words after a space ('100 days'); symbols such as % and 円-less currency stay attached.
// en-more2: an English unit may give its singular first, 'threat|threats' → '1 threat', '2 threats'.
const unitEn = (unit: string, value: number): string => {
	const [one, many = one] = unit.split('|') as [string, string?];
	const word = value === 1 ? one : many;
	return word === '' || /^[%％]$/.test(word) ? word : ` ${word}`;
};

/**
 * Write a figure with its unit and its mark, if any: (100000, '件', 'over') → '100,000件超', (100, '日', 'about') → '約100日'.
 * In English the unit is the caller's English word: (100, 'days', 'about', 'en') → 'about 100 days'.
 */
export function formatValue(value: number, unit: string, mark?: ValueMark, locale: Locale = 'ja'): string {
	const figure = `${formatNumber(value, locale)}${locale === 'en' ? unitEn(unit, value) : unit}`;
	return mark ? t(VALUE_MARKS[mark], locale, { value: figure }) : figure;
}

/**
 * Write a part of a whole with both numbers, and the percentage only when the source states it:
 * (30, 118, '社', undefined, 25) → '118社中30社（25%）', (5, 30, '社', 'at-least') → '30社中5社以上';
 * in English (30, 118, 'companies', undefined, 25, 'en') → '30 of 118 companies (25%)'.
 */
export function formatShare(value: number, of: number, unit: string, mark?: ValueMark, share?: number, locale: Locale = 'ja'): string {
	// English names the unit once, after the whole ('5 of 30 companies'); Japanese after each number ('30社中5社').
	const part = formatValue(value, locale === 'en' ? '' : unit, mark, locale);
	const text = t('value.share', locale, { value: part, of: formatValue(of, unit, undefined, locale) });
	return share === undefined ? text : `${text}${t('value.sharePercent', locale, { share: formatNumber(share, locale) })}`;
}

/** Write a rank: 3 → '3位'; in English '#3' (short, for tables) or '3rd' (ordinal, for sentences). */
export function formatRank(rank: number, locale: Locale = 'ja', style: 'short' | 'ordinal' = 'short'): string {
	// The words come from the dictionary (#21): 'rank.place' is '{rank}位' and '#{rank}'; English sentences want '3rd'.
	return locale === 'en' && style === 'ordinal' ? ordinalEn(rank) : t('rank.place', locale, { rank });
}

const ORDINAL_SUFFIX: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** An English ordinal: 1 → '1st', 2 → '2nd', 11 → '11th', 23 → '23rd'. */
export function ordinalEn(n: number): string {
	return `${n}${ORDINAL_SUFFIX[intl('ordinal-en', () => new Intl.PluralRules(TAG.en, { type: 'ordinal' })).select(n)] ?? 'th'}`;
}

/** Write an edition of the 10 Major Threats: 2026 → '2026年版'; in English '2026 edition'. */
export function formatEdition(year: number, locale: Locale = 'ja'): string {
	return t('edition.year', locale, { year });
}

/** A list of years with runs joined, no edition word: en [2016, 2017, 2018, 2021] → '2016–2018, 2021' (ja joins with 、, the dictionary's edition.join). */
export function formatYearRuns(years: readonly number[], locale: Locale = 'ja'): string {
	const runs: [number, number][] = [];
	for (const y of years) {
		const last = runs.at(-1);
		if (last && y === last[1] + 1) last[1] = y;
		else runs.push([y, y]);
	}
	return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(t('edition.join', locale));
}
