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
};
