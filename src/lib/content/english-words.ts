// English edition (issue 22): the English presenters for the threat rankings. The data come from the
// same functions as the Japanese pages (rankings.ts, threat-summary.ts); only the words differ here.
import { formatRank } from '../format.ts';
import type { ListKind } from '../../schemas/edition.ts';
import type { ThreatSummary } from './threat-summary.ts';

/** The series' name. IPA's English pages for the 2009 and 2013 reports called it "10 Major Security Threats". */
export const SERIES_EN = 'Information Security 10 Major Threats';
// IPA's own English pages that name the series (we found none for the newer editions):
// https://www.ipa.go.jp/security/english/vuln/10threats2013_en.html, …/10threats2009_en.html

/** The two lists: 組織 (organisations) and 個人 (individuals). */
export const LIST_LABELS_EN: Readonly<Record<ListKind, string>> = { organization: 'Organisations', individual: 'Individuals' };

const rank = (n: number) => formatRank(n, 'en', 'ordinal');

/** Editions as short English text: [2021, 2022, 2023, 2025] → '2021–2023 and 2025'. */
export function formatEditionRunsEn(years: readonly number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < years.length; i++) {
		let j = i;
		while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
		parts.push(j > i ? `${years[i]}–${years[j]}` : String(years[i]));
		i = j;
	}
	return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** One threat's record in one list in English sentences (the English of describeSummary). */
export function describeSummaryEn(s: ThreatSummary, label: string, labelOf: (id: string) => string = (id) => id): string {
	if (s.first === null) return `${label} has not been selected in this list.`;
	const how = s.firstSplitFrom
		? `was split out of “${labelOf(s.firstSplitFrom)}” in the ${s.first} edition`
		: s.firstNew
			? `was first selected in the ${s.first} edition`
			: `entered this list in the ${s.first} edition`;
	const at = s.firstRank === null ? '' : ` (${rank(s.firstRank)})`;
	let best = '';
	if (s.atTop.length) best = ` It was 1st ${times(s.atTop.length)} (${formatEditionRunsEn(s.atTop)}).`;
	else if (s.best !== null) best = ` Its best rank was ${rank(s.best)} (${formatEditionRunsEn(s.bestEditions)}).`;
	const m = s.biggestMove;
	const move = m ? ` Its biggest move was from ${rank(m.fromRank)} in ${m.from} to ${rank(m.toRank)} in ${m.to} (${m.fromRank > m.toRank ? 'up' : 'down'}).` : '';
	const l = s.latest;
	const latest = !l.listed
		? ` It is not in the ${l.edition} edition.`
		: l.rank === null
			? ` It is in the ${l.edition} edition, which is unranked.`
			: ` In the ${l.edition} edition it is ${rank(l.rank)}.`;
	return `${label} ${how}${at} and has been selected ${times(s.listed)}.${best}${move}${latest}`;
}

/** The source named in an English figure citation. */
export const BUMP_SOURCE_EN = 'IPA, 情報セキュリティ10大脅威 (Information Security 10 Major Threats), each edition (ranks checked by Mamori against each source)';
