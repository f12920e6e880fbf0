import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { all, attrValues, builtPage, builtPages, ids, one, text } from '../../scripts/html.ts';
import { frontmatterOf } from '../../src/lib/content/validate.ts';
import { CaseSchema, type Case } from '../../src/schemas/article.ts';

// The case pages as a reader without scripts gets them: the built HTML, parsed (moved here from the
// browser tests, which keep the check with scripts on).
const CASES: { id: string; data: Case }[] = readdirSync('content/cases')
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => ({ id: f.slice(0, -'.mdx'.length), data: CaseSchema.parse(parse(frontmatterOf(readFileSync(`content/cases/${f}`, 'utf8'))!)) }));

/** The page served at a URL path, as the static server would find it. */
const page = (path: string) => builtPage(path).doc;
/** The href of every link inside `selector`, in document order. */
const hrefsIn = (path: string, selector: string) => attrValues(page(path), `${selector} a[href]`, 'href');
/** Whether a site path is served with status 200: a built page, or a file in dist/. */
const served = (path: string) => builtPages().some((p) => p.path === path) || (!path.endsWith('/') && existsSync(`dist${decodeURIComponent(path)}`));

describe('case index', () => {
	it('lists every case, with scripts off', () => {
		const listed = new Set(hrefsIn('/cases/', 'main').filter((h) => /^\/cases\/[a-z0-9-]+\/$/.test(h)));
		expect([...listed].sort()).toEqual(CASES.map((c) => `/cases/${c.id}/`).sort());
	});

	it('puts each case under every threat it names, each heading linking to its threat page', () => {
		for (const c of CASES) {
			for (const threat of c.data.threats) {
				const section = one(page('/cases/'), `section[data-threat="${threat}"]`);
				expect(section, `${c.id} → ${threat}`).not.toBeNull();
				expect(one(section!, 'h2 a')?.attribs.href, `${c.id} → ${threat}`).toBe(`/threats/${threat}/`);
				expect(all(section!, `a[href="/cases/${c.id}/"]`), `${c.id} under ${threat}`).toHaveLength(1);
			}
		}
	});
});

describe('case pages', () => {
	it.each(CASES.map((c) => [c.id, c] as const))('%s works without scripts and links only to pages and anchors that exist', (id, c) => {
		expect(all(page(`/cases/${id}/`), 'h1').map((h) => text(h))).toEqual([c.data.title]);
		const internal = hrefsIn(`/cases/${id}/`, 'main').filter((h) => h.startsWith('/'));
		for (const href of new Set(internal)) {
			const [path, fragment] = href.split('#') as [string, string | undefined];
			expect(served(path), href).toBe(true);
			if (fragment) expect(ids(page(path)).has(decodeURIComponent(fragment)), href).toBe(true);
		}
	});

	it.each(CASES.map((c) => [c.id, c] as const))('%s shows the rules, self-check items and threats its frontmatter names, in that order', (id, c) => {
		expect(hrefsIn(`/cases/${id}/`, '[data-case-prevention] ul')).toEqual([...c.data.basicRules.map((n) => `/guideline/#rule-${n}`), ...c.data.selfCheck.map((n) => `/self-check/#item-${n}`)]);
		expect(hrefsIn(`/cases/${id}/`, '[data-case-threats]')).toEqual(c.data.threats.map((t) => `/threats/${t}/`));
		expect(all(page(`/cases/${id}/`), 'nav[aria-label="パンくずリスト"] a[href="/cases/"]')).toHaveLength(1);
	});

	it('are linked from the page of every threat they name', () => {
		for (const c of CASES) {
			for (const threat of c.data.threats) {
				expect(all(page(`/threats/${threat}/`), `#cases ~ ul a[href="/cases/${c.id}/"]`), `${threat} → ${c.id}`).toHaveLength(1);
			}
		}
	});
});
