import type { Pilot } from '../../schemas/otasuketai.ts';
import type { PriceCeiling, ServiceFigure, ServiceStandard, ServiceStatement } from '../../schemas/otasuketai-service.ts';
import type { Source } from '../../schemas/source.ts';
import { formatNumber, formatPartialDate, formatShare, formatValue } from '../format.ts';
import { t } from '../../i18n/index.ts';
import type { Locale } from '../routes.ts';

/**
 * The label of the pilot figure the history shows beside each pilot (content/otasuketai/<year>.yaml). Content
 * vocabulary, not a UI word: it must equal the label the pilot files write, and finds that figure.
 */
export const PILOT_PARTICIPANTS_LABEL = '参加した中小企業';

/** A statement or row as the page shows it: its words and the numbers of its sources in the section's list. */
export interface CitedText {
	/** What the reader sees. */
	text: string;
	/** A remark beside it, e.g. that sources differ on a detail. */
	note?: string;
	/** 1-based numbers into `ServiceStandardView.sources`, in the order the fact cites them. */
	refs: number[];
}

/** One row of the price-ceiling table. */
export interface CeilingRow extends CitedText {
	/** 1類 or 2類. */
	class: PriceCeiling['class'];
	/** Kind of monitoring; `text` holds the description. */
	type: string;
	/** The ceiling in words (月額1万円以下), or null when no source gives the amount. */
	price: string | null;
}

/** One entry of the history, oldest first; ongoing work comes last. */
export interface TimelineRow extends CitedText {
	/** Sort key: the date, a pilot's fiscal-year start, or '9999' for what is under way. */
	key: string;
	/** The date as the reader sees it: 2021年4月15日, 2019年度, 実施中. */
	when: string;
	/** What kind of entry it is, for styling and tests. */
	kind: 'pilot' | 'milestone' | 'figure' | 'ongoing';
}

/** Entries of the history that share a date, shown under it once. */
export interface TimelineGroup {
	/** The date as the reader sees it. */
	when: string;
	/** An ISO date for <time datetime>, or null for a fiscal year or ongoing work. */
	datetime: string | null;
	/** The entries, in order. */
	items: Omit<TimelineRow, 'when' | 'key'>[];
}

/** One year's subsidy terms, written out. */
export interface SubsidyRow extends CitedText {
	/** The programme year. */
	year: number;
	/** The maximum, e.g. 150万円. */
	maxAmount: string;
	/** The rates, one per kind of applicant: ['中小企業 1/2', '小規模事業者 2/3']. */
	rates: string[];
}

/** Everything /otasuketai/ shows about the service standard, with one numbered source list. */
export interface ServiceStandardView {
	standard: CitedText[];
	ceilings: CeilingRow[];
	class2: CitedText[];
	subsidy: { name: string; facts: CitedText[]; rounds: SubsidyRow[] };
	/** Every source once, numbered by first use in page order (ref n = sources[n - 1]). */
	sources: Source[];
}

/** The history as /otasuketai/history/ shows it, with that page's own numbered source list. */
export interface ServiceHistoryView {
	timeline: TimelineGroup[];
	/** Every source once, numbered by first use (ref n = sources[n - 1]). */
	sources: Source[];
}

/** Write yen the way a Japanese price list does: 10000 → '1万円', 1500000 → '150万円', 2000 → '2,000円'; in English '¥10,000'. */
export function formatYen(yen: number, locale: Locale = 'ja'): string {
	if (locale === 'en') return t('price.yen', 'en', { amount: formatNumber(yen, 'en') });
	return yen >= 10_000 && yen % 10_000 === 0 ? t('price.manYen', locale, { amount: formatNumber(yen / 10_000) }) : t('price.yen', locale, { amount: formatNumber(yen) });
}

/** Write a ceiling: '月額1万円以下', '1台あたり月額2,000円以下'; null when the amount is not known. */
export function formatCeiling(c: Pick<PriceCeiling, 'limit' | 'per'>, locale: Locale = 'ja'): string | null {
	if (c.limit === undefined) return null;
	return t(c.per === 'device-month' ? 'price.ceilingPerDevice' : 'price.ceiling', locale, { yen: formatYen(c.limit, locale) });
}

/** The known ceilings of one class in one phrase: 'ネットワーク一括監視型なら月額1万円以下、端末監視型なら…'. */
export function describeCeilings(ceilings: readonly PriceCeiling[], cls: PriceCeiling['class'] = '1類', locale: Locale = 'ja'): string {
	return ceilings
		.filter((c) => c.class === cls && c.limit !== undefined)
		.map((c) => t('price.typeCeiling', locale, { type: c.type, ceiling: formatCeiling(c, locale)! }))
		.join(t('price.join', locale));
}

