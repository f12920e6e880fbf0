import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatPartialDate } from '../../src/lib/format.ts';
import { frontmatterOf } from '../../src/lib/content/validate.ts';
import { launch, visit } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** Frontmatter of a policy page, read from content/ so the tests follow the content rather than repeat it. */
const frontmatter = (id: string) => parseYaml(frontmatterOf(readFileSync(`content/policy/${id}.mdx`, 'utf8'))!) as { title: string; reviewed: string; events?: unknown[] };
const subPages = readdirSync('content/policy')
	.filter((f) => f.endsWith('.mdx') && f !== 'overview.mdx')
	.map((f) => f.slice(0, -'.mdx'.length));

describe('policy section without JavaScript', () => {
	it('keeps /policy/ and lists every sub-page there', async () => {
		const v = await visit(browser, '/policy/', { javaScriptEnabled: false });
		expect(v.status).toBe(200);
		const hrefs = await v.page.locator('[data-policy-pages] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect([...hrefs].sort()).toEqual(subPages.map((id) => `/policy/${id}/`).sort());
		await v.close();
	});

	it.each(subPages)('serves /policy/%s/ with its title, its sources and the section nav', async (id) => {
		const v = await visit(browser, `/policy/${id}/`, { javaScriptEnabled: false });
		expect(v.status).toBe(200);
		expect(await v.page.locator('h1').textContent()).toBe(frontmatter(id).title);
		expect(await v.page.locator('.sources li').count()).toBeGreaterThan(0);
		expect(await v.page.locator('nav.section-nav [aria-current="page"]').textContent()).toBe(frontmatter(id).title);
		await v.close();
	});
});

describe('policy timeline', () => {
	it('lists as many events as the chart draws, the same events, as many as the content holds', async () => {
		const v = await visit(browser, '/policy/timeline/', { javaScriptEnabled: false });
		const figure = v.page.locator('#policy-timeline');
		const drawn = await figure.locator('svg g.event').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-event')));
		const listed = await figure.locator('[data-timeline-list] > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event')));
		expect(drawn.length).toBe(frontmatter('timeline').events!.length);
		expect(listed).toEqual(drawn);
		await v.close();
	});

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

	it('gives every listed event a machine-readable date', async () => {
		const v = await visit(browser, '/policy/timeline/', { javaScriptEnabled: false });
		const dates = await v.page.locator('[data-timeline-list] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
		expect(dates.length).toBeGreaterThan(0);
		expect(dates.filter((d) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d))).toEqual([]);
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

describe('star path page', () => {
	it('shows when its facts were checked, from the page frontmatter', async () => {
		const v = await visit(browser, '/policy/stars/', { javaScriptEnabled: false });
		expect(await v.page.locator('.mm-reviewed').textContent()).toContain(`内容の確認：${formatPartialDate(frontmatter('stars').reviewed)}`);
		await v.close();
	});

	it('links to the self-check, the basic rules, お助け隊 and SECURITY ACTION', async () => {
		const v = await visit(browser, '/policy/stars/', { javaScriptEnabled: false });
		const main = v.page.locator('main');
		for (const href of ['/self-check/', '/otasuketai/', '/guideline/#basic-rules', '/guideline/security-action/']) {
			expect(await main.locator(`a[href="${href}"]`).count(), href).toBeGreaterThan(0);
		}
		await v.close();
	});

	it('says that the scheme is voluntary and says what is uncertain once per section, not on every line', async () => {
		const v = await visit(browser, '/policy/stars/', { javaScriptEnabled: false });
		const text = (await v.page.locator('main').textContent()) ?? '';
		expect(text).toContain('任意の制度');
		expect(text).toContain('（予定）');
		// The text of each h2 section, up to the next h2: every kind of uncertainty is named at most once in it.
		const sections = await v.page.locator('article h2[id]').evaluateAll((hs) =>
			hs.map((h) => {
				let t = '';
				for (let n = h.nextElementSibling; n && n.tagName !== 'H2' && n.tagName !== 'NAV'; n = n.nextElementSibling) t += n.textContent;
				return t;
			}),
		);
		const count = (t: string, word: string) => t.split(word).length - 1;
		expect(sections.map((t) => count(t, '確認は1件の資料のみ')).reduce((a, b) => a + b)).toBeGreaterThan(0);
		expect(sections.map((t) => count(t, '不確か')).reduce((a, b) => a + b)).toBeGreaterThan(0);
		// Once or twice in a section (its own note, a table's note), never row after row.
		for (const t of sections) {
			expect(count(t, '確認は1件の資料のみ'), t.slice(0, 40)).toBeLessThanOrEqual(2);
			expect(count(t, '不確か'), t.slice(0, 40)).toBeLessThanOrEqual(1);
		}
		const cells = await v.page.locator('article td').allTextContents();
		expect(cells.filter((c) => c.includes('確認は1件の資料のみ') || c.includes('不確か'))).toEqual([]);
		await v.close();
	});
});
