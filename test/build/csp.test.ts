import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlFiles, urlPathOf } from '../../scripts/dist-files.ts';
import { metaCsp } from '../../scripts/html.ts';
import { cspHash, headerCsp, SITE_CSP } from '../../src/lib/csp.ts';

// One Content-Security-Policy for the whole site, small enough to send with every page, that still allows
// everything the built pages actually run and nothing inline that is not listed by hash.
const DIST = 'dist';
const pages = htmlFiles(DIST).map((file) => ({ path: urlPathOf(DIST, file), html: readFileSync(file, 'utf8') }));

/** The sources one directive of `policy` allows ('self', 'sha256-…'), or undefined when it is absent. */
function sources(policy: string, directive: string): string[] | undefined {
	const d = policy
		.split(';')
		.map((x) => x.trim().split(/\s+/))
		.find(([name]) => name === directive);
	return d?.slice(1);
}

/** Inline <script> and <style> elements (raw-text elements: their content cannot hold their end tag). */
function inlineCode(html: string) {
	const out: { kind: 'script' | 'style'; attrs: string; text: string }[] = [];
	for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi)) out.push({ kind: m[1]!.toLowerCase() as 'script' | 'style', attrs: m[2]!, text: m[3]! });
	return out;
}

/** Start tags outside comments and text-only elements, attribute values blanked, for reading attribute names. */
function startTags(html: string): string[] {
	const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|textarea|title)\b((?:"[^"]*"|'[^']*'|[^'">])*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2>');
	return [...markup.matchAll(/<[a-zA-Z][^\s/>]*(?:\s(?:"[^"]*"|'[^']*'|[^'">])*)?>/g)].map((m) => m[0].replace(/"[^"]*"|'[^']*'/g, '""'));
}

// A script element the browser runs: no type, a JavaScript type or a module (JSON-LD and other data blocks are not run).
const runs = (attrs: string) => {
	const type = /\stype="([^"]*)"/i.exec(attrs)?.[1]?.toLowerCase();
	return type === undefined || type === '' || type === 'module' || /javascript|ecmascript/.test(type);
};

describe('the site-wide Content-Security-Policy', () => {
	it('is the same on every page, the 404 page and the embeds included', () => {
		expect(pages.map((p) => p.path)).toContain('/404.html');
		const differing = pages.filter((p) => metaCsp(p.html) !== SITE_CSP).map((p) => p.path);
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
			for (const code of inlineCode(p.html)) {
				if (!code.text.trim()) continue;
				if (code.kind === 'script' && !runs(code.attrs)) continue;
				const allowed = code.kind === 'script' ? scriptSources : styleSources;
				if (!allowed.has(cspHash(code.text))) blocked.push(`${p.path}: inline <${code.kind}${code.attrs}> ${code.text.slice(0, 60)}…`);
			}
		}
		expect(blocked).toEqual([]);
	});

	it('needs no inline style or event-handler attribute on any page', () => {
		// style="" would need 'unsafe-inline' in style-src-attr, onclick="" in script-src-attr.
		const found: string[] = [];
		for (const p of pages) {
			for (const tag of startTags(p.html)) if (/\s(style|on[a-z]+)\s*=/i.test(tag)) found.push(`${p.path}: ${tag.slice(0, 100)}`);
		}
		expect(found).toEqual([]);
	});

	it('reads its data blocks as data: JSON-LD is not run, so it needs no hash', () => {
		const jsonLd = pages.flatMap((p) => inlineCode(p.html).filter((c) => c.kind === 'script' && /application\/ld\+json/.test(c.attrs)));
		expect(jsonLd.length).toBeGreaterThan(0);
		expect(jsonLd.every((c) => !runs(c.attrs))).toBe(true);
	});
});
