import { readdirSync } from 'node:fs';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, visit } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

// One chart per file in content/stats: a figure that is not charted would be a figure left out.
const statIds = readdirSync('content/stats').map((f) => f.replace(/\.yaml$/, ''));

/** The words each mark (data-mark on a bar) must show in the value label. */
const MARK_WORDS: Record<string, string> = { about: '約', nearly: '弱', over: '超', 'at-least': '以上', 'at-most': '以下' };

const texts = async (locator: Locator) => (await locator.allTextContents()).map((t) => t.trim());

describe('/stats/', () => {
	it('shows every figure as a chart whose table has the same numbers as its labels, without JavaScript', async () => {
		const v = await visit(browser, '/stats/', { javaScriptEnabled: false });
		try {
			expect(v.status).toBe(200);
			const figures = v.page.locator('main figure[data-chart="bar"]');
			expect(await figures.count()).toBe(statIds.length);
			for (const id of statIds) {
				const figure = v.page.locator(`#stat-${id}`);
				const chartValues = await texts(figure.locator('svg .bar text.value'));
				expect(chartValues.length, id).toBeGreaterThan(0);
				expect(await texts(figure.locator('details table tbody td.num')), id).toEqual(chartValues);
				// Chart labels may be shortened to fit; each bar's tooltip keeps the full label for the comparison.
				const tooltips = await texts(figure.locator('svg .bar > title'));
				const labels = await texts(figure.locator('details table tbody th'));
				expect(tooltips, id).toEqual(labels.map((l, i) => `${l}：${chartValues[i]}`));
				expect(await figure.locator('svg > title').textContent(), id).toBe(await figure.locator('.caption').textContent());
				expect(await figure.locator('svg > desc').textContent(), id).toContain(chartValues[0]);
			}
		} finally {
			await v.close();
		}
	});

	it('names at least one source under every chart', async () => {
		const v = await visit(browser, '/stats/', { javaScriptEnabled: false });
		for (const id of statIds) {
			const sources = await texts(v.page.locator(`#stat-${id} details .sources li`));
			expect(sources.length, id).toBeGreaterThan(0);
			// SourceList writes 「title（publisher、date）」: every source names who published it and when.
			for (const s of sources) expect(s, id).toMatch(/、\d{4}(-\d{2}){0,2}）/);
		}
		await v.close();
	});

	it('opens a data table from its summary with scripts off', async () => {
		const v = await visit(browser, '/stats/', { javaScriptEnabled: false });
		const figure = v.page.locator(`#stat-${statIds[0]}`);
		expect(await figure.locator('details table').isVisible()).toBe(false);
		await figure.locator('details summary').click();
		expect(await figure.locator('details table').isVisible()).toBe(true);
		expect(await v.page.locator('astro-island').count()).toBe(0);
		await v.close();
	});

	it('writes the mark of every bound or approximate value in the chart, explains it in the note, and gives lower bounds an open end', async () => {
		const v = await visit(browser, '/stats/', { javaScriptEnabled: false });
		const marked = v.page.locator('main figure[data-chart="bar"] .bar[data-mark]');
		expect(await marked.count()).toBeGreaterThan(0);
		for (const bar of await marked.all()) {
			const mark = (await bar.getAttribute('data-mark'))!;
			const value = (await bar.locator('text.value').textContent())!;
			expect(value, mark).toContain(MARK_WORDS[mark]);
			const note = await bar.locator('xpath=ancestor::figure').locator('figcaption .note').textContent();
			expect(note, mark).toContain(`「${MARK_WORDS[mark]}」`);
			expect(await bar.locator('line.open').count(), value).toBe(mark === 'over' || mark === 'at-least' ? 1 : 0);
		}
		await v.close();
	});

	it('shows 30 of 118 firms as a share of the whole with both numbers, not as a bare bar', async () => {
		const v = await visit(browser, '/stats/', { javaScriptEnabled: false });
		const bar = v.page.locator('#stat-osaka-partner-damage .bar');
		expect(await bar.getAttribute('data-share')).toBe('');
		expect(await bar.locator('rect.track').count()).toBe(1);
		expect(await bar.locator('text.value').textContent()).toBe('118社中30社（25%）');
		const [track, fill] = await Promise.all([bar.locator('rect.track').getAttribute('width'), bar.locator('rect.fill').getAttribute('width')]);
		expect(Number(fill) / Number(track)).toBeCloseTo(30 / 118, 2);
		await v.close();
	});

	it('links every contents entry to a section that holds its chart', async () => {
		const v = await visit(browser, '/stats/', { javaScriptEnabled: false });
		const hrefs = await v.page.locator('nav.section-nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(hrefs.map((h) => h.slice(1)).sort()).toEqual([...statIds].sort());
		for (const href of hrefs) expect(await v.page.locator(`section:has(h2${href}) figure`).count(), href).toBe(1);
		await v.close();
	});

	it('offers the same figures as JSON, with the texts the page shows', async () => {
		const v = await visit(browser, '/stats/');
		try {
			const href = await v.page.locator('a[href$="stats.json"]').getAttribute('href');
			const response = await v.page.request.get(new URL(href!, baseUrl()).href);
			expect(response.status()).toBe(200);
			const json = (await response.json()) as { figures: { id: string; rows: { text: string }[] }[] };
			expect(json.figures.map((f) => f.id).sort()).toEqual([...statIds].sort());
			for (const f of json.figures) {
				expect(await texts(v.page.locator(`#stat-${f.id} details table tbody td.num`)), f.id).toEqual(f.rows.map((r) => r.text));
			}
			expect(v.errors).toEqual([]);
			expect(v.foreign).toEqual([]);
		} finally {
			await v.close();
		}
	});
});
