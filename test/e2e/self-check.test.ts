import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/lib/self-check/saved.ts';
import { axeViolations, baseUrl, launch, visit } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const CHOICES = { yes: '実施している', partial: '一部実施している', no: '実施していない', unknown: 'わからない' } as const;
type Choice = keyof typeof CHOICES;

/** All 実施している except No.1 実施していない, No.10 一部, No.20 わからない: 100 − 4 − 2 − 5 = 89 points. */
const PATTERN: Record<number, Choice> = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [i + 1, 'yes']));
PATTERN[1] = 'no';
PATTERN[10] = 'partial';
PATTERN[20] = 'unknown';

async function open(path = '/self-check/') {
	const v = await visit(browser, path);
	await v.page.waitForSelector('.sc[data-ready="yes"]');
	return v;
}

/** Answer by clicking the visible label text, as a reader would. */
async function answer(page: Page, n: number, choice: Choice) {
	await page.locator(`#item-${n} label`, { hasText: new RegExp(`^${CHOICES[choice]}$`) }).click();
}

async function answerAll(page: Page, pattern: Record<number, Choice>) {
	for (const [n, c] of Object.entries(pattern)) await answer(page, Number(n), c);
}

const checked = (page: Page) => page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLInputElement>('.sc-form input:checked')].map((i) => [i.name.slice(1), i.value])));
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
const total = (page: Page) => page.locator('.sc-total-number').textContent();

