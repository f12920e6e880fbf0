import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { htmlFiles, urlPathOf } from '../../scripts/dist-files.ts';
import { PREFECTURES } from '../../src/lib/prefectures.ts';

const DIST = 'dist';
const html = (path: string) => readFileSync(`${DIST}${path}index.html`, 'utf8');
const situations = readdirSync('content/help-situations').map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(`content/help-situations/${f}`, 'utf8')) }));
const threats = readdirSync('content/threats/catalog').map((f) => f.replace(/\.mdx$/, ''));
/** The hrefs inside the element that starts at the first match of `start` and ends at `end`. */
const hrefsBetween = (page: string, start: RegExp, end: string) => {
	const from = page.search(start);
	const to = page.indexOf(end, from);
	return from < 0 ? [] : [...page.slice(from, to).matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
};

describe('ways into the help pages', () => {
	it.each(htmlFiles(DIST).map((f) => [urlPathOf(DIST, f), f] as const))('%s links 困ったとき from its header', (_, file) => {
		const header = hrefsBetween(readFileSync(file, 'utf8'), /<header class="site-header"/, '</header>');
		expect(header).toContain('/help/');
	});

	it.each(threats)('/threats/%s/ links the situations that name it under 被害に遭ったら, or the chooser', (id) => {
		const links = hrefsBetween(html(`/threats/${id}/`), /<section[^>]*aria-labelledby="if-hit"/, '</section>');
		const expected = situations.filter((s) => s.threats.includes(id)).sort((a, b) => a.order - b.order).map((s) => `/help/${s.id}/`);
		expect(links).toEqual(expected.length ? expected : ['/help/']);
	});

	it.each(PREFECTURES.map((p) => p.slug))('/otasuketai/%s/ links the help pages beside いま相談するには', (slug) => {
		const links = hrefsBetween(html(`/otasuketai/${slug}/`), /<h2 id="ask-now"/, '<h2 id="pilots"');
		expect(links).toContain('/help/');
	});

	it('links the help pages from the home page, next to the self-check', () => {
		const links = hrefsBetween(html('/'), /<section class="hero"/, '</section>');
		expect(links.slice(0, 3)).toEqual(expect.arrayContaining(['/self-check/', '/help/']));
	});
});
