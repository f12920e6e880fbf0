import { describe, expect, it } from 'vitest';
import { all, builtPages, metaCsp, type Element } from '../../scripts/html.ts';
import { cspHash, headerCsp, SITE_CSP } from '../../src/lib/csp.ts';

// One Content-Security-Policy for the whole site, small enough to send with every page, that still allows
// everything the built pages actually run and nothing inline that is not listed by hash.
const pages = builtPages('dist');

/** The sources one directive of `policy` allows ('self', 'sha256-…'), or undefined when it is absent. */
function sources(policy: string, directive: string): string[] | undefined {
	const d = policy
		.split(';')
		.map((x) => x.trim().split(/\s+/))
		.find(([name]) => name === directive);
	return d?.slice(1);
}

/** Inline <script> and <style> elements with their raw text, exactly as a hash covers it. */
function inlineCode(doc: Parameters<typeof all>[0]) {
	return all(doc, 'script:not([src]), style').map((el) => ({
		kind: el.name as 'script' | 'style',
		el,
		text: el.children.map((c) => ('data' in c ? c.data : '')).join(''),
	}));
}

// A script element the browser runs: no type, a JavaScript type or a module (JSON-LD and other data blocks are not run).
const runs = (el: Element) => {
	const type = el.attribs.type?.toLowerCase();
	return type === undefined || type === '' || type === 'module' || /javascript|ecmascript/.test(type);
};

describe('the site-wide Content-Security-Policy', () => {
	it('is the same on every page, the 404 page and the embeds included', () => {
		expect(pages.map((p) => p.path)).toContain('/404.html');
		const differing = pages.filter((p) => metaCsp(p.doc) !== SITE_CSP).map((p) => p.path);
		expect(differing).toEqual([]);
	});

	it('is under 1 kB as an HTTP header, and allows no inline code by keyword', () => {
		for (const path of ['/', '/embed/x/']) {
			expect(new TextEncoder().encode(`Content-Security-Policy: ${headerCsp(path)}`).length).toBeLessThan(1024);
		}
		expect(SITE_CSP).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
		expect(sources(SITE_CSP, 'script-src')).toContain("'self'");
		expect(sources(SITE_CSP, 'style-src')).toContain("'self'");
		expect(sources(SITE_CSP, 'object-src')).toEqual(["'none'"]);
	});

	it('allows every inline script and style of every built page', () => {
		const scriptSources = new Set(sources(SITE_CSP, 'script-src'));
		const styleSources = new Set(sources(SITE_CSP, 'style-src'));
		const blocked: string[] = [];
		for (const p of pages) {
			for (const code of inlineCode(p.doc)) {
				if (!code.text.trim()) continue;
				if (code.kind === 'script' && !runs(code.el)) continue;
				const allowed = code.kind === 'script' ? scriptSources : styleSources;
				if (!allowed.has(cspHash(code.text))) blocked.push(`${p.path}: inline <${code.kind}> ${code.text.slice(0, 60)}…`);
			}
		}
		expect(blocked).toEqual([]);
	});

	it('needs no inline style or event-handler attribute on any page', () => {
		// style="" would need 'unsafe-inline' in style-src-attr, onclick="" in script-src-attr.
		const found: string[] = [];
		for (const p of pages) {
			for (const el of all(p.doc, '*')) {
				const names = Object.keys(el.attribs).filter((n) => n === 'style' || /^on[a-z]+$/.test(n));
				if (names.length) found.push(`${p.path}: <${el.name} ${names.join(' ')}>`);
			}
		}
		expect(found).toEqual([]);
	});

	it('reads its data blocks as data: JSON-LD is not run, so it needs no hash', () => {
		const jsonLd = pages.flatMap((p) => inlineCode(p.doc).filter((c) => c.kind === 'script' && c.el.attribs.type === 'application/ld+json'));
		expect(jsonLd.length).toBeGreaterThan(0);
		expect(jsonLd.every((c) => !runs(c.el))).toBe(true);
	});
});
