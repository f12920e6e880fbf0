import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import { parseHeaders } from '../../scripts/serve.ts';
import { all, attrValues, type BuiltPage, builtPages, ids, metaCsp, one, text } from '../../scripts/html.ts';
import { GUIDELINE_SECTIONS } from '../../src/lib/content/guideline-sections.ts';

const DIST = 'dist';
const pages = builtPages(DIST);
// The search page, the 404 page and the 83 pair-by-pair comparison pages stay out of the index (the comparison index is in).
// Left out of the index: the search page, 404, the compare pair pages and the printable flyers (their prefecture page is the result).
// Pages made to be framed by other sites: no header, no script at all.
const isEmbed = (path: string) => path.startsWith('/embed/');
const indexed = (path: string) =>
	!['/search/', '/en/search/', '/404.html'].includes(path) && !/^(\/en)?\/threats\/compare\/(organization|individual)\//.test(path) && !/^\/otasuketai\/[a-z]+\/flyer\/$/.test(path) && !isEmbed(path);
const SEARCHABLE = pages.filter((p) => indexed(p.path));
// Pages allowed to ship JavaScript, because they hold an island, the compare form, the search UI or a chart
// figure's tools (SVG/PNG download, citation copy: src/islands/figure-tools.ts).
const chartPages = new Set(pages.filter((p) => one(p.doc, '[data-figure-tools]')).map((p) => p.path));
const hasJs = (path: string) =>
	['/', '/search/', '/threats/', '/otasuketai/', '/otasuketai/pilots/', '/self-check/', '/en/search/', '/en/threats/', '/en/self-check/'].includes(path) ||
	/^(\/en)?\/threats\/compare\//.test(path) ||
	chartPages.has(path);
// Pages that fill in the site's full address and draw QR codes in the browser (builds without MAMORI_SITE), or copy text.
const hasKitJs = (path: string) => ['/data/', '/for-chambers/', '/en/data/'].includes(path) || /^\/otasuketai\/[a-z]+\/(flyer\/)?$/.test(path);

