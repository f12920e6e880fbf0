import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, builtPages, launch, reusedTab } from './harness.ts';

/** How many files the sweep over every built page is split into (test/e2e/pages-sweep-<n>.test.ts, n = 1…SHARDS). */
export const SHARDS = 4;

/** The pages shard `n` of SHARDS checks: every SHARDS-th page, so each shard gets a mix of page kinds and about the same time. */
export function shardPages(pages: readonly string[], n: number): string[] {
	return pages.filter((_, i) => i % SHARDS === n - 1);
}

/**
 * Check shard `n` of every built page: status 200, no script error, nothing from other origins, fits a 320 px
 * phone, no WCAG 2.1 A/AA violation in light colours and no contrast failure in dark ones.
 * The sweep is most of the browser tests' time; as SHARDS files it runs on both of Vitest's e2e workers
 * beside the other browser tests instead of alone on one of them (#21).
 */
export function sweep(n: number): void {
	let browser: Browser;
	let tab: Awaited<ReturnType<typeof reusedTab>>;
	beforeAll(async () => {
		browser = await launch();
		// Phone width first: most readers arrive on a phone. Each page is checked as a first visit sees it, without
		// the offline service worker (test/e2e/help.test.ts covers it), which would take every request through its handler.
		tab = await reusedTab(browser, { viewport: { width: 320, height: 640 }, serviceWorkers: 'block' }, { axe: true });
	});
	afterAll(() => browser?.close());

	describe(`every built page, part ${n} of ${SHARDS}`, () => {
		it.each(shardPages(builtPages(), n))(
			'%s loads with status 200, no script error and nothing from other origins, fits a 320 px phone, and has no WCAG 2.1 A/AA violation in light or dark colours',
			async (path) => {
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
			},
		);
	});
}
