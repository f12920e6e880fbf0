import type { Source } from '../../schemas/source.ts';
import type { Stat } from '../../schemas/stat.ts';
import { markOf, valueText } from '../charts/bar-layout.ts';
import { VALUE_MARKS } from '../format.ts';

/** A stat entry: its id (the file name) and its data. */
export interface StatEntry {
	/** File name without .yaml; also the section's anchor on /stats/. */
	id: string;
	/** The figures. */
	data: Stat;
}

/** A page elsewhere on the site that puts a figure to use. */
export interface StatLink {
	/** Path of the page. */
	href: string;
	/** Link text. */
	label: string;
}

/** The figures /stats/ shows, in page order, each under a heading that says what it answers. */
export const STAT_SECTIONS: readonly { id: string; heading: string; related?: StatLink }[] = [
	{ id: 'osaka-sme-monitoring', heading: '中小企業も攻撃を受けているか', related: { href: '/threats/targeted-attack/', label: '標的型攻撃への備え' } },
	{ id: 'osaka-partner-damage', heading: '取引先への攻撃は自社に及ぶか', related: { href: '/threats/supply-chain-attack/', label: 'サプライチェーン・委託先を狙った攻撃への備え' } },
	{ id: 'supplier-oversight-japan-us-europe', heading: '日本企業は取引先の状況をどこまで把握しているか', related: { href: '/policy/', label: '経済産業省の政策の全体像' } },
	{ id: 'security-leadership-japan-us-europe', heading: '経営層はセキュリティにどれだけ関わっているか', related: { href: '/guideline/executives/', label: '経営者がすること：3原則と重要7項目' } },
	{ id: 'detection-days', heading: '攻撃に気づくまでどれくらいかかるか', related: { href: '/threats/targeted-attack/', label: '標的型攻撃への備え' } },
	{ id: 'connected-devices', heading: 'インターネットにつながる機器はどれだけ増えるか' },
	{ id: 'security-action-declarations', heading: 'SECURITY ACTIONの宣言はどれだけ増えたか', related: { href: '/guideline/security-action/', label: 'SECURITY ACTIONの宣言のしかた' } },
];

/** A stat placed on /stats/ under its heading. */
export interface StatSection extends StatEntry {
	/** The section's heading (h2). */
	heading: string;
	/** A page elsewhere on the site about the same subject, if any. */
	related: StatLink | null;
}

/** Put stats in page order: the listed ones first, any others after them by id, headed by their title. */
export function orderStats(entries: readonly StatEntry[]): StatSection[] {
	const rank = (id: string) => {
		const i = STAT_SECTIONS.findIndex((s) => s.id === id);
		return i === -1 ? STAT_SECTIONS.length : i;
	};
	return [...entries]
		.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id))
		.map((e) => {
			const section = STAT_SECTIONS.find((s) => s.id === e.id);
			return { ...e, heading: section?.heading ?? e.data.title, related: section?.related ?? null };
		});
}

/** Every source of the given stats once, in first-seen order (for the page's source list). */
export function collectSources(stats: readonly Stat[]): Source[] {
	const seen = new Map<string, Source>();
	for (const source of stats.flatMap((s) => s.sources)) {
		const key = JSON.stringify([source.title, source.publisher, source.date, source.url, source.file, source.locator]);
		if (!seen.has(key)) seen.set(key, source);
	}
	return [...seen.values()];
}

// What each mark means, spelled out for people who read the JSON without the page.
const MARK_MEANINGS = {
	about: 'おおよその値（約）',
	nearly: 'その値より少し少ない（弱）',
	over: 'その値を超える。値は下限（超）',
	'at-least': 'その値以上。値は下限（以上・少なくとも）',
	'at-most': 'その値以下。値は上限（以下）',
} as const satisfies Record<keyof typeof VALUE_MARKS, string>;

/** All stats as documented JSON for /stats/stats.json: each row with its mark and the text the page shows. */
export function toStatsJson(entries: readonly StatEntry[]): string {
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
		})),
		sources: data.sources,
	}));
	const dataset = {
		title: 'Mamori 調査の数字',
		description:
			'経済産業省の2つの説明資料（2017年12月頃と2020年12月頃）などに載っている調査の数字です。/stats/ のグラフと同じデータで、値は資料が示した数だけを収めています。',
		licence: 'CC BY 4.0',
		generated_from: 'content/stats',
		marks: MARK_MEANINGS,
		figures,
	};
	return `${JSON.stringify(dataset, null, '\t')}\n`;
}
