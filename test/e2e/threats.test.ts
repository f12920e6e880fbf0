import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, visit } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** Text of each row of the table with the given caption, cells joined by '|'. */
async function rows(page: import('playwright-core').Page, caption: string): Promise<string[]> {
	return page.locator('table', { has: page.locator(`caption:text-is("${caption}")`) }).locator('tbody tr').evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.querySelector('a')?.textContent ?? c.firstChild?.textContent ?? '').trim()).join('|')),
	);
}

describe('edition pages', () => {
	it('show the 2020 organisation list in order, with changes and the previous ranks the slide prints', async () => {
		const v = await visit(browser, '/threats/editions/2020/');
		const org = await rows(v.page, '情報セキュリティ10大脅威 2020（組織）');
		expect(org).toHaveLength(10);
		expect(org[0]).toBe('1位|標的型攻撃による機密情報の窃取|→|1位');
		expect(org[5]).toBe('6位|予期せぬIT基盤の障害に伴う業務停止|圏外から|16位');
		const ind = await rows(v.page, '情報セキュリティ10大脅威 2020（個人）');
		expect(ind[0]).toBe('1位|スマホ決済の不正利用|NEW|—');
		expect(await v.page.getByRole('link', { name: '← 2019年版' }).getAttribute('href')).toBe('/threats/editions/2019/');
		await v.close();
	});

	it('show an unranked list without ranks and say so', async () => {
		const v = await visit(browser, '/threats/editions/2026/');
		const ind = await rows(v.page, '情報セキュリティ10大脅威 2026（個人）');
		expect(ind).toHaveLength(10);
		expect(ind.every((r) => !r.includes('位|'))).toBe(true);
		expect(await v.page.getByText('順位を付けずに五十音順で発表されています').count()).toBe(1);
		await v.close();
	});
});

describe('the trend chart on /threats/', () => {
	it('is in the page, with its data table, when scripts are off', async () => {
		const v = await visit(browser, '/threats/', { javaScriptEnabled: false });
		const figure = v.page.locator('#chart-organization');
		expect(await figure.locator('svg[role="img"] > title').textContent()).toBe('情報セキュリティ10大脅威（組織）の順位の推移');
		expect(await figure.locator('[data-threat="ransomware"] path').count()).toBeGreaterThan(0);
		expect(await figure.locator('details table tbody tr').count()).toBeGreaterThan(10);
		expect(await v.page.locator('.chart-tools button').count()).toBe(0);
		expect(await v.page.locator('#list-organization ~ .mm-note, section:has(#list-organization) .mm-note').first().textContent()).toContain('2025年版の「システムの脆弱性を突いた攻撃」（3位）は、前の版の「ゼロデイ攻撃」');
		await v.close();
	});

	it('highlights a threat when its legend button gets keyboard focus, and keeps the choice in the URL', async () => {
		const v = await visit(browser, '/threats/');
		const button = v.page.locator('#chart-organization ~ astro-island [data-threat-button="insider-threat"]');
		await button.waitFor();
		await v.page.keyboard.press('Tab');
		await button.focus();
		await v.page.waitForURL(/highlight=insider-threat/);
		expect(await v.page.locator('#chart-organization').getAttribute('data-highlight')).toBe('insider-threat');
		expect(await v.page.locator('#chart-organization g[data-threat="insider-threat"][data-active]').count()).toBe(1);
		expect(v.errors).toEqual([]);
		await v.close();
	});

	it('opens with the threat named in ?highlight= already highlighted', async () => {
		const v = await visit(browser, '/threats/?highlight=ransomware');
		await v.page.locator('#chart-organization[data-highlight="ransomware"]').waitFor();
		expect(await v.page.locator('[data-threat-button="ransomware"]').first().getAttribute('aria-pressed')).toBe('true');
		await v.close();
	});

	it('saves the chart as a standalone SVG file and as a PNG', async () => {
		const v = await visit(browser, '/threats/', { acceptDownloads: true });
		const tools = v.page.locator('.chart-tools').first();
		await tools.waitFor();
		const [svg] = await Promise.all([v.page.waitForEvent('download'), tools.getByRole('button', { name: 'SVGで保存' }).click()]);
		expect(svg.suggestedFilename()).toBe('mamori-10threats-organization.svg');
		const body = readFileSync((await svg.path())!, 'utf8');
		expect(body).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(body).toContain('ランサムウェア');
		const [png] = await Promise.all([v.page.waitForEvent('download'), tools.getByRole('button', { name: 'PNGで保存' }).click()]);
		expect(png.suggestedFilename()).toBe('mamori-10threats-organization.png');
		const bytes = readFileSync((await png.path())!);
		expect(bytes.subarray(1, 4).toString()).toBe('PNG');
		expect(v.errors).toEqual([]);
		await v.close();
	});
});

describe('threat pages', () => {
	it('show the rank history, the titles a renamed threat carried, and a sparkline', async () => {
		const v = await visit(browser, '/threats/ransomware/');
		expect(await v.page.locator('h1').textContent()).toBe('ランサムウェア（ランサム攻撃）');
		const history = await rows(v.page, 'ランサムウェア（ランサム攻撃）が選ばれた版と順位');
		expect(history[0]).toMatch(/^2016年版\|組織\|7位\|/);
		expect(await v.page.locator('li', { hasText: '「ランサム攻撃による被害」' }).count()).toBe(1);
		expect(await v.page.locator('svg.sparkline').count()).toBe(2);
		await v.close();
	});
});

describe('compare page', () => {
	it('shows the two newest organisation editions without scripts', async () => {
		const v = await visit(browser, '/threats/compare/', { javaScriptEnabled: false });
		expect(await v.page.locator('#compare-chart svg[role="img"] > title').textContent()).toBe('2025年版と2026年版の比較（組織）');
		expect(await v.page.locator('#compare-chart [data-threat="ai-usage-cyber-risk"]').count()).toBeGreaterThan(0);
		await v.close();
	});

	it('goes to the stable page of the pair chosen in the form', async () => {
		const v = await visit(browser, '/threats/compare/');
		await v.page.selectOption('select[name="a"]', '2020');
		await v.page.selectOption('select[name="b"]', '2016');
		await Promise.all([v.page.waitForURL('**/threats/compare/organization/2016/2020/'), v.page.getByRole('button', { name: '比べる' }).click()]);
		expect(await v.page.locator('h1').textContent()).toBe('2016年版と2020年版の比較（組織）');
		await v.close();
	});
});

describe('compare form', () => {
	it('explains, instead of failing, when the individual list has no ranks for a chosen edition', async () => {
		const v = await visit(browser, '/threats/compare/');
		await v.page.selectOption('select[name="list"]', 'individual');
		await v.page.selectOption('select[name="a"]', '2020');
		await v.page.selectOption('select[name="b"]', '2025');
		await v.page.getByRole('button', { name: '比べる' }).click();
		await v.page.getByText('個人向けで順位を比べられるのは2016〜2023年版です。').waitFor();
		expect(new URL(v.page.url()).pathname).toBe('/threats/compare/');
		await v.close();
	});
});
