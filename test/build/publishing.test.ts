import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sax from 'sax';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { all, attrValues, type BuiltPage, builtPages, one, text } from '../../scripts/html.ts';
import { PREFECTURES } from '../../src/lib/prefectures.ts';
import { buildPublished, PUBLISHED_SITE, PUBLISHED_SITE_CONFIG } from '../published-site.ts';
import { scan } from '../qr-scan.ts';

// What a link preview, a crawler, a feed reader and a data search engine see of the published site,
// and what the unpublished dist/ says instead. No browser: the built files are read directly.

type Page = BuiltPage;
// Embeds (/embed/…) are framed inside other sites: noindex, no footer, no preview; the full page they link carries those.
const pagesOf = (root: string): Page[] => builtPages(root).filter((p) => !p.path.startsWith('/embed/'));
const meta = (page: Page, key: string) => one(page.doc, `meta[property="${key}"], meta[name="${key}"]`)?.attribs.content;
const canonicalOf = (page: Page) => attrValues(page.doc, 'link[rel="canonical"]', 'href')[0];
const jsonLdOf = (page: Page): Record<string, unknown>[] =>
	all(page.doc, 'script[type="application/ld+json"]').map((s) => JSON.parse(s.children.map((c) => (c.type === 'text' ? c.data : '')).join('')) as Record<string, unknown>);
// Pages with no content of their own to date: the search page, the 404 page and the print flyers.
const undated = (path: string) => path === '/search/' || path === '/en/search/' || path === '/404.html' || /\/flyer\/$/.test(path);

/** Parse XML with a strict parser (throws on any error); return each element's name, attributes and text. */
function parseXml(xml: string): { name: string; attrs: Record<string, string>; text: string }[] {
	const out: { name: string; attrs: Record<string, string>; text: string }[] = [];
	const stack: (typeof out)[number][] = [];
	const parser = sax.parser(true, {});
	parser.onerror = (e) => {
		throw e;
	};
	parser.onopentag = (t) => {
		const el = { name: t.name, attrs: t.attributes as Record<string, string>, text: '' };
		out.push(el);
		stack.push(el);
	};
	parser.ontext = (t) => {
		if (stack.length) stack.at(-1)!.text += t;
	};
	parser.onclosetag = () => void stack.pop();
	parser.write(xml).close();
	return out;
}