describe('the built site', () => {
	it.each(Object.entries(GUIDELINE_SECTIONS))('has the guideline heading the self-check section %s links to', (_, { href }) => {
		const url = new URL(href, 'http://site');
		const page = pages.find((p) => p.path === url.pathname);
		expect(page, url.pathname).toBeDefined();
		expect([...ids(page!.doc)]).toContain(decodeURIComponent(url.hash.slice(1)));
	});

	it('has the home page and every section page', () => {
		expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/threats/', '/guideline/', '/self-check/', '/otasuketai/', '/policy/', '/help/', '/about/', '/search/', '/404.html']));
	});

	it.each(pages.map((p) => [p.path, p] as const))('%s is Japanese, titled, described and carries a CSP without unsafe-inline', (_, p) => {
		// English edition (issue 22): pages under /en/ are English.
		expect(one(p.doc, 'html')?.attribs.lang).toBe(p.path.startsWith('/en/') ? 'en' : 'ja');
		expect(all(p.doc, 'head > title').map((t) => text(t))).toEqual([expect.stringContaining('Mamori')]);
		expect(attrValues(p.doc, 'meta', 'content').length).toBeGreaterThan(0);
		const csp = metaCsp(p.doc);
		expect(csp).toMatch(/script-src 'self'/);
		expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
		expect(csp).toMatch(/object-src 'none'/);
		// Exactly these directives and sources: this origin only, plus what Pagefind needs (compiling its
		// WebAssembly, a worker from this origin); inline code only by hash.
		const directives = Object.fromEntries(
			(csp ?? '')
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.filter((d) => d[0])
				.map(([name, ...values]) => [name!, values.filter((v) => !v.startsWith("'sha256-")).join(' ')]),
		);
		expect(directives).toEqual({
			'default-src': "'self'",
			'img-src': "'self' data:",
			'connect-src': "'self'",
			'worker-src': "'self'",
			'font-src': "'self'",
			'object-src': "'none'",
			'base-uri': "'self'",
			'form-action': "'self'",
			'script-src': "'self' 'wasm-unsafe-eval'",
			'style-src': "'self'",
		});
	});

	it.each(SEARCHABLE.map((p) => [p.path, p] as const))('%s has exactly one search body, on <main>, with a title and a section filter', (_, p) => {
		expect(p.html.match(/data-pagefind-body/g)).toHaveLength(1);
		const main = one(p.doc, 'main')!;
		expect(main.attribs).toHaveProperty('data-pagefind-body');
		expect(main.attribs['data-pagefind-meta']).toMatch(/^title:.+/);
		expect(main.attribs['data-pagefind-filter']).toMatch(/^section:.+/);
	});

	it('keeps the search page, the 404 page and the comparison pair pages out of the index', () => {
		for (const p of pages.filter((x) => !SEARCHABLE.includes(x))) expect(p.html).not.toMatch(/data-pagefind-body/);
	});

	it.each(pages.map((p) => [p.path, p] as const))('%s loads nothing from another origin', (_, p) => {
		const resources = [...attrValues(p.doc, 'script', 'src'), ...attrValues(p.doc, 'link', 'href'), ...attrValues(p.doc, 'img', 'src'), ...attrValues(p.doc, 'iframe', 'src')];
		expect(resources.filter((r) => /^(https?:)?\/\//.test(r))).toEqual([]);
	});

	// Every page has the header search box; its script loads Pagefind only when the reader uses the box.
	const headerSearch = (doc: BuiltPage['doc']) => attrValues(doc, 'script', 'src').filter((s) => /\/_astro\/SearchBox\.astro_astro_type_script/.test(s));
	// The combobox's script, inert in a <template> until the header script imports it after the first paint.
	// (css-select does not look inside a <template>: its children are read here.)
	const combobox = (doc: BuiltPage['doc']) => all(doc, 'template[data-header-combobox]').flatMap((t) => attrValues(t.children, 'script', 'src'));
	// Island mount scripts, parked the same way until the page is idle (src/islands/idle.ts).
	const parkedIslands = (doc: BuiltPage['doc']) => all(doc, 'template[data-island-script]').flatMap((t) => attrValues(t.children, 'script', 'src'));
	// A script's static imports (requested with it); the chunks it imports on demand are apart.
	const closure = (url: string, files = new Set<string>()) => {
		if (files.has(url)) return files;
		files.add(url);
		for (const [, dep] of readFileSync(join(DIST, url), 'utf8').matchAll(/from\s*"\.\/([^"]+)"/g)) closure(`/_astro/${dep}`, files);
		return files;
	};

	it.each(pages.filter((p) => !hasJs(p.path) && !hasKitJs(p.path) && !isEmbed(p.path)).map((p) => [p.path, p] as const))('%s ships no JavaScript but the header search (no island on it)', (_, p) => {
		// Plus the one-line file that registers the offline copy of the help pages (issue 15).
		// JSON-LD is a data block (type="application/ld+json"): browsers never run it.
		expect(all(p.doc, 'script:not([type="application/ld+json" i])')).toHaveLength(2);
		expect(headerSearch(p.doc)).toHaveLength(1);
		expect(combobox(p.doc)).toHaveLength(1);
		expect(attrValues(p.doc, 'script', 'src')).toContain('/register-sw.js');
	});

	it('keeps the header script before first paint under 2.5 kB gzip, and with its combobox under 5.5 kB, Pagefind loaded on demand', () => {
		const entry = headerSearch(pages[0]!.doc)[0]!;
		const code = (files: Set<string>) => [...files].map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
		const eager = closure(entry);
		// The header script imports the combobox by the address in its <template> (not a bundler import(), which
		// would add the bundler's preload helper to the chain before the first paint).
		expect(readFileSync(join(DIST, entry), 'utf8'), 'the combobox is imported on demand').toMatch(/template\[data-header-combobox\]/);
		const onDemand = combobox(pages[0]!.doc);
		expect(onDemand).toHaveLength(1);
		// One file before the first paint: nothing it imports is another request in the page's critical chain.
		expect([...eager]).toEqual([entry]);
		const all = closure(onDemand[0]!, new Set(eager));
		// Before the first paint on every page: the fold, the / shortcut and the language switch only (#20).
		expect(gzipSync(code(eager)).length).toBeLessThanOrEqual(2_500);
		expect(code(eager)).not.toContain('/pagefind/pagefind.js');
		expect(gzipSync(code(all)).length).toBeLessThanOrEqual(5_500);
		expect(code(all)).toContain('/pagefind/pagefind.js');
		expect(code(all)).not.toMatch(/request_all_filter_indexes|PagefindUI/);
	});

	it('uses no web fonts', () => {
		for (const p of pages) expect(p.html).not.toMatch(/@font-face/);
	});

	it.each(pages.filter((p) => hasJs(p.path) || hasKitJs(p.path)).map((p) => [p.path, p] as const))('%s keeps its own JavaScript under 30 kB gzip (Pagefind excluded)', (_, p) => {
		const own = new Set(
			[
				...attrValues(p.doc, 'script', 'src'),
				...attrValues(p.doc, 'astro-island', 'component-url'),
				...attrValues(p.doc, 'astro-island', 'renderer-url'),
				...parkedIslands(p.doc).flatMap((s) => [...closure(s)]),
			].filter((s) => s.startsWith('/_astro/')),
		);
		const bytes = [...own].reduce((n, s) => n + gzipSync(readFileSync(join(DIST, s))).length, 0);
		expect(bytes).toBeLessThanOrEqual(30_000);
	});

	// Astro's island element needs a 4 kB inline runtime; the chart highlight and the team filter draw nothing
	// before they run, so module scripts mount them instead, and these pages stay within one round trip sooner (#20).
	it.each(['/threats/', '/en/threats/', '/threats/individual/', '/en/threats/individual/', '/otasuketai/pilots/'])('%s mounts its islands without inline script', (path) => {
		const p = pages.find((x) => x.path === path)!;
		expect(all(p.doc, '[data-island]').length).toBeGreaterThan(0);
		expect(parkedIslands(p.doc)).toHaveLength(1);
		expect(all(p.doc, 'astro-island')).toEqual([]);
		expect(all(p.doc, 'script:not([src]):not([type="application/ld+json" i])')).toEqual([]);
	});

	it("sends each page's CSP as a header too, identical to its meta policy", () => {
		const headers = readFileSync(join(DIST, '_headers'), 'utf8');
		// The CSP rules that match each page's address: exactly one, so no host combines two policies.
		const rules = parseHeaders(headers).filter((r) => r.headers.some(([name]) => name === 'Content-Security-Policy'));
		const matching = (path: string) => rules.filter((r) => new RegExp(`^${r.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path));
		for (const p of pages) {
			const found = matching(p.path);
			expect(
				found.map((r) => r.pattern),
				p.path,
			).toHaveLength(1);
			const policy = found[0]!.headers.find(([name]) => name === 'Content-Security-Policy')![1];
			expect(policy).toContain(metaCsp(p.doc)!.trim().replace(/;$/, ''));
			expect(policy).toContain(isEmbed(p.path) ? 'frame-ancestors *;' : "frame-ancestors 'none'");
		}
		expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
	});

	it('has no broken internal link or anchor', () => {
		expect(checkLinks(DIST)).toEqual([]);
	});
});

describe('the link checker', () => {
	it('reports each broken link with its page and reason, and nothing else', () => {
		expect(checkLinks('test/fixtures/dist-broken')).toEqual([
			{ page: '/', href: 'https://www.ipa.go.jp/', reason: 'opens a new tab without rel="noopener"' },
			{ page: '/', href: '/missing/', reason: 'no such page or file' },
			{ page: '/', href: '/guide/#nowhere', reason: 'no element with id="nowhere"' },
			{ page: '/', href: '#top', reason: 'no element with id="top"' },
		]);
	});
});

describe('the build', () => {
	it('stops on a content error and names the file, the entry and the field', () => {
		const root = mkdtempSync(join(tmpdir(), 'mamori-bad-'));
		cpSync('test/fixtures/valid', root, { recursive: true });
		cpSync('test/fixtures/invalid/edition-unknown-threat', root, { recursive: true });
		const r = spawnSync('astro', ['build', '--outDir', join(root, 'out')], { env: { ...process.env, MAMORI_CONTENT_DIR: root }, encoding: 'utf8' });
		expect(r.status).not.toBe(0);
		expect(r.stdout + r.stderr).toContain('threats/editions/2026.yaml (entry "2026") field organization.entries[0].threat: "ransomwear" names no threat');
	}, 180_000);

	it('stops on raw HTML in MDX and names the file and the line', () => {
		const root = mkdtempSync(join(tmpdir(), 'mamori-bad-'));
		cpSync('test/fixtures/valid', root, { recursive: true });
		cpSync('test/fixtures/invalid/mdx-raw-script', root, { recursive: true });
		const r = spawnSync('astro', ['build', '--outDir', join(root, 'out')], { env: { ...process.env, MAMORI_CONTENT_DIR: root }, encoding: 'utf8' });
		expect(r.status).not.toBe(0);
		expect(r.stdout + r.stderr).toContain('threats/catalog/ransomware.mdx (entry "ransomware"): line 20: <script> is raw HTML');
	}, 180_000);
});