/** Return a function that numbers sources by first use; the same document (all fields equal) keeps its number. */
export function createCiter(): { cite: (sources: readonly Source[]) => number[]; sources: Source[] } {
	const sources: Source[] = [];
	const numbers = new Map<string, number>();
	const cite = (list: readonly Source[]) => [
		...new Set(
			list.map((s) => {
				const key = JSON.stringify([s.title, s.publisher, s.date, s.url, s.file, s.locator, s.via]);
				if (!numbers.has(key)) numbers.set(key, sources.push(s));
				return numbers.get(key)!;
			}),
		),
	];
	return { cite, sources };
}

/** A figure in words: '42事業者', '2,000社超', '148社中61社（約4割）'. */
export function formatFigure(f: Pick<ServiceFigure, 'value' | 'unit' | 'of' | 'approx' | 'qualifier' | 'note'>): string {
	const mark = f.approx ?? f.qualifier;
	const value = f.of === undefined ? formatValue(f.value, f.unit, mark) : formatShare(f.value, f.of, f.unit, mark);
	return f.note ? t('serviceHistory.figureNote', 'ja', { value, note: f.note }) : value;
}

/** A history entry before its sources are numbered. */
export type TimelineEntry = Omit<TimelineRow, 'refs'> & { sources: readonly Source[] };

/** The history: each pilot at the start of its fiscal year, then milestones and figures by date, then what is under way. */
export function timelineEntries(s: Pick<ServiceStandard, 'milestones' | 'figures' | 'ongoing'>, pilots: readonly Pilot[]): TimelineEntry[] {
	const entries: TimelineEntry[] = [
		...s.milestones.map((m) => ({ key: m.date, when: formatPartialDate(m.date), kind: 'milestone' as const, text: m.text, sources: m.sources, ...(m.note ? { note: m.note } : {}) })),
		...s.figures.map((f) => ({
			key: f.asOf,
			when: formatPartialDate(f.asOf),
			kind: 'figure' as const,
			text: t('serviceHistory.figure', 'ja', { label: f.label, value: formatFigure(f) }),
			sources: f.sources,
		})),
		...pilots.map((p) => {
			const joined = p.figures.find((f) => f.label === PILOT_PARTICIPANTS_LABEL);
			const text = joined ? t('serviceHistory.pilotJoined', 'ja', { name: p.name, count: formatValue(joined.value, joined.unit) }) : t('serviceHistory.pilot', 'ja', { name: p.name });
			// The participants figure's sources name the pilot too and are the more precise citation.
			return { key: `${p.year}-04`, when: t('teamList.year', 'ja', { year: p.year }), kind: 'pilot' as const, text, sources: joined?.sources ?? p.sources };
		}),
		...s.ongoing.map((o) => ({ key: '9999', when: t('serviceHistory.ongoing', 'ja'), kind: 'ongoing' as const, text: o.text, sources: o.sources })),
	];
	// A stable sort: on the same key, milestones come before figures and pilots (e.g. April 2020).
	return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Put consecutive entries with the same date under one heading; the date becomes <time> when it is ISO. */
export function groupTimeline(rows: readonly TimelineRow[]): TimelineGroup[] {
	const groups: TimelineGroup[] = [];
	for (const { when, key, ...item } of rows) {
		const last = groups.at(-1);
		if (last?.when === when) last.items.push(item);
		else groups.push({ when, datetime: item.kind === 'milestone' || item.kind === 'figure' ? key : null, items: [item] });
	}
	return groups;
}

/** Build what /otasuketai/ shows, numbering sources in page order: standard, prices, 2類, subsidy. */
export function buildServiceStandardView(s: ServiceStandard): ServiceStandardView {
	const { cite, sources } = createCiter();
	const cited = (st: ServiceStatement): CitedText => ({ text: st.text, refs: cite(st.sources) });
	const standard = s.standard.map(cited);
	const ceilings = s.priceCeilings.map(
		(c): CeilingRow => ({
			class: c.class,
			type: c.type,
			text: c.description,
			price: formatCeiling(c),
			...(c.note ? { note: c.note } : {}),
			refs: cite(c.sources),
		}),
	);
	const class2 = s.class2.map(cited);
	const facts = s.subsidy.facts.map(cited);
	const rounds = s.subsidy.rounds.map(
		(r): SubsidyRow => ({
			year: r.year,
			text: t('serviceHistory.subsidyRound', 'ja', { year: r.year }),
			maxAmount: formatYen(r.maxAmount),
			rates: r.rates.map((x) => (x.who ? `${x.who} ${x.rate}` : x.rate)),
			refs: cite(r.sources),
		}),
	);
	return { standard, ceilings, class2, subsidy: { name: s.subsidy.name, facts, rounds }, sources };
}

/**
 * Build the history with its own source numbers: it has a page of its own (#20: folded into /otasuketai/ it was
 * 3.3 kB gzip of a page that must paint from its first round trip).
 */
export function buildServiceHistoryView(s: Pick<ServiceStandard, 'milestones' | 'figures' | 'ongoing'>, pilots: readonly Pilot[]): ServiceHistoryView {
	const { cite, sources } = createCiter();
	const timeline = groupTimeline(timelineEntries(s, pilots).map(({ sources: list, ...row }) => ({ ...row, refs: cite(list) })));
	return { timeline, sources };
}
