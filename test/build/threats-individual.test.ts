// #20: the individual (個人) list moved from /threats/ to a page of its own, so /threats/ is light enough for
// a phone to paint it from its first round trip. The new page has everything the list had; /threats/ keeps a
// short section under the old anchor that links there; nothing else on the site points at the old chart.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { type AnyNode, isTag, isText } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { all, attrValues, builtPage, builtPages, one, text } from '../../scripts/html.ts';

// The newest edition's individual-list sources, read from the edition files, not through src/lib.
const newest = readdirSync('content/threats/editions')
	.map((f) => parse(readFileSync(`content/threats/editions/${f}`, 'utf8')) as { edition: number; individual: { sources: { url?: string; via?: string[] }[] } })
	.reduce((a, b) => (a.edition > b.edition ? a : b));

const PAIRS = [
	{ index: '/threats/', page: '/threats/individual/', csv: '/data/figures/10threats-individual.csv', caption: /^情報セキュリティ10大脅威 \d{4}（個人）$/ },
	{ index: '/en/threats/', page: '/en/threats/individual/', csv: '/data/figures/10threats-individual-en.csv', caption: /^Information Security 10 Major Threats \d{4} \(individuals\)$/ },
];

describe.each(PAIRS)('the individual list of $index', ({ index, page, csv, caption }) => {
	it(`is on ${page}: the rank chart with its data table and CSV, the newest edition's table and its sources`, () => {
		const doc = builtPage(page).doc;
		const figure = one(doc, 'figure#chart-individual');
		expect(figure).not.toBeNull();
		expect(all(figure!, 'svg[role="img"] g[data-threat]').length).toBeGreaterThan(10);
		expect(all(figure!, 'details table tbody tr').length).toBeGreaterThan(10);
		expect(attrValues(figure!, 'a[data-csv]', 'href')).toEqual([csv]);
		const table = all(doc, 'table').find((t) => caption.test(text(one(t, 'caption'))));
		expect(table, "the newest edition's table").toBeDefined();
		expect(all(table!, 'tbody tr')).toHaveLength(10);
		// The list's sources are linked on the page: every address the edition file names (the page, or where it was read).
		const addresses = newest.individual.sources.flatMap((src) => [src.url, ...(src.via ?? [])]).filter((a) => a !== undefined);
		expect(addresses.length).toBeGreaterThan(0);
		expect(attrValues(doc, 'main a[href^="https://"]', 'href')).toEqual(expect.arrayContaining(addresses));
	});

	it(`leaves ${index} a short section under #list-individual that links to it, and no chart of that list`, () => {
		const { doc, html } = builtPage(index);
		const section = one(doc, 'section[aria-labelledby="list-individual"]');
		expect(attrValues(section!, 'a', 'href')).toEqual([page]);
		expect(one(doc, 'figure#chart-individual')).toBeNull();
		// Small: a heading, a sentence and the link (well under 1 kB gzip).
		const start = html.indexOf('<section aria-labelledby="list-individual"');
		expect(gzipSync(html.slice(start, html.indexOf('</section>', start))).length).toBeLessThan(600);
		// The row of links at the top goes to the page, not to the anchor.
		expect(attrValues(doc, 'nav.switch a', 'href')).toContain(page);
		expect(attrValues(doc, 'nav.switch a', 'href')).not.toContain('#list-individual');
	});
});

/** The text a reader gets from `root` outside lang="ja" elements (no scripts, styles or hidden search keywords). */
function untaggedText(root: AnyNode, inJapanese = false): string {
	if (isText(root)) return inJapanese ? '' : root.data;
	if (!isTag(root) || root.name === 'script' || root.name === 'style' || root.attribs.hidden !== undefined) return '';
	const ja = root.attribs.lang === undefined ? inJapanese : root.attribs.lang.startsWith('ja');
	return root.children.map((c) => untaggedText(c, ja)).join('');
}

describe('the English individual list', () => {
	it('marks every Japanese word on /en/threats/individual/ as Japanese (titles as printed, notes, sources)', () => {
		const main = one(builtPage('/en/threats/individual/').doc, 'main');
		expect(untaggedText(main!).match(/[\u3040-\u30ff\u4e00-\u9fff]+/g) ?? []).toEqual([]);
	});
});

describe('links to the individual chart', () => {
	it('no page links to the old chart on /threats/ (#list-individual, #chart-individual): they go to its page', () => {
		const old = builtPages('dist').flatMap((p) =>
			attrValues(p.doc, 'a', 'href')
				.filter((href) => /^(\/en)?\/threats\/(\?[^#]*)?#(list|chart)-individual$/.test(href))
				.map((href) => `${p.path} → ${href}`),
		);
		expect(old).toEqual([]);
	});

	it('the home pages and the data pages lead to it, where they named the individual list', () => {
		for (const [from, to] of [
			['/', '/threats/individual/'],
			['/en/', '/en/threats/individual/'],
			['/data/', '/threats/individual/'],
			['/en/data/', '/en/threats/individual/'],
		] as const) {
			expect(attrValues(builtPage(from).doc, 'main a', 'href'), from).toContain(to);
		}
	});

	it('/threats/ stays within its first-round-trip budget (HTML under 13 kB gzip, leaving room for headers, #20)', () => {
		// Measured on 2026-12-06: 20.6 kB with both lists, 14.5 kB without the individual list, about 12.3 kB once
		// the islands were mounted without Astro's inline runtime. Lighthouse's simulated phone needed a second
		// round trip above about 13 kB (npm run bench: 1.29x the floor at 14.5 kB, 1.17x at 12.0). A list added
		// back would fail here.
		for (const path of ['/threats/', '/en/threats/']) expect(gzipSync(builtPage(path).html).length, path).toBeLessThan(13_000);
	});
});
