import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, builtPages, launch, reusedTab, visit } from './harness.ts';

let browser: Browser;
let tab: Awaited<ReturnType<typeof reusedTab>>;
beforeAll(async () => {
	browser = await launch();
	// Phone width first: most readers arrive on a phone.
	tab = await reusedTab(browser, { viewport: { width: 320, height: 640 } });
});
afterAll(() => browser?.close());

const pages = builtPages();

describe('every built page', () => {
	it('includes the home page and every main section', () => {
		expect(pages).toEqual(expect.arrayContaining(['/', '/threats/', '/guideline/', '/self-check/', '/otasuketai/', '/policy/', '/search/', '/about/', '/help/']));
		// The English edition (issue 22) goes through the same checks.
		expect(pages).toEqual(expect.arrayContaining(['/en/', '/en/threats/', '/en/threats/ransomware/', '/en/threats/editions/2026/', '/en/data/', '/en/search/']));
	});

	it.each(pages)('%s loads with status 200, no script error and nothing from other origins, fits a 320 px phone, and has no WCAG 2.1 A/AA violation in light or dark colours', async (path) => {
		const v = await tab.go(path);
		const { page } = v;
		expect(v.status).toBe(200);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width at 320 px').toBeLessThanOrEqual(320);
		await page.setViewportSize({ width: 1280, height: 900 });
		try {
			await page.emulateMedia({ colorScheme: 'light' });
			expect(await axeViolations(page), 'light').toEqual([]);
			// Only colours change with the scheme, so the dark pass needs only the contrast rule.
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await axeViolations(page, ['color-contrast']), 'dark').toEqual([]);
		} finally {
			await page.setViewportSize({ width: 320, height: 640 });
		}
		expect(v.errors).toEqual([]);
		expect(v.foreign).toEqual([]);
	});

	it('serves the not-found page with status 404 for an unknown URL', async () => {
		const v = await visit(browser, '/no-such-page/');
		expect(v.status).toBe(404);
		expect(await v.page.locator('h1').textContent()).toBe('ページが見つかりません');
		await v.close();
	});
});
