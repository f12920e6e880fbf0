// English edition (issue 22, en-more2): /en/threats/trends/ and the compare pages in English, reached from
// /en/threats/, with the same charts and tables as the Japanese pages and the language switch between them.
// One browser tab, few page loads.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, reusedTab } from './harness.ts';

let browser: Browser;
let tab: Awaited<ReturnType<typeof reusedTab>>;
beforeAll(async () => {
	browser = await launch();
	tab = await reusedTab(browser, { viewport: { width: 375, height: 800 } });
});
afterAll(() => browser?.close());

/**
 * Japanese characters in the main text that no lang="ja" element holds (quoted Japanese must say its
 * language), the figures' citation lines (a source's Japanese title) included.
 */
const untaggedJapanese = (page: Page) =>
	page.locator('main').evaluate((main) => {
		const copy = main.cloneNode(true) as HTMLElement;
		for (const el of copy.querySelectorAll('[lang="ja"]')) el.remove();
		return (copy.textContent ?? '').match(/[\u3040-\u30ff\u4e00-\u9fff]+/g) ?? [];
	});

describe('English trends and compare pages', () => {
	it('reaches the trends page from /en/threats/, in English, with every chart, its table and its CSV', async () => {
		const { page, errors, foreign } = await tab.go('/en/threats/');
		await Promise.all([page.waitForURL('**/en/threats/trends/'), page.getByRole('link', { name: /^Trends/ }).click()]);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('h1').textContent()).toBe('Trends in the 10 Major Threats');
		for (const span of [3, 5, 10]) {
			expect(await page.locator(`#moves-${span}`).textContent()).toMatch(new RegExp(`^The last ${span} editions \\(\\d{4} → \\d{4}\\)$`));
			expect(await page.locator(`section:has(#moves-${span}) [data-trend-summary]`).textContent()).toMatch(/^From the \d{4} edition to the \d{4} edition, /);
			expect(await page.locator(`#trend-moves-${span} details tbody tr`).count()).toBeGreaterThan(9);
		}
		// Every figure has its table and an English CSV of its own.
		const figures = page.locator('figure[data-chart]');
		expect(await figures.count()).toBe(7);
		const csvs = await page.locator('figure[data-chart] a[data-csv]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(csvs).toHaveLength(7);
		expect(
			csvs.every((href) => href.endsWith('-en.csv')),
			csvs.join(', '),
		).toBe(true);
		const csv = await page.evaluate((href) => fetch(href).then((r) => r.text()), csvs[0]!);
		expect(csv.split('\n')[0]).toMatch(/^Threat,\d{4} edition,\d{4} edition,Change/);
		expect(await untaggedJapanese(page)).toEqual([]);
		// The language switch goes to the Japanese twin.
		expect(await page.locator('header a.lang').first().getAttribute('href')).toBe('/threats/trends/');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('compares two editions in English and goes to the stable English page of the chosen pair', async () => {
		const { page, errors } = await tab.go('/en/threats/compare/');
		expect(await page.locator('h1').textContent()).toBe('Compare two editions');
		expect(await page.locator('#compare-chart svg.wide[role="img"] > title').textContent()).toMatch(/^The \d{4} and \d{4} editions compared \(Organisations\)$/);
		expect(await untaggedJapanese(page)).toEqual([]);
		// A pair the individual list cannot rank is explained in English, without leaving the page.
		await page.selectOption('select[name="list"]', 'individual');
		await page.selectOption('select[name="a"]', '2020');
		await page.selectOption('select[name="b"]', '2025');
		await page.getByRole('button', { name: 'Compare' }).click();
		await page.getByText('Ranks for Individuals can be compared in the 2016–2023 editions.').waitFor();
		expect(new URL(page.url()).pathname).toBe('/en/threats/compare/');
		await page.selectOption('select[name="list"]', 'organization');
		await page.selectOption('select[name="a"]', '2020');
		await page.selectOption('select[name="b"]', '2016');
		await Promise.all([page.waitForURL('**/en/threats/compare/organization/2016/2020/'), page.getByRole('button', { name: 'Compare' }).click()]);
		expect(await page.locator('h1').textContent()).toBe('The 2016 and 2020 editions compared (Organisations)');
		expect(await page.locator('#compare-chart details tbody tr').first().locator('th').textContent()).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
		expect(await untaggedJapanese(page)).toEqual([]);
		expect(await page.locator('header a.lang').first().getAttribute('href')).toBe('/threats/compare/organization/2016/2020/');
		expect(errors).toEqual([]);
	});
});
