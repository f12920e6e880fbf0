import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
	// Embeds are framed by other sites and have no site header; each links its full page instead.
	const sitePages = htmlFiles(DIST).map((f) => [urlPathOf(DIST, f), f] as const).filter(([path]) => !path.startsWith('/embed/'));
	it.each(sitePages)('%s links 困ったとき from its header', (path, file) => {
		const header = hrefsBetween(readFileSync(file, 'utf8'), /<header class="site-header"/, '</header>');
		// English pages (issue 22) link the English help pages once they exist, the Japanese ones until then.
		expect(header).toContain(path.startsWith('/en/') && existsSync(join(DIST, 'en/help/index.html')) ? '/en/help/' : '/help/');
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

describe('primary sources', () => {
	it("links IPA's guideline page from /guideline/ and says which edition the site follows and when that was checked", () => {
		const page = html('/guideline/');
		expect(page).toContain('href="https://www.ipa.go.jp/security/guide/sme/about.html"');
		const text = page.replace(/<[^>]+>/g, '');
		expect(text).toMatch(/Mamoriが従う版：第3\.1版/);
		expect(text).toMatch(/2026年12月5日にそれを確かめ/);
		expect(text).toMatch(/第4\.0版[^。]*確認できていない/);
	});

	it('never links the obsolete 個人情報保護委員会 leak page (pre-2022 rules)', () => {
		for (const f of htmlFiles(DIST)) expect(readFileSync(f, 'utf8'), f).not.toContain('ppc.go.jp/personal/legal/leakAction');
	});
});
