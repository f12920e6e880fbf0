import { writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_KEY, STORAGE_KEY_EN } from '../../src/lib/self-check/saved.ts';
import { axeViolations, launch, reusedTab, visit } from './harness.ts';

// The English self-check (/en/self-check/, issue 22): the same 25 items and scoring as /self-check/, in
// English, with answers kept apart from the Japanese page's. One tab walks through it, as one reader would.

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const CHOICES = { yes: 'Done', partial: 'Partly done', no: 'Not done', unknown: "Don't know" } as const;
type Choice = keyof typeof CHOICES;

/** The Japanese test's pattern: all Done except No.1 Not done, No.10 Partly done, No.20 Don't know = 89 points. */
const PATTERN: Record<number, Choice> = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [i + 1, 'yes']));
PATTERN[1] = 'no';
PATTERN[10] = 'partial';
PATTERN[20] = 'unknown';

const ready = (page: Page) => page.waitForSelector('.sc[data-ready="yes"]');
const answer = (page: Page, n: number, choice: Choice) => page.locator(`#item-${n} label`, { hasText: new RegExp(`^${CHOICES[choice]}$`) }).click();
const checked = (page: Page) => page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLInputElement>('.sc-form input:checked')].map((i) => [i.name.slice(1), i.value])));
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const savedAnswers = async (page: Page, key: string) => JSON.parse((await stored(page, key)) ?? 'null')?.answers;

describe('English self-check without JavaScript', () => {
	it('is the 25 questions in English, each with the four answers, linked both ways with its Japanese twin', async () => {
		const v = await visit(browser, '/en/self-check/', { javaScriptEnabled: false });
		const { page } = v;
		expect(v.status).toBe(200);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('.sc-form fieldset').count()).toBe(25);
		expect(await page.locator('#item-7 .sc-choice span').allTextContents()).toEqual(Object.values(CHOICES));
		expect(await page.locator('#item-1 legend').textContent()).toContain('Are the OS and software');
		expect(await page.locator('#part-employee').textContent()).toContain('Part 2: Measures for employees (No. 6–18)');
		// Japanese is authoritative: the notice links the twin, and hreflang points both ways.
		expect(await page.locator('link[rel="alternate"][hreflang="ja"]').getAttribute('href')).toMatch(/\/self-check\/$/);
		expect(await page.locator('main a[href="/self-check/"]').count()).toBeGreaterThan(0);
		// Without scripts the running total is the CSS counters, in English.
		const counted = await page.locator('.sc-status-counted').evaluate((el) => getComputedStyle(el, '::before').content);
		expect(counted).toMatch(/^"Answered "/);
		// The points and bands tables, from the same constants the island scores with.
		expect(await page.locator('#scoring ~ table, section:has(#scoring) + table').first().textContent()).toContain('−1 point');
		await page.goto(page.url().replace('/en/self-check/', '/self-check/'));
		expect(await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href')).toMatch(/\/en\/self-check\/$/);
		await v.close();
	});
});

