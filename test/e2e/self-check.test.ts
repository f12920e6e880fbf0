import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, visit } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

describe('self-check page without JavaScript', () => {
	it('lists the 25 questions in three parts (5, 13, 7) with the four answer choices', async () => {
		const v = await visit(browser, '/self-check/', { javaScriptEnabled: false });
		const counts = await v.page.locator('section.part').evaluateAll((parts) => parts.map((p) => p.querySelectorAll('li[id^="item-"]').length));
		expect(counts).toEqual([5, 13, 7]);
		expect(await v.page.locator('#item-1 .choices').textContent()).toContain('□ 実施している');
		expect(await v.page.locator('#item-25 .q').textContent()).toContain('No.25');
		await v.close();
	});

	it('is linked from the threat pages item by item', async () => {
		const v = await visit(browser, '/threats/ransomware/');
		const href = await v.page.locator('a[href^="/self-check/#item-"]').first().getAttribute('href');
		expect(href).toMatch(/^\/self-check\/#item-\d+$/);
		await v.close();
	});
});