describe('self-check without JavaScript', () => {
	it('is the 25 questions in three parts (5, 13, 7), each with the four answers, counted on screen, and says what scripts add', async () => {
		const v = await visit(browser, '/self-check/', { javaScriptEnabled: false });
		const counts = await v.page.locator('.sc-part').evaluateAll((parts) => parts.map((p) => p.querySelectorAll('li[id^="item-"]').length));
		expect(counts).toEqual([5, 13, 7]);
		expect(await v.page.locator('#item-1 .sc-choice').allTextContents()).toEqual(Object.values(CHOICES));
		expect(await v.page.locator('#item-25 legend').textContent()).toContain('No.25');
		expect(await v.page.locator('.sc-result').count()).toBe(0);
		expect(await v.page.locator('noscript').first().textContent()).toContain('回答は保存されず、結果の判定・やることリスト・共有リンクは出ません');
		// The questions answer as plain radios; the total below them is CSS counters over the checked ones
		// (their points are checked against scoring.ts in test/unit/self-check/css-points.test.ts).
		await answer(v.page, 1, 'yes');
		await answer(v.page, 2, 'unknown');
		expect(await checked(v.page)).toEqual({ 1: 'yes', 2: 'unknown' });
		const counted = v.page.locator('.sc-status .sc-status-counted');
		expect(await counted.evaluate((el) => getComputedStyle(el, '::before').content)).toMatch(/counter\(sc-answered\).*counter\(sc-points\)/);
		expect(await v.page.locator('.sc-status').isVisible()).toBe(true);
		// The scoring table is on the page for counting by hand.
		expect(await v.page.locator('.sc-about table').first().textContent()).toContain('わからない−1点');
		await v.close();
	});

	it('is linked from the threat pages item by item', async () => {
		const v = await visit(browser, '/threats/ransomware/');
		const href = await v.page.locator('a[href^="/self-check/#item-"]').first().getAttribute('href');
		expect(href).toMatch(/^\/self-check\/#item-\d+$/);
		await v.close();
	});
});

describe('self-check with JavaScript', () => {
	it('scores all 25 answers, names the band, draws the parts and lists the actions, basic measures first', async () => {
		const v = await open();
		expect(await v.page.locator('.sc-status').textContent()).toContain('回答 0/25問');
		await answerAll(v.page, PATTERN);
		expect(await total(v.page)).toBe('89');
		expect(await v.page.locator('.sc-band').textContent()).toContain('おおむねできているが、一部が足りない');
		expect(await v.page.locator('.sc-status').textContent()).toContain('回答 25/25問・いまの合計 89点');
		expect(await v.page.locator('.sc-table').first().locator('tbody tr').allTextContents()).toEqual([
			'Part1 基本的対策5/5問16 / 20点',
			'Part2 従業員としての対策13/13問50 / 52点',
			'Part3 組織としての対策7/7問23 / 28点',
		]);
		// The chart's bars follow the scores: Part2 (50/52) is longer than Part1 (16/20).
		const bars = await v.page.locator('.sc-chart-bar').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
		expect(bars[1]! > bars[0]!).toBe(true);
		expect(await v.page.locator('#sc-actions').textContent()).toBe('やることリスト（3件）');
		expect(await v.page.locator('.sc-action-title strong').allTextContents()).toEqual([expect.stringMatching(/^No\.1 /), expect.stringMatching(/^No\.20 /), expect.stringMatching(/^No\.10 /)]);
		// Each action links to the guideline and to a threat it protects against.
		const first = v.page.locator('.sc-action-group li').first();
		expect(await first.locator('a[href="/guideline/#rule-1"]').count()).toBe(1);
		expect(await first.locator('a[href^="/threats/"]').count()).toBeGreaterThan(0);
		// One star needs No.1 done.
		expect(await v.page.locator('.sc-readiness li').first().textContent()).toContain('あと1項目');
		expect(v.errors).toEqual([]);
		expect(v.foreign).toEqual([]);
		await v.close();
	});

	it('links Part2 and Part3 actions to the guideline section that explains them, and the link lands on that heading', async () => {
		const v = await open();
		await answerAll(v.page, { 6: 'no', 13: 'partial', 24: 'no' });
		const guideOf = (n: number) => v.page.locator('.sc-action-group li', { hasText: `No.${n} ` }).locator('a[href^="/guideline/"]');
		expect(await guideOf(6).getAttribute('href')).toBe('/guideline/#rule-5');
		expect(await guideOf(13).getAttribute('href')).toBe('/guideline/step-up/#段階2組織として取り組みを始める');
		expect(await guideOf(24).getAttribute('href')).toBe('/guideline/executives/#5-緊急時の対応や復旧のための体制を整備する');
		expect(await guideOf(24).textContent()).toBe('ガイドライン：重要7項目の5（緊急時の対応と復旧の体制）');
		await guideOf(24).click();
		await v.page.waitForURL(/\/guideline\/executives\/#/);
		const landed = await v.page.evaluate(() => document.getElementById(decodeURIComponent(location.hash.slice(1)))?.textContent);
		expect(landed).toBe('5. 緊急時の対応や復旧のための体制を整備する');
		await v.close();
	});

	it('says where the −1 for わからない comes from, and that the ★ reading of Part1 is this site’s', async () => {
		const v = await open();
		await answerAll(v.page, { 1: 'yes', 6: 'partial' });
		// No わからない yet: no note about its points.
		await expect.poll(() => v.page.locator('.sc-action-group li').count()).toBe(1);
		expect(await v.page.locator('[data-note="unknown-points"]').count()).toBe(0);
		await answer(v.page, 7, 'unknown');
		const note = v.page.locator('[data-note="unknown-points"]');
		await expect.poll(() => note.textContent()).toContain('東京都の中小企業向けセミナー資料（2023年度）だけ');
		expect(await note.locator('a').getAttribute('href')).toBe('#答え方と点数');
		const star = v.page.locator('[data-note="one-star"]');
		expect(await star.textContent()).toContain('当サイトの読み方');
		expect(await star.locator('a').getAttribute('href')).toBe('/guideline/security-action/');
		await v.close();
	});

	it('groups the actions by who acts', async () => {
		const v = await open();
		await answerAll(v.page, PATTERN);
		await v.page.getByLabel('取り組む人ごと').check();
		const headings = await v.page.locator('.sc-action-group h4').allTextContents();
		expect(headings.length).toBeGreaterThan(1);
		for (const h of headings) expect(h).toMatch(/^(経営者|IT担当者|従業員全員)（\d件）$/);
		await v.close();
	});

	it('can be answered with the keyboard alone', async () => {
		const v = await open();
		await v.page.locator('input[name="q1"]').first().focus();
		await v.page.keyboard.press('Space');
		expect(await total(v.page)).toBe('4');
		await v.page.keyboard.press('ArrowRight');
		expect(await total(v.page)).toBe('2');
		await v.close();
	});

	it('takes in answers clicked before the script was ready, and saves them', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		// Hold back the island's code until the reader has answered two questions on the plain form.
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		await page.route(/\/_astro\/SelfCheck\.[^/]*\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`${baseUrl()}/self-check/`, { waitUntil: 'domcontentloaded' });
		await answer(page, 3, 'partial');
		await answer(page, 4, 'yes');
		expect(await page.locator('.sc[data-ready="no"]').count()).toBe(1);
		release();
		await page.waitForSelector('.sc[data-ready="yes"]');
		expect(await page.locator('.sc-status').textContent()).toContain('回答 2/25問・いまの合計 6点');
		expect(await checked(page)).toEqual({ 3: 'partial', 4: 'yes' });
		await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toContain('"3":"partial"');
		await context.close();
	});

	it('does not move anything on a 375 px phone while the script loads (no layout shift)', async () => {
		const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/self-check/`, { waitUntil: 'load' });
		await page.waitForSelector('.sc[data-ready="yes"]');
		// Let the effects that fill in the part counts and the total run and paint.
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
		const shifts = await page.evaluate(
			() =>
				new Promise<string[]>((resolve) => {
					const seen: string[] = [];
					new PerformanceObserver((list) => {
						for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
							seen.push(`${e.value.toFixed(4)} ${e.sources?.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 60)).join(' | ')}`);
						}
					}).observe({ type: 'layout-shift', buffered: true });
					// Buffered entries arrive in the first callback; none at all means no shift happened.
					setTimeout(() => resolve(seen), 500);
				}),
		);
		expect(shifts).toEqual([]);
		expect(await page.locator('.sc-status').textContent()).toContain('回答 0/25問');
		await context.close();
	});

	it('moves nothing on a 375 px phone when a notice about saved answers or a share link appears', async () => {
		const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
		const page = await context.newPage();
		const shiftsAfterLoad = async (path: string) => {
			// A new document each time (a link with only a new #fragment would not load the page again).
			await page.goto('about:blank');
			await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
			await page.waitForSelector('.sc[data-ready="yes"] .sc-notice');
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
			return page.evaluate(
				() =>
					new Promise<string[]>((resolve) => {
						const seen: string[] = [];
						new PerformanceObserver((list) => {
							for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
								seen.push(`${e.value.toFixed(4)} ${e.sources?.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 60)).join(' | ')}`);
							}
						}).observe({ type: 'layout-shift', buffered: true });
						setTimeout(() => resolve(seen), 500);
					}),
			);
		};
		/** The notice is on screen (not below the fold) and its first button can be reached and seen with the keyboard. */
		const noticeInView = async (kind: string) => {
			const notice = page.locator(`.sc-notice[data-kind="${kind}"]`);
			const box = (await notice.boundingBox())!;
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.y + box.height).toBeLessThanOrEqual(812);
			const button = notice.locator('button').first();
			await button.focus();
			expect(await button.evaluate((b) => b === document.activeElement && b.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
			return notice;
		};
		// A returning reader: answers saved in this browser.
		await page.goto(`${baseUrl()}/self-check/`);
		await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ v: 1, answers: { 1: 'yes', 2: 'partial', 7: 'unknown' }, history: [] })), STORAGE_KEY);
		expect(await shiftsAfterLoad('/self-check/')).toEqual([]);
		expect(await (await noticeInView('restored')).getAttribute('role')).toBe('status');
		expect(await checked(page)).toEqual({ 1: 'yes', 2: 'partial', 7: 'unknown' });
		// A share link opened by the same reader: their own answers are set aside, the link's are shown.
		expect(await shiftsAfterLoad(`/self-check/#share=1-${'1'.repeat(25)}`)).toEqual([]);
		expect(await (await noticeInView('shared')).getAttribute('role')).toBe('status');
		expect(Object.keys(await checked(page))).toHaveLength(25);
		await context.close();
	});

	it('keeps the answers across a reload and says so', async () => {
		const v = await open();
		await answerAll(v.page, { 1: 'yes', 2: 'partial', 7: 'unknown' });
		// Answers are saved after the change renders; reloading before the save would lose the last one.
		await expect.poll(async () => JSON.parse((await stored(v.page)) ?? 'null')?.answers).toEqual({ 1: 'yes', 2: 'partial', 7: 'unknown' });
		await v.page.reload();
		await v.page.waitForSelector('.sc[data-ready="yes"]');
		expect(await checked(v.page)).toEqual({ 1: 'yes', 2: 'partial', 7: 'unknown' });
		expect(await v.page.locator('.sc-notice[data-kind="restored"]').textContent()).toContain('3問');
		expect(await total(v.page)).toBe('5');
		await v.close();
	});

	it('explains a corrupted saved value, keeps the form working and recovers', async () => {
		const v = await open();
		await v.page.evaluate((key) => localStorage.setItem(key, '{"v":1,"answers":{"3":"maybe"'), STORAGE_KEY);
		await v.page.reload();
		await v.page.waitForSelector('.sc[data-ready="yes"]');
		const notice = v.page.locator('.sc-notice[data-kind="corrupt"]');
		expect(await notice.getAttribute('role')).toBe('alert');
		expect(await notice.textContent()).toContain('保存されていた回答を読み込めませんでした');
		expect(await notice.textContent()).toContain('JSONとして読めません');
		// Nothing is overwritten until the reader acts.
		expect(await stored(v.page)).toBe('{"v":1,"answers":{"3":"maybe"');
		await answer(v.page, 5, 'yes');
		expect(await total(v.page)).toBe('4');
		// The answer is saved after the change renders, so wait for it as a reader would.
		await expect.poll(async () => JSON.parse((await stored(v.page))!)).toEqual({ v: 1, answers: { 5: 'yes' }, history: [] });
		expect(v.errors).toEqual([]);
		await v.close();
	});

	it('reports an unknown saved version and can discard it', async () => {
		const v = await open();
		await v.page.evaluate((key) => localStorage.setItem(key, '{"v":9,"answers":{}}'), STORAGE_KEY);
		await v.page.reload();
		await v.page.waitForSelector('.sc-notice[data-kind="corrupt"]');
		expect(await v.page.locator('.sc-notice li').first().textContent()).toContain('版 9 には対応していません');
		await v.page.getByRole('button', { name: '消してやり直す' }).click();
		await expect.poll(() => v.page.locator('.sc-notice[data-kind="corrupt"]').count()).toBe(0);
		await expect.poll(async () => JSON.parse((await stored(v.page))!)).toEqual({ v: 1, answers: {}, history: [] });
		await v.close();
	});

	it('exports JSON and CSV, and imports the JSON back', async () => {
		const v = await open();
		await answerAll(v.page, PATTERN);
		const [json] = await Promise.all([v.page.waitForEvent('download'), v.page.getByRole('button', { name: 'JSONで書き出す' }).click()]);
		expect(json.suggestedFilename()).toMatch(/^mamori-self-check-\d{4}-\d{2}-\d{2}\.json$/);
		const jsonPath = join(tmpdir(), `mamori-export-${process.pid}.json`);
		await json.saveAs(jsonPath);
		const exported = JSON.parse(readFileSync(jsonPath, 'utf8'));
		expect(exported).toMatchObject({ format: 'mamori-self-check', v: 1, summary: { score: 89 }, answers: { 1: 'no', 10: 'partial', 20: 'unknown' } });

		const [csv] = await Promise.all([v.page.waitForEvent('download'), v.page.getByRole('button', { name: 'CSVで書き出す' }).click()]);
		const csvPath = join(tmpdir(), `mamori-export-${process.pid}.csv`);
		await csv.saveAs(csvPath);
		const lines = readFileSync(csvPath, 'utf8').trimEnd().split('\r\n');
		expect(lines[0]).toBe('\uFEFFNo,パート,項目,回答,点数,診断日');
		expect(lines).toHaveLength(30);
		// Every row carries the day of the check, the same day as the file name.
		const day = csv.suggestedFilename().slice('mamori-self-check-'.length, -'.csv'.length);
		expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(lines.at(-1)).toBe(`,,合計（100点満点）,おおむねできているが、一部が足りない,89,${day}`);
		expect(lines.slice(1).every((l) => l.endsWith(`,${day}`))).toBe(true);

		// Clear everything, then bring the answers back from the file.
		await v.page.getByRole('button', { name: '回答を消す…' }).click();
		await v.page.getByRole('button', { name: /回答と記録/ }).click();
		// The island re-renders after the click: wait for it rather than read the boxes in the same tick.
		await expect.poll(() => checked(v.page)).toEqual({});
		await v.page.locator('.sc-file input').setInputFiles(jsonPath);
		await v.page.waitForSelector('.sc-notice[data-kind="imported"]');
		expect(await total(v.page)).toBe('89');
		expect(Object.keys(await checked(v.page))).toHaveLength(25);
		await v.close();
	});

	it.each([
		['not JSON', 'hello', 'JSONとして読めません'],
		['another JSON file', '{"name":"x"}', 'Mamoriの自社診断を書き出したファイルではありません'],
		['a bad answer', '{"format":"mamori-self-check","v":1,"answers":{"1":"yes","2":"sometimes"}}', 'answers.2: "sometimes" は回答として使えません'],
		['too large to read', `{"format":"mamori-self-check","v":1,"answers":{},"pad":"${'x'.repeat(900_000)}"}`, 'ファイルが大きすぎます（900,'],
	])('refuses an import file that is %s and changes nothing', async (_name, content, message) => {
		const v = await open();
		await answerAll(v.page, { 1: 'partial', 2: 'no' });
		// Answers are saved after the change renders; take the baseline once both are saved.
		await expect.poll(async () => JSON.parse((await stored(v.page)) ?? 'null')?.answers).toEqual({ 1: 'partial', 2: 'no' });
		const before = await stored(v.page);
		const path = join(tmpdir(), `mamori-bad-${process.pid}.json`);
		writeFileSync(path, content);
		await v.page.locator('.sc-file input').setInputFiles(path);
		const notice = v.page.locator('.sc-notice[data-kind="import-failed"]');
		await notice.waitFor();
		expect(await notice.getAttribute('role')).toBe('alert');
		expect(await notice.textContent()).toContain(message);
		expect(await notice.textContent()).toContain('何も変わっていません');
		expect(await checked(v.page)).toEqual({ 1: 'partial', 2: 'no' });
		expect(await stored(v.page)).toBe(before);
		await v.close();
	});

	it('opens a share link with its answers without overwriting the reader’s own', async () => {
		const v = await open();
		await answerAll(v.page, { 1: 'no' });
		// The answer is saved after the change renders; take the reader's own value once it is saved.
		await expect.poll(async () => JSON.parse((await stored(v.page)) ?? 'null')?.answers).toEqual({ 1: 'no' });
		const own = await stored(v.page);
		const link = await v.page.locator('#sc-share-url').inputValue();
		expect(link).toMatch(/#share=1-3000000000000000000000000$/);
		// Someone else's link: all 25 実施している.
		await v.page.goto(`${link.split('#')[0]}#share=1-${'1'.repeat(25)}`);
		await v.page.reload();
		await v.page.waitForSelector('.sc-notice[data-kind="shared"]');
		expect(await total(v.page)).toBe('100');
		expect(await v.page.locator('.sc-band').textContent()).toContain('入門レベルの対策はできている');
		await answer(v.page, 2, 'no');
		expect(await stored(v.page)).toBe(own);
		await v.page.getByRole('button', { name: '自分の回答に戻る' }).click();
		await expect.poll(() => checked(v.page)).toEqual({ 1: 'no' });
		await expect.poll(() => new URL(v.page.url()).hash).toBe('');
		await v.close();
	});

	it('ignores a broken share link with a notice and shows the saved answers', async () => {
		const v = await open();
		await answerAll(v.page, { 3: 'yes' });
		// Saved after the change renders; reloading before the save would lose it.
		await expect.poll(async () => JSON.parse((await stored(v.page)) ?? 'null')?.answers).toEqual({ 3: 'yes' });
		await v.page.goto(`${v.page.url().split('#')[0]}#share=1-12`);
		await v.page.reload();
		const notice = v.page.locator('.sc-notice[data-kind="bad-share"]');
		await notice.waitFor();
		expect(await notice.textContent()).toContain('途中で切れて');
		expect(await checked(v.page)).toEqual({ 3: 'yes' });
		await v.close();
	});

	it('goes back to the reader’s saved answers, and keeps saving, when a broken share link follows a valid one', async () => {
		const v = await open();
		await answerAll(v.page, { 3: 'yes' });
		await expect.poll(async () => JSON.parse((await stored(v.page)) ?? 'null')?.answers).toEqual({ 3: 'yes' });
		const page = v.page.url().split('#')[0];
		await v.page.goto(`${page}#share=1-${'1'.repeat(25)}`);
		await v.page.waitForSelector('.sc-notice[data-kind="shared"]');
		expect(await total(v.page)).toBe('100');
		// Answers changed on a shared view are not saved, and the notice says so.
		expect(await v.page.locator('.sc-notice[data-kind="shared"]').textContent()).toContain('この画面で答えを変えても保存されません');
		// A second, broken link in the same tab.
		await v.page.goto(`${page}#share=1-12`);
		await v.page.waitForSelector('.sc-notice[data-kind="bad-share"]');
		expect(await v.page.locator('.sc-notice[data-kind="shared"]').count()).toBe(0);
		expect(await checked(v.page)).toEqual({ 3: 'yes' });
		await answer(v.page, 5, 'no');
		await expect.poll(async () => JSON.parse((await stored(v.page)) ?? 'null')?.answers).toEqual({ 3: 'yes', 5: 'no' });
		await v.close();
	});

	it('merges answers saved in another tab instead of overwriting them, and says so in both', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const [a, b] = [await context.newPage(), await context.newPage()];
		for (const p of [a, b]) {
			await p.goto(`${baseUrl()}/self-check/`);
			await p.waitForSelector('.sc[data-ready="yes"]');
		}
		await answer(a, 1, 'yes');
		await expect.poll(() => b.locator('.sc-notice[data-kind="other-tab"]').textContent()).toContain('No.1：未回答 → 実施している');
		// The notice and the answer render apart under load: wait for the answer as a reader would.
		await expect.poll(() => checked(b)).toEqual({ 1: 'yes' });
		await answer(b, 2, 'no');
		await expect.poll(async () => JSON.parse((await stored(a)) ?? 'null')?.answers).toEqual({ 1: 'yes', 2: 'no' });
		await expect.poll(() => checked(a)).toEqual({ 1: 'yes', 2: 'no' });
		const inA = a.locator('.sc-notice[data-kind="other-tab"]');
		expect(await inA.getAttribute('role')).toBe('status');
		await expect.poll(() => inA.textContent()).toContain('No.2：未回答 → 実施していない');
		await context.close();
	});

	it('keeps this tab’s answer when another tab changed the same item differently, names the other, and lets the reader take it', async () => {
		const v = await open();
		await answerAll(v.page, { 4: 'yes' });
		await answer(v.page, 4, 'unknown');
		await expect.poll(async () => JSON.parse((await stored(v.page)) ?? 'null')?.answers).toEqual({ 4: 'unknown' });
		// Another tab, which still had 実施している, saves 実施していない: what the browser delivers to this tab.
		await v.page.evaluate((key) => {
			const [oldValue, newValue] = [{ 4: 'yes' }, { 4: 'no' }].map((answers) => JSON.stringify({ v: 1, answers, history: [] }));
			localStorage.setItem(key, newValue!);
			dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue, storageArea: localStorage, url: location.href }));
		}, STORAGE_KEY);
		const notice = v.page.locator('.sc-notice[data-kind="other-tab"]');
		await notice.waitFor();
		expect(await notice.getAttribute('role')).toBe('alert');
		expect(await notice.textContent()).toContain('No.4：このページ「わからない」、別のタブ「実施していない」');
		expect(await checked(v.page)).toEqual({ 4: 'unknown' });
		await expect.poll(async () => JSON.parse((await stored(v.page)) ?? 'null')?.answers).toEqual({ 4: 'unknown' });
		expect(await axeViolations(v.page)).toEqual([]);
		await v.page.getByRole('button', { name: '別のタブの回答にする' }).click();
		// The click renders after it returns: wait for it as a reader would (read at once, it failed under load).
		await expect.poll(() => checked(v.page)).toEqual({ 4: 'no' });
		await expect.poll(async () => JSON.parse((await stored(v.page)) ?? 'null')?.answers).toEqual({ 4: 'no' });
		await expect.poll(() => notice.count()).toBe(0);
		await v.close();
	});

	it('keeps a dated result and compares the answers with the previous one', async () => {
		const v = await open();
		const before = Object.fromEntries(Object.entries(PATTERN).map(([n, a]) => [n, n === '2' ? 'yes' : a]));
		before[1] = 'unknown';
		await v.page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify({ v: 1, answers: before, history: [{ date: '2026-01-15', answers: before }] })]);
		await v.page.reload();
		await v.page.waitForSelector('.sc[data-ready="yes"]');
		await answer(v.page, 1, 'yes');
		await answer(v.page, 2, 'partial');
		// Before: 100 − 5 (No.1) − 2 − 5 = 88; now: 100 − 2 (No.2) − 2 − 5 = 91.
		expect(await v.page.locator('.sc-total').textContent()).toContain('2026年1月15日の記録（88点）と比べて +3点');
		const changes = await v.page.locator('.sc-changes').textContent();
		expect(changes).toMatch(/よくなった項目（1）No\.1 .+：わからない → 実施している/);
		expect(changes).toMatch(/下がった項目（1）No\.2 .+：実施している → 一部実施している/);
		await v.page.getByRole('button', { name: /の結果として記録する$/ }).click();
		// The record is saved after the click renders, so wait for it as a reader would.
		await expect.poll(async () => JSON.parse((await stored(v.page))!).history).toHaveLength(2);
		const saved = JSON.parse((await stored(v.page))!);
		expect(saved.history[1].answers[1]).toBe('yes');
		expect(await v.page.locator('.sc-history tbody tr').count()).toBe(2);
		await v.close();
	});

	it('shows a returning reader, whose answers are the latest kept result, how it changed from the one before', async () => {
		const v = await open();
		const jan = { ...PATTERN, 1: 'unknown', 2: 'yes' };
		const may = { ...PATTERN, 1: 'yes', 2: 'partial' };
		const saved = {
			v: 1,
			answers: may,
			history: [
				{ date: '2026-01-15', answers: jan },
				{ date: '2026-05-01', answers: may },
			],
		};
		await v.page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify(saved)]);
		await v.page.reload();
		await v.page.waitForSelector('.sc[data-ready="yes"]');
		// Jan: 100 − 5 (No.1) − 2 − 5 = 88; May: 100 − 2 (No.2) − 2 − 5 = 91.
		await expect.poll(() => v.page.locator('.sc-total').textContent()).toContain('2026年5月1日の記録は、その前の2026年1月15日の記録（88点）と比べて +3点');
		expect(await v.page.locator('.sc-changes h3').textContent()).toBe('2026年1月15日の記録から2026年5月1日の記録への変化');
		const changes = await v.page.locator('.sc-changes').textContent();
		expect(changes).toMatch(/よくなった項目（1）No\.1 .+：わからない → 実施している/);
		expect(changes).toMatch(/下がった項目（1）No\.2 .+：実施している → 一部実施している/);
		await v.close();
	});

	it('prints a report: no navigation or form, but the date, scores, chart, actions and every answer', async () => {
		const v = await open();
		await answerAll(v.page, PATTERN);
		await v.page.emulateMedia({ media: 'print' });
		const shown = (sel: string) => v.page.locator(sel).first().isVisible();
		expect(await shown('header nav')).toBe(false);
		expect(await shown('.sc-form')).toBe(false);
		expect(await shown('.sc-tools')).toBe(false);
		expect(await shown('.sc-total')).toBe(true);
		expect(await shown('.sc-chart')).toBe(true);
		expect(await shown('.sc-actions')).toBe(true);
		expect(await v.page.locator('.sc-result .sc-print-only').first().textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日時点の回答（25\/25問）/);
		expect(await v.page.locator('table.sc-print-answers tbody tr').count()).toBe(25);
		expect(await shown('table.sc-print-answers')).toBe(true);
		await v.close();
	});

	it('has no WCAG 2.1 AA violations once answered, with notices showing', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const v = await visit(browser, '/self-check/#share=1-1234', { colorScheme });
			await v.page.waitForSelector('.sc-notice[data-kind="bad-share"]');
			await answerAll(v.page, PATTERN);
			await v.page.getByLabel('取り組む人ごと').check();
			expect(await axeViolations(v.page)).toEqual([]);
			await v.close();
		}
	});
});
