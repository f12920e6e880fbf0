import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, reusedTab, visit } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** Height of the header, where 困ったとき ends, and whether the nav's labels all fit on screen. */
const measure = (page: Page) =>
	page.evaluate(() => {
		const header = document.querySelector('header.site-header')!.getBoundingClientRect();
		const trouble = document.querySelector('header a[href="/help/"]')!.getBoundingClientRect();
		const ul = document.querySelector('header nav ul')!;
		return { height: header.height, troubleBottom: trouble.bottom, navFits: ul.scrollWidth <= ul.clientWidth };
	});

describe('header on a phone (issue 20)', () => {
	it('is at most 120 px tall at 375 px, with 困ったとき and every section on the first screen', async () => {
		const tab = await reusedTab(browser, { viewport: { width: 375, height: 812 } });
		for (const path of ['/', '/threats/ransomware/', '/help/', '/self-check/', '/otasuketai/', '/stats/', '/search/']) {
			const { page } = await tab.go(path);
			const m = await measure(page);
			expect(m.height, path).toBeLessThanOrEqual(120);
			expect(m.troubleBottom, path).toBeLessThanOrEqual(120);
			expect(await page.locator('header a[href="/help/"]').isVisible(), path).toBe(true);
			expect(m.navFits, path).toBe(true);
			// The search box is in the header, so no nav item repeats it.
			expect(await page.locator('header form[role="search"]').count(), path).toBe(1);
			expect(await page.locator('header nav a[href^="/search/"]').count(), path).toBe(0);
		}
	});

	it('takes at most a third of the screen at 200% zoom on a 400 px phone, 困ったとき and search still in it', async () => {
		// 200% zoom on a 400 × 800 px phone is a 200 × 400 CSS px viewport.
		const v = await visit(browser, '/threats/ransomware/', { viewport: { width: 200, height: 400 } });
		expect((await measure(v.page)).height).toBeLessThanOrEqual(400 / 3);
		expect(await v.page.locator('header a[href="/help/"]').isVisible()).toBe(true);
		expect(await v.page.locator('header button[data-search-toggle]').isVisible()).toBe(true);
		await v.close();
	});

	it('opens the search box in one tap, and with the / key, and the box still lists results', async () => {
		const v = await visit(browser, '/threats/', { viewport: { width: 375, height: 812 } });
		const box = v.page.locator('#site-search');
		expect(await box.isVisible()).toBe(false);
		const toggle = v.page.getByRole('button', { name: '検索', expanded: false });
		await toggle.click();
		expect(await v.page.evaluate(() => document.activeElement?.id)).toBe('site-search');
		expect(await v.page.getByRole('button', { name: '検索', expanded: true }).count()).toBe(1);
		await box.fill('ransomware');
		await v.page.locator('#site-search-results [role="option"]').first().waitFor({ timeout: 15_000 });
		await v.page.reload();
		await v.page.keyboard.press('/');
		expect(await box.isVisible()).toBe(true);
		expect(await v.page.evaluate(() => document.activeElement?.id)).toBe('site-search');
		await v.close();
	});

	it('without JavaScript, the folded search is a link to the search page, which has its own box', async () => {
		const v = await visit(browser, '/help/', { viewport: { width: 375, height: 812 }, javaScriptEnabled: false });
		await Promise.all([v.page.waitForURL('**/search/'), v.page.locator('header a[data-search-toggle]').click()]);
		expect(await v.page.locator('main input[type="search"]').isVisible()).toBe(true);
		await v.close();
	});

	it('at 1280 px shows the box itself, not the toggle', async () => {
		const v = await visit(browser, '/threats/');
		expect(await v.page.locator('#site-search').isVisible()).toBe(true);
		expect(await v.page.locator('[data-search-toggle]').isVisible()).toBe(false);
		await v.close();
	});

	it('draws the same DA focus ring on buttons in both schemes, and a yellow one on the navy header', async () => {
		const ring = async (colorScheme: 'light' | 'dark', selector: string) => {
			const v = await visit(browser, '/', { colorScheme });
			await v.page.keyboard.press('Tab');
			await v.page.locator(selector).first().focus();
			const style = await v.page.evaluate((sel) => {
				const cs = getComputedStyle(document.querySelector(sel)!);
				return `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`;
			}, selector);
			await v.close();
			return style;
		};
		expect(await ring('light', 'main .mm-button')).toBe('solid 4px rgb(0, 0, 0)');
		expect(await ring('dark', 'main .mm-button')).toBe('solid 4px rgb(255, 212, 61)');
		expect(await ring('light', 'header a.trouble')).toBe('solid 4px rgb(255, 212, 61)');
	});
});
