// English search (issue 22): /en/search/ searches Pagefind's English index (Pagefind splits the index by
// <html lang>), so an English query finds the English page first and never a Japanese one.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, reusedTab } from '../e2e/harness.ts';

// [query, the English page that should come first]
const CASES: [query: string, page: string][] = [
	['ransomware', '/en/threats/ransomware/'],
	['supply chain', '/en/threats/supply-chain-attack/'],
	['phishing', '/en/threats/phishing/'],
	['business email compromise', '/en/threats/business-email-compromise/'],
	['DDoS', '/en/threats/dos-ddos/'],
	['tech support scam', '/en/threats/fake-warnings-support-scam/'],
	['open data CSV', '/en/data/'],
];

let browser: Browser;
let tab: Awaited<ReturnType<typeof reusedTab>>;
beforeAll(async () => {
	browser = await launch();
	tab = await reusedTab(browser);
});
afterAll(() => browser?.close());

/** The result links the English search page lists for a query, in order. */
async function results(query: string): Promise<{ urls: string[]; foreign: string[] }> {
	const { page, foreign } = await tab.go(`/en/search/?q=${encodeURIComponent(query)}`);
	await page
		.locator('[data-english-search] [role="status"]')
		.filter({ hasText: /match|Nothing/ })
		.waitFor({ timeout: 30_000 });
	const urls = await page.locator('[data-english-search] ol a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	return { urls, foreign };
}

describe('English search', () => {
	it.each(CASES)('「%s」 lists %s first, and only English pages', async (query, expected) => {
		const { urls, foreign } = await results(query);
		expect(urls[0], urls.join(', ')).toBe(expected);
		expect(urls.every((u) => u.startsWith('/en/'))).toBe(true);
		expect(foreign).toEqual([]);
	});

	it('submits the header box of an English page to the English search', async () => {
		const { page } = await tab.go('/en/threats/');
		expect(await page.locator('header form[role="search"]').getAttribute('action')).toBe('/en/search/');
		expect(await page.locator('header form[role="search"] button[type="submit"]').textContent()).toBe('Search');
	});
});
