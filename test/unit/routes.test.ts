import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { withReaderState } from '../../src/islands/language-switch.ts';
import { localeOf, routes, switchLocale } from '../../src/lib/routes.ts';

describe('routes', () => {
	it('builds Japanese paths at the root and English ones under /en/', () => {
		expect(routes.threat('ransomware')).toBe('/threats/ransomware/');
		expect(routes.threat('ransomware', 'en')).toBe('/en/threats/ransomware/');
		expect(routes.home('en')).toBe('/en/');
		expect(routes.compare({ list: 'organization', a: 2024, b: 2025 })).toBe('/threats/compare/organization/2024/2025/');
	});

	it('gives the guideline overview, the self-check and the policy overview their own paths', () => {
		expect(routes.guidelinePage('about')).toBe('/guideline/');
		expect(routes.guidelinePage('self-check')).toBe('/self-check/');
		expect(routes.guidelinePage('basics')).toBe('/guideline/basics/');
		expect(routes.policyPage('overview')).toBe('/policy/');
		expect(routes.policyPage('timeline', 'en')).toBe('/en/policy/timeline/');
	});

	it('switches a page to its other-language twin and back, keeping query and fragment', () => {
		expect(localeOf('/en/threats/')).toBe('en');
		expect(localeOf('/english-page/')).toBe('ja');
		expect(switchLocale('/threats/x/?highlight=a#c', 'en')).toBe('/en/threats/x/?highlight=a#c');
		expect(switchLocale('/en/threats/x/', 'ja')).toBe('/threats/x/');
		expect(switchLocale('/en/', 'ja')).toBe('/');
		expect(switchLocale('/', 'en')).toBe('/en/');
	});
});

describe('t', () => {
	it('says a UI word in each language', () => {
		expect(t('nav.help')).toBe('困ったとき');
		expect(t('nav.help', 'en')).toBe('In trouble?');
	});
});

describe('withReaderState', () => {
	it('carries a chart highlight and a figure anchor to the twin page, and nothing empty', () => {
		expect(withReaderState('/en/threats/', '?highlight=ransomware,supply-chain-attack', '#chart-organization')).toBe('/en/threats/?highlight=ransomware,supply-chain-attack#chart-organization');
		expect(withReaderState('/threats/', '', '')).toBe('/threats/');
		expect(withReaderState('/threats/?old=1#x', '?', '#')).toBe('/threats/');
	});
});
