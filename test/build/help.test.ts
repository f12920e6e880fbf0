import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { all, attrValues, builtPage, builtPages, one, text } from '../../scripts/html.ts';
import { PREFECTURES } from '../../src/lib/prefectures.ts';

const DIST = 'dist';
const doc = (path: string) => builtPage(path, DIST).doc;
const situations = readdirSync('content/help-situations').map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(`content/help-situations/${f}`, 'utf8')) }));
const threats = readdirSync('content/threats/catalog').map((f) => f.replace(/\.mdx$/, ''));
/** The hrefs inside the first element matching `selector`. */
const hrefsIn = (page: ReturnType<typeof doc>, selector: string) => attrValues(one(page, selector) ?? [], '[href]', 'href');
/** The hrefs after the first element matching `start` and before the first matching `end`, in document order. */
const hrefsBetween = (page: ReturnType<typeof doc>, start: string, end: string) => {
	const order = all(page, `${start}, ${end}, [href]`);
	const [from, to] = [order.indexOf(one(page, start)!), order.indexOf(one(page, end)!)];
	return from < 0 || to < from ? [] : order.slice(from, to).flatMap((el) => (el.attribs.href ? [el.attribs.href] : []));
};

describe('ways into the help pages', () => {
	// Embeds are framed by other sites and have no site header; each links its full page instead.
	const sitePages = builtPages(DIST)
		.map((p) => [p.path, p] as const)
		.filter(([path]) => !path.startsWith('/embed/'));
	it.each(sitePages)('%s links 困ったとき from its header', (path, page) => {
		const header = hrefsIn(page.doc, 'header.site-header');
		// English pages (issue 22) link the English help pages once they exist, the Japanese ones until then.
		expect(header).toContain(path.startsWith('/en/') && existsSync(join(DIST, 'en/help/index.html')) ? '/en/help/' : '/help/');
	});

	it.each(threats)('/threats/%s/ links the situations that name it under 被害に遭ったら, or the chooser', (id) => {
		const links = hrefsIn(doc(`/threats/${id}/`), 'section[aria-labelledby="if-hit"]');
		const expected = situations
			.filter((s) => s.threats.includes(id))
			.sort((a, b) => a.order - b.order)
			.map((s) => `/help/${s.id}/`);
		expect(links).toEqual(expected.length ? expected : ['/help/']);
	});

	it.each(PREFECTURES.map((p) => p.slug))('/otasuketai/%s/ links the help pages beside いま相談するには', (slug) => {
		const links = hrefsBetween(doc(`/otasuketai/${slug}/`), 'h2#ask-now', 'h2#pilots');
		expect(links).toContain('/help/');
	});

	it('links the help pages from the home page, next to the self-check', () => {
		const links = hrefsIn(doc('/'), 'section.hero');
		expect(links.slice(0, 3)).toEqual(expect.arrayContaining(['/self-check/', '/help/']));
	});
});

describe('primary sources', () => {
	it("links IPA's guideline page from /guideline/ and says which edition the site follows and when that was checked", () => {
		const page = doc('/guideline/');
		expect(attrValues(page, 'a', 'href')).toContain('https://www.ipa.go.jp/security/guide/sme/about.html');
		const shown = text(page);
		expect(shown).toMatch(/Mamoriが従う版：第3\.1版/);
		expect(shown).toMatch(/2026年12月5日にそれを確かめ/);
		expect(shown).toMatch(/第4\.0版[^。]*確認できていない/);
	});

	it('never links the obsolete 個人情報保護委員会 leak page (pre-2022 rules)', () => {
		for (const p of builtPages(DIST)) expect(p.html, p.path).not.toContain('ppc.go.jp/personal/legal/leakAction');
	});
});
