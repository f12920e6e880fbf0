// English help, guideline, お助け隊 and policy pages (issue 22): a reader abroad finds them by searching in
// English, and a Japanese page with an English twin offers it. The pages' axe, 320 px and foreign-request
// checks are in pages.test.ts (every built page); hreflang pairs in test/build/hreflang.test.ts.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, reusedTab } from './harness.ts';

let browser: Browser;
let tab: Awaited<ReturnType<typeof reusedTab>>;
beforeAll(async () => {
	browser = await launch();
	tab = await reusedTab(browser);
});
afterAll(() => browser?.close());

// A query a reader abroad would type, and the page that must be among the first three results.
const QUERIES: [query: string, page: string][] = [
	['phishing', '/en/help/phishing-entered/'],
	['what to do ransomware', '/en/help/malware-infection/'],
	['support scam', '/en/help/support-scam/'],
	['transferred money fake CEO', '/en/help/money-transferred/'],
	['website defaced', '/en/help/website-defaced/'],
	['SECURITY ACTION', '/en/guideline/security-action/'],
	['Otasuketai', '/en/otasuketai/'],
];

describe('English search', () => {
	it.each(QUERIES)('finds %s → %s among the first three results on /en/search/', async (query, page) => {
		const v = await tab.go(`/en/search/?q=${encodeURIComponent(query)}`);
		const top = () => v.page.locator('[data-english-search] .results a').evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		await expect.poll(top, { timeout: 15_000 }).toContain(page);
		expect(v.errors).toEqual([]);
		expect(v.foreign).toEqual([]);
	});
});

describe('the language switch between twins', () => {
	it('takes a reader from a Japanese help page to its English twin and back', async () => {
		const v = await tab.go('/help/phishing-entered/');
		await v.page.locator('a[hreflang="en"]').first().click();
		await v.page.waitForURL((u) => u.pathname === '/en/help/phishing-entered/');
		expect(await v.page.locator('html').getAttribute('lang')).toBe('en');
		expect(await v.page.locator('h1').textContent()).toBe('I entered a password or card details (phishing)');
		// The Japanese phone numbers, not copies, are on the English page: the police's 110 and #9110.
		expect(await v.page.locator('[data-contact="police"] a.tel').allTextContents()).toEqual(['110', '#9110']);
		await v.page.locator('main a[hreflang="ja"]').first().click();
		await v.page.waitForURL((u) => u.pathname === '/help/phishing-entered/');
		expect(await v.page.locator('html').getAttribute('lang')).toBe('ja');
	});

	it('keeps the chart a policymaker highlighted when switching to English', async () => {
		const v = await tab.go('/threats/?highlight=ransomware,supply-chain-attack');
		const chip = (id: string) => v.page.locator(`#chart-organization ~ [data-island] [data-threat-button="${id}"]`);
		await chip('ransomware').waitFor();
		await v.page.locator('a.lang:visible').first().click();
		await v.page.waitForURL((u) => u.pathname === '/en/threats/');
		expect(new URL(v.page.url()).searchParams.get('highlight')).toBe('ransomware,supply-chain-attack');
		await chip('supply-chain-attack').waitFor();
		expect(await chip('ransomware').getAttribute('aria-pressed')).toBe('true');
		expect(await chip('supply-chain-attack').getAttribute('aria-pressed')).toBe('true');
	});
});
