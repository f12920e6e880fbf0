import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { all, attrValues, builtPage, closest, one, text } from '../../scripts/html.ts';

// /stats/ as its HTML stands, which is what a reader without JavaScript gets: these checks need no browser,
// so they read dist/ (moved from test/e2e/stats.test.ts, #21). The e2e file keeps what needs one.
const DIST = 'dist';
const page = builtPage('/stats/', DIST);

// One chart per file in content/stats: a figure that is not charted would be a figure left out.
const statIds = readdirSync('content/stats').map((f) => f.replace(/\.yaml$/, ''));

/** The words each mark (data-mark on a bar) must show in the value label. */
const MARK_WORDS: Record<string, string> = { about: '約', nearly: '弱', over: '超', 'at-least': '以上', 'at-most': '以下' };

const figure = (id: string) => one(page.doc, `#stat-${id}`)!;
const texts = (root: Parameters<typeof all>[0], selector: string) => all(root, selector).map((el) => text(el));

describe('/stats/ without JavaScript', () => {
	it('shows every figure as a chart whose table has the same numbers as its labels', () => {
		expect(all(page.doc, 'main figure[data-chart="bar"]')).toHaveLength(statIds.length);
		for (const id of statIds) {
			const f = figure(id);
			expect(f, id).not.toBeNull();
			const chartValues = texts(f, 'svg .bar text.value');
			expect(chartValues.length, id).toBeGreaterThan(0);
			expect(texts(f, 'details table tbody td.num'), id).toEqual(chartValues);
			// Chart labels may be shortened to fit; each bar's tooltip keeps the full label for the comparison.
			const labels = texts(f, 'details table tbody th');
			expect(texts(f, 'svg .bar > title'), id).toEqual(labels.map((l, i) => `${l}：${chartValues[i]}`));
			expect(text(one(f, 'svg > title')), id).toBe(text(one(f, '.caption')));
			expect(text(one(f, 'svg > desc')), id).toContain(chartValues[0]);
		}
	});

	it('names at least one source under every chart', () => {
		for (const id of statIds) {
			const sources = texts(figure(id), 'details .sources li');
			expect(sources.length, id).toBeGreaterThan(0);
			// SourceList writes 「title（publisher、date）」: every source names who published it and when.
			for (const s of sources) expect(s, id).toMatch(/、\d{4}(-\d{2}){0,2}）/);
		}
	});

	it('writes the mark of every bound or approximate value in the chart, explains it in the note, and gives lower bounds an open end', () => {
		const marked = all(page.doc, 'main figure[data-chart="bar"] .bar[data-mark]');
		expect(marked.length).toBeGreaterThan(0);
		for (const bar of marked) {
			const mark = bar.attribs['data-mark']!;
			const value = text(one(bar, 'text.value'));
			expect(value, mark).toContain(MARK_WORDS[mark]);
			expect(text(one(closest(bar, 'figure')!, 'figcaption .note')), mark).toContain(`「${MARK_WORDS[mark]}」`);
			expect(all(bar, 'line.open'), value).toHaveLength(mark === 'over' || mark === 'at-least' ? 1 : 0);
		}
	});

	it('shows 30 of 118 firms as a share of the whole with both numbers, not as a bare bar', () => {
		const bar = one(page.doc, '#stat-osaka-partner-damage .bar')!;
		expect(bar.attribs['data-share']).toBe('');
		expect(all(bar, 'rect.track')).toHaveLength(1);
		expect(text(one(bar, 'text.value'))).toBe('118社中30社（25%）');
		const width = (selector: string) => Number(one(bar, selector)!.attribs.width);
		expect(width('rect.fill') / width('rect.track')).toBeCloseTo(30 / 118, 2);
	});

	it('links every contents entry to a section that holds its chart', () => {
		const hrefs = attrValues(page.doc, 'nav.section-nav a', 'href');
		expect(hrefs.map((h) => h.slice(1)).sort()).toEqual([...statIds].sort());
		for (const href of hrefs) expect(all(page.doc, `section:has(h2${href}) figure`), href).toHaveLength(1);
	});

	it('offers the same figures as JSON, with the texts the page shows', () => {
		const href = attrValues(page.doc, 'a[href$="stats.json"]', 'href')[0]!;
		const json = JSON.parse(readFileSync(join(DIST, new URL(href, 'http://x/').pathname), 'utf8')) as { figures: { id: string; rows: { text: string }[] }[] };
		expect(json.figures.map((f) => f.id).sort()).toEqual([...statIds].sort());
		for (const f of json.figures) expect(texts(figure(f.id), 'details table tbody td.num'), f.id).toEqual(f.rows.map((r) => r.text));
	});
});
