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

	// en-more2: the header box of an English page lists English results live, in English words.
	it('lists English results live in the header box of an English page, first the page the query names', async () => {
		const { page, foreign } = await tab.go('/en/data/');
		const box = page.locator('#site-search');
		expect(await box.getAttribute('placeholder')).toBe('Search the English pages');
		for (const [query, expected] of CASES.slice(0, 3)) {
			await box.fill(query);
			const first = page.locator('#site-search-results [role="option"]').first();
			await expect.poll(async () => new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname, { timeout: 15_000 }).toBe(expected);
			expect(await box.getAttribute('aria-expanded')).toBe('true');
			expect(await page.locator('form[role="search"] [role="status"]').textContent()).toMatch(/^\d+ results? found\./);
			const hrefs = await page.locator('#site-search-results [role="option"]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			expect(
				hrefs.every((h) => h.startsWith('/en/')),
				hrefs.join(', '),
			).toBe(true);
		}
		// Each result names its section in English; the last option opens every result on /en/search/.
		expect(await page.locator('#site-search-results [role="option"] .section').first().textContent()).toBe('Threats');
		const all = page.locator('#site-search-results [role="option"]').last();
		expect(await all.textContent()).toMatch(/^See (all \d+ results|the 1 result on the search page)$/);
		expect(decodeURIComponent((await all.getAttribute('href'))!)).toBe('/en/search/?q=phishing');
		// Arrow keys and Enter open the highlighted result, as on Japanese pages.
		await box.press('ArrowDown');
		await Promise.all([page.waitForURL((u) => u.pathname === '/en/threats/phishing/'), box.press('Enter')]);
		// Nothing found: said in English, with no empty list open.
		await page.locator('#site-search').fill('zzqxw');
		await expect.poll(() => page.locator('form[role="search"] .none').textContent(), { timeout: 15_000 }).toBe('No English page matches “zzqxw”. Try a shorter word or another way of saying it.');
		expect(await page.locator('#site-search').getAttribute('aria-expanded')).toBe('false');
		expect(foreign).toEqual([]);
	});

	it('submits the header box of an English page to the English search', async () => {
		const { page } = await tab.go('/en/threats/');
		expect(await page.locator('header form[role="search"]').getAttribute('action')).toBe('/en/search/');
		expect(await page.locator('header form[role="search"] button[type="submit"]').textContent()).toBe('Search');
	});
});
