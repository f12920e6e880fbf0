// The English UI words. Same keys as ja.ts (the type makes a missing key a type error).
import type { UiKey } from './ja.ts';

export const en: Record<UiKey, string> = {
	'site.name': 'Mamori',
	'site.kana': 'まもり',
	'site.tagline': 'Information security for small businesses in Japan',
	'site.description':
		"IPA's 10 Major Security Threats, the SME information security guideline, the Cyber Security Otasuketai support teams and METI's policy, made usable for small businesses.",
	'nav.label': 'Main',
	'nav.threats': 'Threats',
	'nav.guideline': 'Guideline and self-check',
	'nav.otasuketai': 'Otasuketai',
	'nav.policy': 'Policy',
	'nav.search': 'Search',
	'nav.help': 'In trouble?',
	'lang.switch': '日本語',
	'lang.switchLabel': 'このページの日本語版',
	// en-core (issue 22): the frame of the English edition — skip link, crumbs, header search, the
	// notice that the Japanese page is authoritative, the check date and the footer.
	'locale.skip': 'Skip to main content',
	'locale.home': 'Home',
	'locale.crumbs': 'Breadcrumb',
	'locale.searchLabel': 'Search the English pages',
	'locale.searchPlaceholder': 'Search the English pages',
	'locale.searchSubmit': 'Search',
	'locale.searchResults': 'Search results',
	'locale.translation': 'This page is our English translation of a Japanese page. The Japanese page is the authoritative version:',
	'locale.translationLink': 'read it in Japanese',
	'locale.reviewed': 'Content checked: ',
	'locale.reviewedSource': 'source: {label}, {date}',
	'locale.footerAbout': '{name}: {tagline}. Every ranking and figure on this site carries its source.',
	'locale.footerOfficial': 'This site is not an official site of IPA or the Ministry of Economy, Trade and Industry (METI). Check the latest schemes and contacts on their official pages.',
	'locale.footerJapanese': 'Japanese pages (authoritative)',
	// The header's way into the help pages, short enough for the bar at 375 px with the search control.
	'locale.helpButton': 'Help',
	'locale.englishPages': 'English pages',
};
