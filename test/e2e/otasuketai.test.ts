import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREFECTURES } from '../../src/lib/prefectures.ts';
import { launch, visit } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const regionalTeams = async (path: string) => {
	const v = await visit(browser, path, { javaScriptEnabled: false });
	const names = await v.page.locator('#pilots ~ ul.teams').first().locator('li .name').allTextContents();
	await v.close();
	return names.map((n) => n.trim());
};

describe('お助け隊 prefecture pages', () => {
	it('exist for all 47 prefectures and name the prefecture', async () => {
		for (const p of PREFECTURES) {
			const v = await visit(browser, `/otasuketai/${p.slug}/`, { javaScriptEnabled: false });
			expect(v.status, p.slug).toBe(200);
			expect(await v.page.locator('h1').textContent()).toBe(`${p.name}のサイバーセキュリティお助け隊`);
			await v.close();
		}
	});

	it('list the region teams that served the prefecture in both pilots', async () => {
		expect(await regionalTeams('/otasuketai/iwate/')).toEqual(['1. 宮城、岩手、福島', '3. 岩手県', '4. 岩手県、宮城県、福島県']);
		expect(await regionalTeams('/otasuketai/osaka/')).toEqual(['7. 大阪、京都、兵庫']);
	});

	it('say so where no region team served the prefecture, and still list the nationwide industry teams', async () => {
		const v = await visit(browser, '/otasuketai/tokyo/');
		expect(await v.page.getByText('東京都を担当する地域向けのチームはありませんでした').count()).toBe(1);
		expect(await v.page.locator('ul.teams li .name').allTextContents()).toEqual(['14. 防衛・航空宇宙産業', '15. 自動車産業']);
		await v.close();
	});

	it('offer chambers of commerce the page address and a snippet for their newsletter', async () => {
		const v = await visit(browser, '/otasuketai/kumamoto/');
		expect(await v.page.locator('.kit .url').textContent()).toContain('/otasuketai/kumamoto/');
		expect(await v.page.locator('.kit .snippet').textContent()).toContain('熊本県の中小企業の皆さまへ');
		await v.page.emulateMedia({ media: 'print' });
		expect(await v.page.locator('.kit').isVisible()).toBe(false);
		await v.close();
	});
});

describe('お助け隊 directory', () => {
	it('lists every team of both pilots in the HTML', async () => {
		const v = await visit(browser, '/otasuketai/', { javaScriptEnabled: false });
		expect(await v.page.locator('li[data-team]').count()).toBe(23);
		await v.close();
	});

	it('lets a keyboard user open a prefecture from the map', async () => {
		const v = await visit(browser, '/otasuketai/');
		const tile = v.page.locator('.tile-map a[aria-label^="熊本県"]');
		await tile.focus();
		await Promise.all([v.page.waitForURL('**/otasuketai/kumamoto/'), v.page.keyboard.press('Enter')]);
		await v.close();
	});

	it('sends the home page prefecture picker straight to the prefecture page when scripts run', async () => {
		const v = await visit(browser, '/');
		await v.page.selectOption('#pref-picker', 'okinawa');
		await Promise.all([v.page.waitForURL('**/otasuketai/okinawa/'), v.page.getByRole('button', { name: '相談先を見る' }).click()]);
		expect(v.errors).toEqual([]);
		await v.close();
	});
});

describe('お助け隊 map', () => {
	it.each(['light', 'dark'] as const)('labels every tile in a colour that differs from its tile (%s)', async (colorScheme) => {
		const v = await visit(browser, '/otasuketai/', { colorScheme });
		const same = await v.page.locator('.tile-map a').evaluateAll((links) =>
			links.filter((a) => getComputedStyle(a.querySelector('rect')!).fill === getComputedStyle(a.querySelector('text')!).fill).map((a) => a.getAttribute('aria-label')),
		);
		expect(same).toEqual([]);
		await v.close();
	});
});
