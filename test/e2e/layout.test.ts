import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, visit } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

describe('layout', () => {
	it('offers a skip link as the first Tab stop, which moves focus to the main content', async () => {
		const v = await visit(browser, '/threats/');
		await v.page.keyboard.press('Tab');
		expect(await v.page.evaluate(() => document.activeElement?.textContent)).toBe('本文へ移動');
		await v.page.keyboard.press('Enter');
		expect(await v.page.evaluate(() => document.activeElement?.id)).toBe('main');
		await v.close();
	});

	it('lists the four main sections in the header and marks the current one', async () => {
		const v = await visit(browser, '/threats/');
		const nav = v.page.getByRole('navigation', { name: 'メイン' });
		expect(await nav.getByRole('link').allTextContents()).toEqual(['脅威', 'ガイドライン・自社診断', 'お助け隊', '政策']);
		expect(await nav.locator('[aria-current="page"]').textContent()).toBe('脅威');
		await v.close();
	});

	it('shows breadcrumbs from the home page to the current page', async () => {
		const v = await visit(browser, '/self-check/');
		const crumbs = v.page.getByRole('navigation', { name: 'パンくずリスト' });
		expect(await crumbs.locator('li').allTextContents()).toEqual(['ホーム', 'ガイドライン・自社診断', '自社診断']);
		await v.close();
	});

	it('switches to dark colours when the reader prefers them', async () => {
		const bg = async (colorScheme: 'light' | 'dark') => {
			const v = await visit(browser, '/', { colorScheme });
			const color = await v.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			await v.close();
			return color;
		};
		expect(await bg('light')).toBe('rgb(255, 255, 255)');
		expect(await bg('dark')).toBe('rgb(20, 20, 20)');
	});

	it('prints without navigation and writes out link targets', async () => {
		const v = await visit(browser, '/');
		await v.page.emulateMedia({ media: 'print' });
		expect(await v.page.locator('nav[aria-label="メイン"]').isVisible()).toBe(false);
		expect(await v.page.locator('form[role="search"]').isVisible()).toBe(false);
		// A bare site path on paper opens nothing: a site link prints its full address (data-abs, set where the
		// address is known) or nothing; a link to another site prints its address.
		const after = (selector: string) => v.page.evaluate((sel) => getComputedStyle(document.querySelector(sel)!, '::after').content, selector);
		expect(await after('main a[href="/threats/"]')).not.toContain('</threats/>');
		await v.page.evaluate(() => document.querySelector('main a[href="/threats/"]')!.setAttribute('data-abs', 'https://mamori.example/threats/'));
		expect(await after('main a[href="/threats/"]')).toContain('https://mamori.example/threats/');
		await v.page.goto(v.page.url().replace(/\/$/, '/help/'));
		expect(await after('main a[href^="https://"]')).toMatch(/<https:\/\//);
		await v.close();
	});
});

describe('without JavaScript', () => {
	it('the home page offers the prefectures as links, not a form that needs a script to reach the page', async () => {
		const v = await visit(browser, '/', { javaScriptEnabled: false });
		expect(await v.page.locator('#pref-picker').isVisible()).toBe(false);
		await v.page.getByText('47都道府県の一覧から選ぶ').click();
		await Promise.all([v.page.waitForURL('**/otasuketai/kumamoto/'), v.page.locator('.picker-all').getByRole('link', { name: '熊本県' }).click()]);
		expect(await v.page.locator('h1').textContent()).toBe('熊本県のサイバーセキュリティお助け隊');
		await v.close();
	});

	it('the header search box submits the query to /search/', async () => {
		const v = await visit(browser, '/guideline/', { javaScriptEnabled: false });
		await v.page.fill('#site-search', 'パスワード');
		await Promise.all([v.page.waitForURL(/\/search\/\?q=/), v.page.keyboard.press('Enter')]);
		expect(decodeURIComponent(new URL(v.page.url()).search)).toBe('?q=パスワード');
		await v.close();
	});
});
