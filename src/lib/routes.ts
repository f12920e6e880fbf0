// Every site path is built here and nowhere else, so a page can move (or gain an English twin)
// by changing one line. Pure: no astro:content. Paths end in '/' except files (.csv, .json, .svg…).

// The site's languages live in the bottom vocabulary, so the dictionary (src/i18n) can name them too.
import { DEFAULT_LOCALE, type Locale } from '../vocab/locales.ts';

export type { Locale } from '../vocab/locales.ts';

/** Path prefix of a locale: '' for Japanese, '/en' for English. */
export function localePrefix(locale: Locale = DEFAULT_LOCALE): string {
	return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** Which locale a site path belongs to ('/en/…' is English, everything else Japanese). */
export function localeOf(path: string): Locale {
	return path === '/en' || path.startsWith('/en/') ? 'en' : 'ja';
}

/** A site path in another locale: '/threats/x/' ⇄ '/en/threats/x/'. Query and fragment are kept. */
export function switchLocale(path: string, to: Locale): string {
	const from = localeOf(path);
	const bare = from === DEFAULT_LOCALE ? path : path.slice(localePrefix(from).length) || '/';
	return `${localePrefix(to)}${bare}`;
}

const at = (locale: Locale | undefined, path: string): string => `${localePrefix(locale)}${path}`;

// Guideline entries rendered by a page of their own rather than /guideline/[slug]/.
const GUIDELINE_OWN_ROUTES: Readonly<Record<string, string>> = { about: '/guideline/', 'self-check': '/self-check/' };

/** Entry id of the policy section's top page, rendered at /policy/. */
export const POLICY_OVERVIEW_ID = 'overview';

export const routes = {
	home: (l?: Locale) => at(l, '/'),
	about: (l?: Locale) => at(l, '/about/'),
	accessibility: (l?: Locale) => at(l, '/accessibility/'),
	search: (l?: Locale, query = '') => at(l, `/search/${query ? `?${query}` : ''}`),
	searchHints: (l?: Locale) => at(l, '/search/hints.json'),
	updates: (l?: Locale) => at(l, '/updates/'),
	updatesFeed: (l?: Locale) => at(l, '/updates/feed.xml'),

	threats: (l?: Locale) => at(l, '/threats/'),
	threat: (id: string, l?: Locale) => at(l, `/threats/${id}/`),
	edition: (year: number | string, l?: Locale) => at(l, `/threats/editions/${year}/`),
	trends: (l?: Locale) => at(l, '/threats/trends/'),
	compareIndex: (l?: Locale) => at(l, '/threats/compare/'),
	compare: (p: { list: string; a: number; b: number }, l?: Locale) => at(l, `/threats/compare/${p.list}/${p.a}/${p.b}/`),

	cases: (l?: Locale) => at(l, '/cases/'),
	case: (id: string, l?: Locale) => at(l, `/cases/${id}/`),
	stats: (l?: Locale) => at(l, '/stats/'),
	statsJson: () => '/stats/stats.json',

	data: (l?: Locale) => at(l, '/data/'),
	rankingsCsv: () => '/data/rankings.csv',
	rankingsJson: () => '/data/rankings.json',
	rankingsCsvMetadata: () => '/data/rankings.csv-metadata.json',
	figureCsv: (file: string) => `/data/figures/${file}.csv`,
	citation: () => '/CITATION.cff',

	guideline: (l?: Locale) => at(l, '/guideline/'),
	guidelinePage: (id: string, l?: Locale) => at(l, GUIDELINE_OWN_ROUTES[id] ?? `/guideline/${id}/`),
	/** Whether a guideline entry is rendered by a page of its own rather than by /guideline/[slug]/. */
	guidelineHasOwnRoute: (id: string) => Object.hasOwn(GUIDELINE_OWN_ROUTES, id),
	basicRule: (n: number, l?: Locale) => at(l, `/guideline/#rule-${n}`),
	selfCheck: (l?: Locale) => at(l, '/self-check/'),
	selfCheckItem: (n: number, l?: Locale) => at(l, `/self-check/#item-${n}`),

	otasuketai: (l?: Locale) => at(l, '/otasuketai/'),
	otasuketaiAskNow: (l?: Locale) => at(l, '/otasuketai/#ask-now'),
	prefecture: (slug: string, l?: Locale) => at(l, `/otasuketai/${slug}/`),
	prefectureAskNow: (slug: string, l?: Locale) => at(l, `/otasuketai/${slug}/#ask-now`),
	flyer: (slug: string, l?: Locale) => at(l, `/otasuketai/${slug}/flyer/`),
	region: (slug: string, l?: Locale) => at(l, `/otasuketai/regions/${slug}/`),
	team: (id: string, l?: Locale) => at(l, `/otasuketai/teams/${id}/`),

	policy: (l?: Locale) => at(l, '/policy/'),
	policyPage: (id: string, l?: Locale) => at(l, id === POLICY_OVERVIEW_ID ? '/policy/' : `/policy/${id}/`),

	help: (l?: Locale) => at(l, '/help/'),
	helpSituation: (id: string, l?: Locale) => at(l, `/help/${id}/`),
	forChambers: (l?: Locale) => at(l, '/for-chambers/'),
	helpCard: (l?: Locale) => at(l, '/for-chambers/help-card/'),

	/** Where every embed lives: only pages under it may be framed by other sites. */
	embedRoot: () => '/embed/',
	embedTop10: () => '/embed/top10/',
	embedSelfCheck: () => '/embed/self-check/',
	embedHelp: () => '/embed/help/',
	embedPrefecture: (slug: string) => `/embed/otasuketai/${slug}/`,
	/** The image version of an embed: '/embed/top10/' → '/embed/top10.svg'. */
	embedImage: (embedPath: string) => `${embedPath.replace(/\/$/, '')}.svg`,

	// routes (#21): paths that were still written by hand in pages and components.
	/** The 5か条 (five basic rules) on the guideline's top page. */
	basicRules: (l?: Locale) => at(l, '/guideline/#basic-rules'),
	sitemapIndex: () => '/sitemap-index.xml',

	// #20: the individual (個人) list's own page, so /threats/ stays light enough to paint early.
	/** The individual list: its rank chart with the highlight legend, the newest edition's table, sources. */
	threatsIndividual: (l?: Locale) => at(l, '/threats/individual/'),

	// #20: the 2019 and 2020 pilots' teams (lists, figures, filter), moved off /otasuketai/ so it paints early.
	/** The pilot teams' page; a hash ('teams-2019', 'teams-industry') names a place on it. */
	otasuketaiPilots: (hash = '') => `/otasuketai/pilots/${hash ? `#${hash}` : ''}`,
	/** The service's history, from the first pilot to the new class, with its own sources (also moved off /otasuketai/). */
	otasuketaiHistory: () => '/otasuketai/history/',
} as const;

// routes (#21): recognising a Japanese path's page, for code that must tell pages apart (search intents).
// Kept beside the builders above so the two change together; test/unit/routes.test.ts checks they agree.
/** Whether a path is a 10大脅威 edition page, e.g. '/threats/editions/2024/'. */
export const isEditionPath = (path: string): boolean => /^\/threats\/editions\/\d{4}\/$/.test(path);
/** Whether a path is a threat page, e.g. '/threats/ransomware/' (not one of THREATS_OWN_PAGES). */
export const isThreatPath = (path: string): boolean => /^\/threats\/[a-z0-9-]+\/$/.test(path) && !ownPage(THREATS_OWN_PAGES, path);
/** Whether a path is a prefecture's お助け隊 page, e.g. '/otasuketai/shiga/' (not one of OTASUKETAI_OWN_PAGES). */
export const isPrefecturePath = (path: string): boolean => /^\/otasuketai\/[a-z-]+\/$/.test(path) && !ownPage(OTASUKETAI_OWN_PAGES, path);

// #20: the individual list's page, and the names under /threats/ that are pages of their own, not
// threats. A threat whose id were one of them would lose its page to it: the content rules refuse such an id
// (src/lib/content/rules/threats.ts) and test/unit/routes-recognise.test.ts checks the list against src/pages/threats/.
/** Path segments under /threats/ taken by the section's own pages (never a threat id). */
export const THREATS_OWN_PAGES: readonly string[] = ['editions', 'compare', 'trends', 'individual'];
/** Whether a path's segment under its section ('/threats/trends/', '/otasuketai/teams/…') is one of the section's own pages. */
function ownPage(pages: readonly string[], path: string): boolean {
	return pages.includes(path.split('/')[2] ?? '');
}

// #20: the names directly under /otasuketai/ that are pages or folders of their own, not prefectures. A
// prefecture whose slug were one of them would lose its page: test/unit/routes-recognise.test.ts fails naming
// the clash, and checks the list against src/pages/otasuketai/.
/** Path segments under /otasuketai/ taken by the section's own pages (never a prefecture slug). */
export const OTASUKETAI_OWN_PAGES: readonly string[] = ['regions', 'teams', 'pilots', 'history'];
