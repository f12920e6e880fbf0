import type { Approx, Qualifier } from '../schemas/stat.ts';

/** Write a partial ISO date as Japanese: '2020' → '2020年', '2020-06' → '2020年6月', '2020-06-12' → '2020年6月12日'. */
export function formatPartialDate(date: string): string {
	const [y, m, d] = date.split('-');
	return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

// One formatter, built once: an explicit locale keeps the output the same on every build machine.
const NUMBER = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 2 });

/** Write a number with Japanese digit grouping: 250395 → '250,395'. */
export function formatNumber(n: number): string {
	return NUMBER.format(n);
}

/** A word a source puts around a figure: a bound (超, 以上, 以下, 弱) or an approximation (約). */
export type ValueMark = Approx | Qualifier;

/** What is written before and after a figure for each mark: 'about' → 約100日, 'at-least' → 5社以上. */
export const VALUE_MARKS: Readonly<Record<ValueMark, { before: string; after: string }>> = {
	over: { before: '', after: '超' },
	'at-least': { before: '', after: '以上' },
	'at-most': { before: '', after: '以下' },
	nearly: { before: '', after: '弱' },
	about: { before: '約', after: '' },
};

/** Write a figure with its unit and its mark, if any: (100000, '件', 'over') → '100,000件超', (100, '日', 'about') → '約100日'. */
export function formatValue(value: number, unit: string, mark?: ValueMark): string {
	const { before, after } = mark ? VALUE_MARKS[mark] : { before: '', after: '' };
	return `${before}${formatNumber(value)}${unit}${after}`;
}

/**
 * Write a part of a whole with both numbers, and the percentage only when the source states it:
 * (30, 118, '社', undefined, 25) → '118社中30社（25%）', (5, 30, '社', 'at-least') → '30社中5社以上'.
 */
export function formatShare(value: number, of: number, unit: string, mark?: ValueMark, share?: number): string {
	return `${formatNumber(of)}${unit}中${formatValue(value, unit, mark)}${share === undefined ? '' : `（${formatNumber(share)}%）`}`;
}
