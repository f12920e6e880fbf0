import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontmatterOf } from '../../src/lib/content/validate.ts';
import { CaseSchema, type Case } from '../../src/schemas/article.ts';
import { baseUrl, launch, visit } from './harness.ts';

// The real cases, read from content/ so the test follows whatever cases exist.
const CASES: { id: string; data: Case }[] = readdirSync('content/cases')
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => ({ id: f.slice(0, -'.mdx'.length), data: CaseSchema.parse(parse(frontmatterOf(readFileSync(`content/cases/${f}`, 'utf8'))!)) }));

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** The href of every link inside `selector`, in document order. */
const hrefsIn = (page: Page, selector: string) => page.locator(`${selector} a[href]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

/** What a link target offers: its HTTP status and the ids a #fragment can point to. Each path is loaded once, without scripts. */
const targets = new Map<string, { status: number; ids: Set<string> }>();
async function target(path: string): Promise<{ status: number; ids: Set<string> }> {
	let t = targets.get(path);
	if (!t) {
		const v = await visit(browser, path, { javaScriptEnabled: false });
		t = { status: v.status, ids: new Set(await v.page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))) };
		targets.set(path, t);
		await v.close();
	}
	return t;
}

describe('case index', () => {
	it('lists every case, with scripts off', async () => {
		const v = await visit(browser, '/cases/', { javaScriptEnabled: false });
		expect(v.status).toBe(200);
		const listed = new Set((await hrefsIn(v.page, 'main')).filter((h) => /^\/cases\/[a-z0-9-]+\/$/.test(h)));
		expect([...listed].sort()).toEqual(CASES.map((c) => `/cases/${c.id}/`).sort());
		await v.close();
	});

	it('puts each case under every threat it names, each heading linking to its threat page', async () => {
		const v = await visit(browser, '/cases/', { javaScriptEnabled: false });
		for (const c of CASES) {
			for (const threat of c.data.threats) {
				const section = v.page.locator(`section[data-threat="${threat}"]`);
				expect(await section.locator('h2 a').getAttribute('href'), `${c.id} → ${threat}`).toBe(`/threats/${threat}/`);
				expect(await section.locator(`a[href="/cases/${c.id}/"]`).count(), `${c.id} under ${threat}`).toBe(1);
			}
		}
		await v.close();
	});
});

describe('case pages', () => {
	it.each(CASES.map((c) => [c.id, c] as const))('%s works without scripts and links only to pages and anchors that exist', async (id, c) => {
		const v = await visit(browser, `/cases/${id}/`, { javaScriptEnabled: false });
		expect(v.status).toBe(200);
		expect((await v.page.locator('h1').textContent())?.trim()).toBe(c.data.title);
		const internal = (await hrefsIn(v.page, 'main')).filter((h) => h.startsWith('/'));
		await v.close();
		for (const href of new Set(internal)) {
			const [path, fragment] = href.split('#') as [string, string | undefined];
			const t = await target(path);
			expect(t.status, href).toBe(200);
			if (fragment) expect(t.ids.has(decodeURIComponent(fragment)), href).toBe(true);
		}
	});

	it.each(CASES.map((c) => [c.id, c] as const))('%s shows the rules, self-check items and threats its frontmatter names, in that order', async (id, c) => {
		const v = await visit(browser, `/cases/${id}/`, { javaScriptEnabled: false });
		const prevention = await hrefsIn(v.page, '[data-case-prevention] ul');
		expect(prevention).toEqual([...c.data.basicRules.map((n) => `/guideline/#rule-${n}`), ...c.data.selfCheck.map((n) => `/self-check/#item-${n}`)]);
		expect(await hrefsIn(v.page, '[data-case-threats]')).toEqual(c.data.threats.map((t) => `/threats/${t}/`));
		expect(await v.page.locator('nav[aria-label="パンくずリスト"] a[href="/cases/"]').count()).toBe(1);
		await v.close();
	});

	it('are linked from the page of every threat they name', async () => {
		// One page for every visit: a fresh browser context per threat page took most of the test's time.
		const v = await visit(browser, '/cases/', { javaScriptEnabled: false });
		for (const c of CASES) {
			for (const threat of c.data.threats) {
				await v.page.goto(`${baseUrl()}/threats/${threat}/`);
				expect(await v.page.locator(`#cases ~ ul a[href="/cases/${c.id}/"]`).count(), `${threat} → ${c.id}`).toBe(1);
			}
		}
		await v.close();
	});

	it('load with scripts on without errors or requests to other sites', async () => {
		const v = await visit(browser, `/cases/${CASES[0]!.id}/`);
		expect(v.errors).toEqual([]);
		expect(v.foreign).toEqual([]);
		await v.close();
	});
});