/** What the QR code at `selector` on a page says, read as a phone camera would (test/qr-scan.ts); null when it has none. */
function qrText(page: Page, selector: string): string | null {
	const svg = one(page.doc, selector);
	const path = svg && one(svg, 'path')?.attribs.d;
	if (!svg || !path) return null;
	// The HTML parser lower-cases attribute names.
	const size = Number(svg.attribs.viewbox?.split(' ')[2]);
	expect(size, 'QR code viewBox').toBeGreaterThan(20);
	return scan({ size, path })?.data ?? null;
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
	const b = readFileSync(file);
	expect(b.subarray(1, 4).toString('latin1'), file).toBe('PNG');
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

let root: string;
let pages: Page[];
beforeAll(() => {
	root = buildPublished({ reuse: false });
	pages = pagesOf(root);
}, 300_000);

describe('the published site (built with MAMORI_SITE and a test operator)', () => {
	it('gives every page an absolute canonical URL, OpenGraph and Twitter tags and a preview image', () => {
		expect(pages.length).toBeGreaterThan(200);
		for (const p of pages.filter((x) => x.path !== '/404.html')) {
			expect(canonicalOf(p), p.path).toBe(`${PUBLISHED_SITE}${p.path}`);
			expect(meta(p, 'og:url'), p.path).toBe(`${PUBLISHED_SITE}${p.path}`);
			expect(meta(p, 'og:title'), p.path).toBeTruthy();
			expect(meta(p, 'og:description'), p.path).toBeTruthy();
			expect(meta(p, 'twitter:card'), p.path).toBe('summary_large_image');
			expect(meta(p, 'og:image'), p.path).toMatch(new RegExp(`^${PUBLISHED_SITE}/og/.+\\.png$`));
			expect(meta(p, 'theme-color'), p.path).toBeTruthy();
		}
	});

	it('gives each page kind a preview of its own: home, threat, edition, prefecture, guideline, case', () => {
		const image = (path: string) => meta(pages.find((p) => p.path === path)!, 'og:image');
		expect(image('/')).toBe(`${PUBLISHED_SITE}/og/home.png`);
		expect(image('/threats/ransomware/')).toBe(`${PUBLISHED_SITE}/og/threats/ransomware.png`);
		expect(image('/threats/editions/2026/')).toBe(`${PUBLISHED_SITE}/og/threats/editions/2026.png`);
		expect(image('/otasuketai/kumamoto/')).toBe(`${PUBLISHED_SITE}/og/otasuketai/kumamoto.png`);
		expect(image('/guideline/')).toBe(`${PUBLISHED_SITE}/og/guideline.png`);
		expect(image('/cases/wannacry/')).toBe(`${PUBLISHED_SITE}/og/cases/wannacry.png`);
		expect(image('/help/')).toBe(`${PUBLISHED_SITE}/og/help.png`);
	});

	it('has every preview image it names, each a 1200 × 630 PNG under 100 kB', () => {
		const images = new Set(pages.map((p) => new URL(meta(p, 'og:image')!).pathname));
		expect(images.size).toBeGreaterThan(100);
		for (const path of images) {
			const file = join(root, path);
			expect(existsSync(file), path).toBe(true);
			expect(pngSize(file), path).toEqual({ width: 1200, height: 630 });
			expect(statSync(file).size, path).toBeLessThan(100_000);
		}
	});

	it('dates every content page (「内容の確認」 and Article dateModified) and says who runs the site', () => {
		for (const p of pages.filter((x) => !undated(x.path))) {
			// The <time> right after the words 内容の確認： (English pages, issue 22: 'Content checked: ')
			const time = all(p.doc, 'time[datetime]').find((t) => t.prev?.type === 'text' && (t.prev.data.endsWith('内容の確認：') || t.prev.data.endsWith('Content checked: ')));
			const shown = /^(\d{4}-\d{2}-\d{2})$/.exec(time?.attribs.datetime ?? '');
			expect(shown, p.path).not.toBeNull();
			const article = jsonLdOf(p).find((d) => d['@type'] === 'Article');
			expect(article?.dateModified, p.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect((article!.dateModified as string) >= shown![1]!, p.path).toBe(true);
			expect(p.html, p.path).toMatch(p.path.startsWith('/en/') ? /Run by <span[^>]*>テスト運営者/ : /運営：テスト運営者/);
		}
	});

	it('links the Atom feed from every page, and the feed parses and lists every update with absolute links', () => {
		for (const p of pages)
			expect(
				all(p.doc, 'head > link[rel="alternate"][type="application/atom+xml"]').map((l) => [l.attribs.title, l.attribs.href]),
				p.path,
			).toContainEqual(['Mamori 更新情報', `${PUBLISHED_SITE}/updates/feed.xml`]);
		const feed = parseXml(readFileSync(join(root, 'updates/feed.xml'), 'utf8'));
		expect(feed[0]!.name).toBe('feed');
		const updates = readdirSync('content/updates').filter((f) => f.endsWith('.yaml'));
		expect(feed.filter((e) => e.name === 'entry')).toHaveLength(updates.length);
		const links = feed.filter((e) => e.name === 'link').map((e) => e.attrs.href!);
		expect(
			links.every((l) => l.startsWith(`${PUBLISHED_SITE}/`)),
			links.join(' '),
		).toBe(true);
		const titles = feed.filter((e) => e.name === 'title').map((e) => e.text);
		for (const f of updates) expect(titles).toContain((parseYaml(readFileSync(join('content/updates', f), 'utf8')) as { title: string }).title);
	});

	it('lists every page but the search page, the 404 page and the print flyers in the sitemap, which parses', () => {
		const index = parseXml(readFileSync(join(root, 'sitemap-index.xml'), 'utf8'));
		const files = index.filter((e) => e.name === 'loc').map((e) => new URL(e.text).pathname);
		expect(files.length).toBeGreaterThan(0);
		const listed = files.flatMap((f) =>
			parseXml(readFileSync(join(root, f), 'utf8'))
				.filter((e) => e.name === 'loc')
				.map((e) => e.text),
		);
		const expected = pages.filter((p) => !undated(p.path)).map((p) => `${PUBLISHED_SITE}${p.path}`);
		expect([...listed].sort()).toEqual(expected.sort());
		expect(readFileSync(join(root, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${PUBLISHED_SITE}/sitemap-index.xml`);
	});

	it('publishes security.txt with the contact from site.yaml and an expiry within a year', () => {
		const txt = readFileSync(join(root, '.well-known/security.txt'), 'utf8');
		const contact = (parseYaml(readFileSync(PUBLISHED_SITE_CONFIG, 'utf8')) as { contact: { email: string } }).contact.email;
		expect(txt).toMatch(new RegExp(`^Contact: mailto:${contact.replace(/\./g, '\\.')}$`, 'm'));
		const expires = new Date(/^Expires: (.+)$/m.exec(txt)![1]!);
		expect(expires.getTime()).toBeGreaterThan(Date.now());
		expect(expires.getTime() - Date.now()).toBeLessThan(366 * 24 * 3600 * 1000);
	});

	it('describes /data/ as a Dataset with its version, licence and both downloads', () => {
		const data = pages.find((p) => p.path === '/data/')!;
		const dataset = jsonLdOf(data).find((d) => d['@type'] === 'Dataset')!;
		const json = JSON.parse(readFileSync(join(root, 'data/rankings.json'), 'utf8')) as { version: string; generated: string };
		expect(dataset).toMatchObject({ version: json.version, dateModified: json.generated, license: 'https://creativecommons.org/licenses/by/4.0/', url: `${PUBLISHED_SITE}/data/` });
		expect((dataset.distribution as { contentUrl: string }[]).map((d) => d.contentUrl)).toEqual([`${PUBLISHED_SITE}/data/rankings.csv`, `${PUBLISHED_SITE}/data/rankings.json`]);
		expect(data.html).toContain(`バージョン${json.version}`);
		expect(data.html).toContain(`${PUBLISHED_SITE}/data/`);
		const cff = readFileSync(join(root, 'CITATION.cff'), 'utf8');
		expect(cff).toContain(`version: "${json.version}"`);
		expect(cff).toContain(`url: "${PUBLISHED_SITE}/data/"`);
	});

	// A chamber prints or pastes these: each must carry the prefecture page's full address, and its QR code must
	// scan to it. The flyers' printing on one A4 sheet is checked in Chromium (test/e2e/published.test.ts).
	it('gives every prefecture page and its flyer the full address and a QR code that scans to it', () => {
		const byPath = new Map(pages.map((p) => [p.path, p]));
		for (const { slug } of PREFECTURES) {
			const url = `${PUBLISHED_SITE}/otasuketai/${slug}/`;
			const page = byPath.get(`/otasuketai/${slug}/`)!;
			expect(text(one(page.doc, '.kit .url')), slug).toBe(url);
			expect(text(one(page.doc, '.kit #newsletter-text')), slug).toContain(url);
			expect(qrText(page, '.kit svg.qr'), slug).toBe(url);
			const flyer = byPath.get(`/otasuketai/${slug}/flyer/`)!;
			expect(all(flyer.doc, '.flyer svg.qr'), slug).toHaveLength(1);
			expect(qrText(flyer, '.flyer svg.qr'), slug).toBe(url);
		}
	});

	it('offers WebSite search to search engines on the home page', () => {
		const site = jsonLdOf(pages.find((p) => p.path === '/')!).find((d) => d['@type'] === 'WebSite') as { url: string; potentialAction: { target: { urlTemplate: string } } };
		expect(site.url).toBe(`${PUBLISHED_SITE}/`);
		expect(site.potentialAction.target.urlTemplate).toBe(`${PUBLISHED_SITE}/search/?q={search_term_string}`);
	});
});

describe('the unpublished site (dist/, no address, no operator)', () => {
	const dist = pagesOf('dist');

	it('says that this copy has no operator, writes no canonical URL and no sitemap or security.txt', () => {
		for (const p of dist) {
			expect(p.html, p.path).toContain(p.path.startsWith('/en/') ? 'This copy of the site names no operator.' : 'このコピーの運営者は設定されていません。');
			expect(canonicalOf(p), p.path).toBeUndefined();
		}
		expect(existsSync('dist/sitemap-index.xml')).toBe(false);
		expect(existsSync('dist/.well-known/security.txt')).toBe(false);
		expect(readFileSync('dist/robots.txt', 'utf8')).not.toContain('Sitemap');
	});

	it('ships the web manifest and every icon it and the pages name', () => {
		const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8')) as { icons: { src: string }[] };
		for (const icon of manifest.icons) expect(existsSync(join('dist', icon.src)), icon.src).toBe(true);
		expect(pngSize('dist/apple-touch-icon.png')).toEqual({ width: 180, height: 180 });
		expect(readFileSync('dist/favicon.ico').readUInt16LE(2)).toBe(1);
	});

	it('refuses to build for publishing while site.yaml has no operator or contact, naming the file and fields', () => {
		const { MAMORI_SITE_CONFIG: _, ...env } = process.env;
		const r = spawnSync('astro', ['build', '--outDir', join(root, '..', 'mamori-refused')], {
			env: { ...env, MAMORI_SITE: PUBLISHED_SITE, ASTRO_TELEMETRY_DISABLED: '1' },
			encoding: 'utf8',
			shell: true,
		});
		expect(r.status).not.toBe(0);
		expect(r.stdout + r.stderr).toContain('content/site.yaml (entry "site") field operator: is required to publish');
		expect(r.stdout + r.stderr).toContain('content/site.yaml (entry "site") field contact: is required to publish');
	}, 180_000);
});
