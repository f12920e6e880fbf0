import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, visit } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

describe('the 5か条 checklist on /guideline/', () => {
	it('gives each rule first steps and two or three checks for when it is done, as boxes to tick on paper', async () => {
		const v = await visit(browser, '/guideline/');
		for (let n = 1; n <= 5; n++) {
			const rule = v.page.locator(`#rule-${n}`);
			expect(await rule.locator('h4').allTextContents()).toEqual([`15分でできること（その${n}）`, `できたかの確認（その${n}）`]);
			const done = await rule.locator('ul').nth(1).locator('li').allTextContents();
			expect(done.length, `rule ${n}`).toBeGreaterThanOrEqual(2);
			expect(done.length, `rule ${n}`).toBeLessThanOrEqual(3);
		}
		expect(await v.page.locator('#rule-3 ul').nth(1).textContent()).toContain('10文字以上');
		// The tick box is drawn with a border, so it prints without background graphics.
		await v.page.emulateMedia({ media: 'print' });
		const last = v.page.locator('#rule-5 ul').nth(1).locator('li').first();
		expect(await last.isVisible()).toBe(true);
		expect(await last.evaluate((li) => getComputedStyle(li, '::before').borderTopStyle)).toBe('solid');
		expect(v.errors).toEqual([]);
		await v.close();
	});
});
