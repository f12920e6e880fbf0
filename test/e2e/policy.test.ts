import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, visit } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

// What needs no browser (titles, lists, links, dates, wording) is checked over the built HTML in
// test/build/policy.test.ts; here, what needs layout, visibility or a click.

describe('policy timeline', () => {
	it('shows the list open and the chart labelled, with scripts off', async () => {
		const v = await visit(browser, '/policy/timeline/', { javaScriptEnabled: false });
		const figure = v.page.locator('#policy-timeline');
		expect(await figure.locator('details').getAttribute('open')).not.toBeNull();
		expect(await figure.locator('[data-timeline-list] > li').first().isVisible()).toBe(true);
		const svg = figure.locator('svg[role="img"]');
		expect(await svg.isVisible()).toBe(true);
		const descId = await svg.getAttribute('aria-describedby');
		expect((await v.page.locator(`[id="${descId}"]`).textContent())?.length).toBeGreaterThan(10);
		await v.close();
	});
});

describe('supply-chain diagram', () => {
	it('is an image with a title and description, and a text equivalent naming the same risks', async () => {
		const v = await visit(browser, '/policy/supply-chain-framework/', { javaScriptEnabled: false });
		const figure = v.page.locator('#supply-chain-diagram');
		const svg = figure.locator('svg[role="img"]');
		expect(await svg.getAttribute('aria-labelledby')).toBeTruthy();
		expect(await svg.getAttribute('aria-describedby')).toBeTruthy();
		const text = figure.locator('[data-diagram-text]');
		expect(await text.locator('li').count()).toBeGreaterThanOrEqual(5);
		const all = (await text.textContent()) ?? '';
		for (const risk of ['バックドア混入', '機密データの流出', 'サプライチェーン停止', '誤作動・暴走']) expect(all).toContain(risk);
		// The text equivalent sits in a closed disclosure that opens without scripts.
		await figure.locator('summary').click();
		expect(await text.locator('li').first().isVisible()).toBe(true);
		await v.close();
	});

	it.each([320, 375])('fits a %i px phone without scrolling sideways, its text still about 9 px or more', async (width) => {
		const v = await visit(browser, '/policy/supply-chain-framework/', { javaScriptEnabled: false, viewport: { width, height: 800 } });
		const plot = v.page.locator('#supply-chain-diagram .plot');
		const { scroll, client, scale } = await plot.evaluate((el) => {
			const svg = el.querySelector('svg')!;
			return { scroll: el.scrollWidth, client: el.clientWidth, scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width };
		});
		expect(scroll).toBeLessThanOrEqual(client);
		// SVG text is set at 12 units; below ~0.75 of that it is too small to read on a phone.
		expect(12 * scale).toBeGreaterThanOrEqual(9);
		expect(await v.page.locator('#supply-chain-diagram svg > title').textContent()).toBeTruthy();
		await v.close();
	});
});
