import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, launch, visit } from './harness.ts';
import { SHARDS, shardPages } from './sweep.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const pages = builtPages();

// Each page is loaded, measured at 320 px and run through axe by the sweep files (pages-sweep-<n>.test.ts).
describe('every built page', () => {
	it('includes the home page and every main section', () => {
		expect(pages).toEqual(expect.arrayContaining(['/', '/threats/', '/guideline/', '/self-check/', '/otasuketai/', '/policy/', '/search/', '/about/', '/help/']));
		// The English edition (issue 22) goes through the same checks.
		expect(pages).toEqual(expect.arrayContaining(['/en/', '/en/threats/', '/en/threats/ransomware/', '/en/threats/editions/2026/', '/en/data/', '/en/search/']));
	});

	it('goes through the sweep exactly once: the parts together check every page, none twice', () => {
		// One file per part: a part without its file would leave its pages unchecked.
		expect(
			readdirSync('test/e2e')
				.filter((f) => /^pages-sweep-\d+\.test\.ts$/.test(f))
				.sort(),
		).toEqual(Array.from({ length: SHARDS }, (_, i) => `pages-sweep-${i + 1}.test.ts`));
		const parts = Array.from({ length: SHARDS }, (_, i) => shardPages(pages, i + 1));
		expect(parts.flat().sort()).toEqual([...pages].sort());
		for (const part of parts) expect(part.length).toBeGreaterThan(0);
	});

	it('serves the not-found page with status 404 for an unknown URL', async () => {
		const v = await visit(browser, '/no-such-page/');
		expect(v.status).toBe(404);
		expect(await v.page.locator('h1').textContent()).toBe('ページが見つかりません');
		await v.close();
	});
});
