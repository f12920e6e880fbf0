import { routes } from './routes.ts';

/** Site-wide names and the main sections; the header, footer and breadcrumbs read them from here. */
// The words are the dictionary's (Japanese here; a page in another locale asks t(key, locale)). Only ja.ts is
// imported, as a plain object, so an island that imports this file does not pull in t() or en.ts.
import { ja, type UiKey } from '../i18n/ja.ts';

export const SITE = {
	/** Site name shown in the header and page titles. */
	name: 'Mamori',
	/** Japanese tagline shown beside the name. */
	tagline: ja['site.tagline'],
	/** Default description for pages that give none. */
	description:
		ja['site.description'],
} as const;

/** A main section of the site, as linked from the header. */
export interface Section {
	/** Dictionary key of the label, for t(key, locale). */
	key: UiKey;
	/** Label in the navigation (Japanese). */
	label: string;
	/** Path of the section's top page. */
	href: string;
}

/** Main sections in navigation order. */
export const SECTIONS: readonly Section[] = [
	{ key: 'nav.threats', label: ja['nav.threats'], href: routes.threats() },
	{ key: 'nav.guideline', label: ja['nav.guideline'], href: routes.guideline() },
	{ key: 'nav.otasuketai', label: ja['nav.otasuketai'], href: routes.otasuketai() },
	{ key: 'nav.policy', label: ja['nav.policy'], href: routes.policy() },
	{ key: 'nav.search', label: ja['nav.search'], href: routes.search() },
];

/** The section a path belongs to, for aria-current in the header; /self-check/ counts as the guideline section. */
export function sectionOf(pathname: string): Section | undefined {
	const path = pathname.startsWith(routes.selfCheck()) ? routes.guideline() : pathname;
	return SECTIONS.find((s) => path.startsWith(s.href));
}

// Search filter sections (Pagefind `section` filter), by URL prefix; the first match wins.
const SEARCH_SECTIONS: readonly [prefix: string, label: string][] = [
	[routes.threats(), '脅威'],
	[routes.guideline(), 'ガイドライン'],
	[routes.selfCheck(), '自社診断'],
	[routes.otasuketai(), 'お助け隊'],
	[routes.policy(), '政策'],
	[routes.cases(), '事例'],
	[routes.stats(), '統計'],
	[routes.help(), '相談'],
	[routes.data(), 'データ'],
	[routes.home(), 'サイト案内'],
];

/** Search sections in the order the search page offers them. */
export const SEARCH_SECTION_LABELS: readonly string[] = SEARCH_SECTIONS.map(([, label]) => label);

/** The search filter section a page belongs to, e.g. '脅威' for /threats/ransomware/. */
export function searchSectionOf(pathname: string): string {
	return SEARCH_SECTIONS.find(([prefix]) => pathname.startsWith(prefix))![1];
}
