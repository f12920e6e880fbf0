import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { all, attrValues, builtPages, childElements, text } from '../../scripts/html.ts';
import { parseHeaders } from '../../scripts/serve.ts';
import { PREFECTURES } from '../../src/lib/prefectures.ts';

// The chamber kit over dist/ (built without MAMORI_SITE): embeds that other sites may frame, and no other page.
const DIST = 'dist';
const pages = builtPages(DIST);
const embeds = pages.filter((p) => p.path.startsWith('/embed/'));
const rules = parseHeaders(readFileSync(`${DIST}/_headers`, 'utf8'));
const glob = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
/** The headers a host that reads _headers sends for `path` (every matching rule, in order). */
const headersFor = (path: string) => rules.filter((r) => glob(r.pattern).test(path)).flatMap((r) => r.headers);

describe('embeds', () => {
	it('exist for every prefecture, the top 10, the self-check and the help contacts, each with an image version', () => {
		const paths = embeds.map((p) => p.path);
		expect(paths).toEqual(expect.arrayContaining(['/embed/top10/', '/embed/self-check/', '/embed/help/', ...PREFECTURES.map((p) => `/embed/otasuketai/${p.slug}/`)]));
		for (const svg of ['top10', 'self-check', 'help', 'otasuketai/shiga']) expect(readFileSync(`${DIST}/embed/${svg}.svg`, 'utf8')).toMatch(/^<svg [^>]*role="img"[^>]*>\n<title>[^<]+<\/title>/);
	});

	it.each(embeds.map((p) => [p.path, p] as const))('%s is at most 10 kB gzip, titled, script-free, unindexed, and opens links in a new tab', (_, p) => {
		expect(gzipSync(p.html).length).toBeLessThanOrEqual(10_000);
		expect(all(p.doc, 'head > title').map((t) => text(t))).toEqual([expect.stringMatching(/^.+｜Mamori$/)]);
		expect(all(p.doc, 'script')).toEqual([]);
		expect(p.html).not.toMatch(/data-pagefind-body/);
		expect(attrValues(p.doc, 'meta[name="robots"]', 'content')).toEqual(['noindex']);
		const anchors = all(p.doc, 'a');
		expect(anchors.length).toBeGreaterThan(0);
		for (const a of anchors.filter((t) => !t.attribs.href?.startsWith('tel:'))) expect(a.attribs.target, a.attribs.href).toBe('_blank');
	});
});

describe('framing', () => {
	it('lets other sites frame the embeds, and only them', () => {
		for (const p of pages) {
			const headers = headersFor(p.path);
			const csp = headers
				.filter(([k]) => k === 'Content-Security-Policy')
				.map(([, v]) => v)
				.join(' ');
			const xfo = headers.filter(([k]) => k === 'X-Frame-Options').map(([, v]) => v);
			if (p.path.startsWith('/embed/')) {
				expect(csp, p.path).toMatch(/frame-ancestors \*;/);
				expect(xfo, p.path).toEqual([]);
			} else {
				expect(csp, p.path).toContain("frame-ancestors 'none'");
				expect(xfo, p.path).toContain('DENY');
			}
		}
	});
});

describe('for chambers', () => {
	const page = pages.find((p) => p.path === '/for-chambers/')!;

	it('links every prefecture page and flyer, the desk card and every embed', () => {
		const hrefs = attrValues(page.doc, 'a', 'href');
		for (const p of PREFECTURES) expect(hrefs).toEqual(expect.arrayContaining([`/otasuketai/${p.slug}/`, `/otasuketai/${p.slug}/flyer/`]));
		expect(hrefs).toEqual(expect.arrayContaining(['/for-chambers/help-card/', '/embed/top10/', '/embed/self-check/', '/embed/help/', '/embed/top10.svg']));
	});

	it('is linked from the home page, /otasuketai/ and the footer of every page', () => {
		for (const path of ['/', '/otasuketai/', '/threats/']) expect(attrValues(pages.find((p) => p.path === path)!.doc, 'a', 'href'), path).toContain('/for-chambers/');
	});

	it('lists on the desk card every help contact with its phone number', () => {
		const card = pages.find((p) => p.path === '/for-chambers/help-card/')!.doc;
		const files = readdirSync('content/help').filter((f) => f.endsWith('.yaml'));
		const phones = files.flatMap((f) => ((parse(readFileSync(`content/help/${f}`, 'utf8')) as { phones?: { number: string }[] }).phones ?? []).map((p) => p.number));
		expect(phones.length).toBeGreaterThan(0);
		// Each number is the last text of a link (a tel: link written as the number itself).
		const linkEnds = all(card, 'a')
			.map((a) => a.children.at(-1))
			.map((n) => (n?.type === 'text' ? n.data : ''));
		for (const phone of phones) expect(linkEnds).toContain(phone);
		expect(all(card, 'li').filter((li) => childElements(li)[0]?.name === 'h2')).toHaveLength(files.length);
	});
});
