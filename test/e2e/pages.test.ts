import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, builtPages, launch, visit } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const pages = builtPages();

describe('every built page', () => {
	it('includes the home page and every main section', () => {
		expect(pages).toEqual(expect.arrayContaining(['/', '/threats/', '/guideline/', '/self-check/', '/otasuketai/', '/policy/', '/search/', '/about/', '/help/']));
	});

	describe.each(pages)('%s', (path) => {
		it.each(['light', 'dark'] as const)('loads with status 200, no script error, nothing from other origins, and no WCAG 2.1 A/AA violation (%s scheme)', async (colorScheme) => {
			const v = await visit(browser, path, { colorScheme });
			try {
				expect(v.status).toBe(200);
				expect(await axeViolations(v.page)).toEqual([]);
				expect(v.errors).toEqual([]);
				expect(v.foreign).toEqual([]);
			} finally {
				await v.close();
			}
		});
	});

	it('serves the not-found page with status 404 for an unknown URL', async () => {
		const v = await visit(browser, '/no-such-page/');
		expect(v.status).toBe(404);
		expect(await v.page.locator('h1').textContent()).toBe('ページが見つかりません');
		await v.close();
	});
});
