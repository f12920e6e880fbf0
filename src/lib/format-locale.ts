// English edition (issue 22): dates, numbers and ranks written for a locale. Japanese delegates to
// format.ts, so the two editions cannot drift; the words engineer's locale-aware format.ts can absorb this.
import { formatNumber, formatPartialDate } from './format.ts';
import type { Locale } from './routes.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A partial ISO date for a locale: en '2020-06-12' → '12 June 2020', '2020-06' → 'June 2020', '2020' → '2020'. */
export function formatDateIn(date: string, locale: Locale): string {
	if (locale === 'ja') return formatPartialDate(date);
	const [y, m, d] = date.split('-');
	return [d && String(Number(d)), m && MONTHS[Number(m) - 1], y].filter(Boolean).join(' ');
}

const EN_NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A number with the locale's digit grouping: 250395 → '250,395' in both. */
export function formatNumberIn(n: number, locale: Locale): string {
	return locale === 'ja' ? formatNumber(n) : EN_NUMBER.format(n);
}

/** A rank: ja 3 → '3位', en 3 → '3rd' (11th, 12th, 13th as English has them). */
export function formatRankIn(rank: number, locale: Locale): string {
	if (locale === 'ja') return `${rank}位`;
	const tens = rank % 100;
	const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[rank % 10] ?? 'th');
	return `${rank}${suffix}`;
}

/** A list of years, runs joined: en [2016, 2017, 2018, 2021] → '2016–2018, 2021'. */
export function formatYearsIn(years: readonly number[], locale: Locale): string {
	const runs: [number, number][] = [];
	for (const y of years) {
		const last = runs.at(-1);
		if (last && y === last[1] + 1) last[1] = y;
		else runs.push([y, y]);
	}
	return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(locale === 'ja' ? '、' : ', ');
}