describe('English self-check with JavaScript', () => {
	it('scores in English, keeps its answers apart from the Japanese page’s, and reports and recovers from bad saved data', async () => {
		const tab = await reusedTab(browser);
		// A reader who answered one question on the Japanese page.
		let v = await tab.go('/self-check/');
		await ready(v.page);
		await v.page.locator('#item-1 label', { hasText: /^実施している$/ }).click();
		await expect.poll(() => savedAnswers(v.page, STORAGE_KEY)).toEqual({ 1: 'yes' });
		const japanese = await stored(v.page, STORAGE_KEY);

		// The English page starts empty: it neither reads nor shows the Japanese answers. On a 375 px phone
		// nothing moves while its script starts (the status line is the same size before and after).
		await v.page.setViewportSize({ width: 375, height: 812 });
		v = await tab.go('/en/self-check/');
		await ready(v.page);
		await v.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
		const shifts = await v.page.evaluate(
			() =>
				new Promise<number[]>((resolve) => {
					const seen: number[] = [];
					new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => (e as PerformanceEntry & { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
					setTimeout(() => resolve(seen), 500);
				}),
		);
		expect(shifts).toEqual([]);
		await v.page.setViewportSize({ width: 1280, height: 900 });
		expect(await checked(v.page)).toEqual({});
		expect(await v.page.locator('.sc-notice').count()).toBe(0);
		for (const [n, c] of Object.entries(PATTERN)) await answer(v.page, Number(n), c);
		expect(await v.page.locator('.sc-total-number').textContent()).toBe('89');
		expect(await v.page.locator('.sc-status').textContent()).toContain('Answered 25/25 · total so far 89 points');
		expect(await v.page.locator('.sc-band').textContent()).toBe('Mostly in place, with some gaps (70–99 points): aim for 100 points.');
		// The to-do list: basic measures first, with the item's English how-to and English links.
		const first = v.page.locator('.sc-action-group').first();
		expect(await first.locator('h4').textContent()).toBe('First: the basic measures (Part 1) (1)');
		expect(await first.locator('.sc-action-title strong').textContent()).toBe('No. 1 Updating the OS and software');
		expect(await first.textContent()).toContain('Turn on automatic updates');
		expect(await first.locator('.sc-links a').first().getAttribute('href')).toBe('/en/guideline/#rule-1');
		expect(await first.locator('.sc-links a[href^="/en/threats/"]').count()).toBeGreaterThan(0);
		await expect.poll(() => savedAnswers(v.page, STORAGE_KEY_EN)).toEqual(PATTERN);
		expect(await stored(v.page, STORAGE_KEY)).toBe(japanese);

		// Another tab saves a change: this one takes it in and says so, in English.
		const other = await v.page.context().newPage();
		await other.goto(v.page.url());
		await ready(other);
		await answer(other, 10, 'yes');
		await v.page.locator('.sc-notice[data-kind="other-tab"]').waitFor();
		expect(await v.page.locator('.sc-notice[data-kind="other-tab"]').textContent()).toContain('Answers were saved in another tab (window).');
		expect(await v.page.locator('.sc-total-number').textContent()).toBe('91');
		await other.close();

		// A reload keeps the answers and says so.
		await v.page.reload();
		await ready(v.page);
		expect(Object.keys(await checked(v.page))).toHaveLength(25);
		expect(await v.page.locator('.sc-notice[data-kind="restored"]').textContent()).toContain('Loaded the answers saved in this browser (25)');

		// A bad import file changes nothing and is explained.
		const before = await stored(v.page, STORAGE_KEY_EN);
		const bad = join(tmpdir(), `mamori-en-bad-${process.pid}.json`);
		writeFileSync(bad, 'hello');
		await v.page.locator('.sc-file input').setInputFiles(bad);
		const failed = v.page.locator('.sc-notice[data-kind="import-failed"]');
		await failed.waitFor();
		expect(await failed.textContent()).toContain('Your current answers and kept results have not changed.');
		expect(await failed.locator('li').textContent()).toMatch(/^whole value: cannot be read as JSON/);
		expect(await stored(v.page, STORAGE_KEY_EN)).toBe(before);

		// The CSV export is in English.
		const [csv] = await Promise.all([v.page.waitForEvent('download'), v.page.getByRole('button', { name: 'Export as CSV' }).click()]);
		const csvPath = join(tmpdir(), `mamori-en-${process.pid}.csv`);
		await csv.saveAs(csvPath);
		const lines = readFileSync(csvPath, 'utf8').trimEnd().split('\r\n');
		expect(lines[0]).toBe('\uFEFFNo.,Part,Item,Answer,Points,Date of the check');
		expect(lines[1]).toMatch(/^1,Part 1: Basic measures,Updating the OS and software,Not done,0,/);

		// A broken share link is ignored with a notice.
		await v.page.goto(`${v.page.url().split('#')[0]}#share=1-12`);
		const badShare = v.page.locator('.sc-notice[data-kind="bad-share"]');
		await badShare.waitFor();
		expect(await badShare.textContent()).toContain('it does not hold 25 answers');
		expect(await v.page.locator('.sc-total-number').textContent()).toBe('91');

		// A corrupted saved value is reported (role alert), left alone until the reader acts, and can be discarded.
		await v.page.evaluate((key) => localStorage.setItem(key, '{"v":1,"answers":{"3":"maybe"'), STORAGE_KEY_EN);
		v = await tab.go('/en/self-check/');
		await ready(v.page);
		const corrupt = v.page.locator('.sc-notice[data-kind="corrupt"]');
		expect(await corrupt.getAttribute('role')).toBe('alert');
		expect(await corrupt.textContent()).toContain('The saved answers could not be read.');
		expect(await corrupt.locator('li').first().textContent()).toMatch(/^whole value: cannot be read as JSON/);
		expect(await stored(v.page, STORAGE_KEY_EN)).toBe('{"v":1,"answers":{"3":"maybe"');
		await v.page.getByRole('button', { name: 'Delete it and start again' }).click();
		await expect.poll(async () => JSON.parse((await stored(v.page, STORAGE_KEY_EN))!)).toEqual({ v: 1, answers: {}, history: [] });
		expect(await stored(v.page, STORAGE_KEY)).toBe(japanese);
		expect(v.errors).toEqual([]);

		// With an answer and notices showing, the page has no WCAG 2.1 AA violations.
		await answer(v.page, 2, 'unknown');
		expect(await axeViolations(v.page)).toEqual([]);

		// The Japanese page still has its own one answer.
		v = await tab.go('/self-check/');
		await ready(v.page);
		expect(await checked(v.page)).toEqual({ 1: 'yes' });
		expect(await v.page.locator('.sc-notice[data-kind="restored"]').textContent()).toContain('1問');

		// English search finds the page: its questions are indexed in Pagefind's English index.
		for (const query of ['self-check', 'password backup checklist']) {
			v = await tab.go(`/en/search/?q=${encodeURIComponent(query)}`);
			const top = () => v.page.locator('[data-english-search] .results a').evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			await expect.poll(top, { timeout: 15_000 }).toContain('/en/self-check/');
		}
	}, 120_000);
});
