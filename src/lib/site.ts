import { routes, switchLocale } from './routes.ts';

/** Site-wide names and the main sections; the header, footer and breadcrumbs read them from here. */
// Only keys here, no words (#21): the tagline and the default description are t('site.tagline', locale) and
// t('site.description', locale). The search island imports this file, so importing src/i18n here would ship
// the whole dictionary with it.
import type { UiKey } from '../i18n/ja.ts';

export const SITE = {
	/** Site name shown in the header and page titles (a name, the same in every language). */
	name: 'Mamori',
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

/** The dictionary key of a search section's name (the Pagefind `section` filter's value is its word). */
export type SearchSectionKey = Extract<UiKey, `searchSection.${string}`>;

// Search filter sections (Pagefind `section` filter), by URL prefix; the first match wins. A page's section
// is t(key, locale) of its page's language (searchSectionKeyOf), so each index names its sections in its language.
const SEARCH_SECTIONS: readonly [prefix: string, key: SearchSectionKey][] = [
	[routes.threats(), 'searchSection.threats'],
	[routes.guideline(), 'searchSection.guideline'],
	[routes.selfCheck(), 'searchSection.selfCheck'],
	[routes.otasuketai(), 'searchSection.otasuketai'],
	[routes.policy(), 'searchSection.policy'],
	[routes.cases(), 'searchSection.cases'],
	[routes.stats(), 'searchSection.stats'],
	[routes.help(), 'searchSection.help'],
	[routes.data(), 'searchSection.data'],
	[routes.home(), 'searchSection.site'],
];

/** en-more2: the dictionary key of the search section of a page in either language ('/en/threats/x/' → 'searchSection.threats'). */
export function searchSectionKeyOf(pathname: string): SearchSectionKey {
	const path = switchLocale(pathname, 'ja');
	return SEARCH_SECTIONS.find(([prefix]) => path.startsWith(prefix))![1];
}

/** The search sections' keys in the order the search page offers them (its script gets their words as data-words). */
export const SEARCH_SECTION_KEYS: readonly SearchSectionKey[] = SEARCH_SECTIONS.map(([, key]) => key);
