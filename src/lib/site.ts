import { routes, switchLocale } from './routes.ts';

/** Site-wide names and the main sections; the header, footer and breadcrumbs read them from here. */
// The Japanese words here equal the dictionary's (test/unit/words.test.ts checks it); a page in another locale
// asks t(key, locale). They are not read from src/i18n because the search island imports this file, and the
// whole dictionary would ship with it.
import type { UiKey } from '../i18n/ja.ts';

export const SITE = {
	/** Site name shown in the header and page titles. */
	name: 'Mamori',
	/** Japanese tagline shown beside the name. */
	tagline: '中小企業のための情報セキュリティ案内',
	/** Default description for pages that give none. */
	description: 'IPAの「情報セキュリティ10大脅威」、中小企業の情報セキュリティ対策ガイドライン、サイバーセキュリティお助け隊、経済産業省の政策を、中小企業がすぐ使える形にまとめたサイトです。',
} as const;

/** A main section of the site, as linked from the header. */
export interface Section {
	/** Dictionary key of the label in the navigation, for t(key, locale). */
	key: UiKey;
	/** Path of the section's top page. */
	href: string;
}

/** Main sections in navigation order. */
export const SECTIONS: readonly Section[] = [
	{ key: 'nav.threats', href: routes.threats() },
	{ key: 'nav.guideline', href: routes.guideline() },
	{ key: 'nav.otasuketai', href: routes.otasuketai() },
	{ key: 'nav.policy', href: routes.policy() },
	{ key: 'nav.search', href: routes.search() },
];

/** The section a path belongs to, for aria-current in the header; /self-check/ counts as the guideline section. */
export function sectionOf(pathname: string): Section | undefined {
	const path = pathname.startsWith(routes.selfCheck()) ? routes.guideline() : pathname;
	return SECTIONS.find((s) => path.startsWith(s.href));
}

// Search filter sections (Pagefind `section` filter), by URL prefix; the first match wins. The label is
// the dictionary's Japanese word for the key (test/unit/words.test.ts); an English page's section is
// t(key, 'en') (searchSectionKeyOf), so the English index names its sections in English.
const SEARCH_SECTIONS: readonly [prefix: string, label: string, key: UiKey][] = [
	[routes.threats(), '脅威', 'searchSection.threats'],
	[routes.guideline(), 'ガイドライン', 'searchSection.guideline'],
	[routes.selfCheck(), '自社診断', 'searchSection.selfCheck'],
	[routes.otasuketai(), 'お助け隊', 'searchSection.otasuketai'],
	[routes.policy(), '政策', 'searchSection.policy'],
	[routes.cases(), '事例', 'searchSection.cases'],
	[routes.stats(), '統計', 'searchSection.stats'],
	[routes.help(), '相談', 'searchSection.help'],
	[routes.data(), 'データ', 'searchSection.data'],
	[routes.home(), 'サイト案内', 'searchSection.site'],
];

/** en-more2: the dictionary key of the search section of a page in either language ('/en/threats/x/' → 'searchSection.threats'). */
export function searchSectionKeyOf(pathname: string): UiKey {
	const path = switchLocale(pathname, 'ja');
	return SEARCH_SECTIONS.find(([prefix]) => path.startsWith(prefix))![2];
}

/** Search sections in the order the search page offers them. */
export const SEARCH_SECTION_LABELS: readonly string[] = SEARCH_SECTIONS.map(([, label]) => label);

/** The search filter section a page belongs to, e.g. '脅威' for /threats/ransomware/. */
export function searchSectionOf(pathname: string): string {
	return SEARCH_SECTIONS.find(([prefix]) => pathname.startsWith(prefix))![1];
}
