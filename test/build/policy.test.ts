import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { all, attrValues, builtPage, childElements, one, text } from '../../scripts/html.ts';
import { formatPartialDate } from '../../src/lib/format.ts';
import { frontmatterOf } from '../../src/lib/content/validate.ts';

// The policy pages as a reader without scripts gets them: the built HTML, parsed (moved here from the
// browser tests, which keep what needs layout, visibility or a click).

/** Frontmatter of a policy page, read from content/ so the tests follow the content rather than repeat it. */
const frontmatter = (id: string) => parseYaml(frontmatterOf(readFileSync(`content/policy/${id}.mdx`, 'utf8'))!) as { title: string; reviewed: string; events?: unknown[] };
const subPages = readdirSync('content/policy')
	.filter((f) => f.endsWith('.mdx') && f !== 'overview.mdx')
	.map((f) => f.slice(0, -'.mdx'.length));
const page = (path: string) => builtPage(path).doc;

describe('policy section without JavaScript', () => {
	it('keeps /policy/ and lists every sub-page there', () => {
		const hrefs = attrValues(page('/policy/'), '[data-policy-pages] a', 'href');
		expect([...hrefs].sort()).toEqual(subPages.map((id) => `/policy/${id}/`).sort());
	});

	it.each(subPages)('serves /policy/%s/ with its title, its sources and the section nav', (id) => {
		const doc = page(`/policy/${id}/`);
		expect(all(doc, 'h1').map((h) => text(h))).toEqual([frontmatter(id).title]);
		expect(all(doc, '.sources li').length).toBeGreaterThan(0);
		expect(all(doc, 'nav.section-nav [aria-current="page"]').map((a) => text(a))).toEqual([frontmatter(id).title]);
	});
});

describe('policy timeline', () => {
	it('lists as many events as the chart draws, the same events, as many as the content holds', () => {
		const figure = one(page('/policy/timeline/'), '#policy-timeline')!;
		const drawn = all(figure, 'svg g.event').map((g) => g.attribs['data-event']);
		const listed = all(figure, '[data-timeline-list] > li').map((li) => li.attribs['data-event']);
		expect(drawn.length).toBe(frontmatter('timeline').events!.length);
		expect(listed).toEqual(drawn);
	});

	it('gives every listed event a machine-readable date', () => {
		const dates = all(page('/policy/timeline/'), '[data-timeline-list] time').map((t) => t.attribs.datetime ?? '');
		expect(dates.length).toBeGreaterThan(0);
		expect(dates.filter((d) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d))).toEqual([]);
	});
});

describe('star path page', () => {
	const doc = page('/policy/stars/');

	it('shows when its facts were checked, from the page frontmatter', () => {
		expect(all(doc, '.mm-reviewed').map((r) => text(r))).toEqual([expect.stringContaining(`内容の確認：${formatPartialDate(frontmatter('stars').reviewed)}`)]);
	});

	it('links to the self-check, the basic rules, お助け隊 and SECURITY ACTION', () => {
		const main = one(doc, 'main')!;
		for (const href of ['/self-check/', '/otasuketai/', '/guideline/#basic-rules', '/guideline/security-action/']) {
			expect(all(main, `a[href="${href}"]`).length, href).toBeGreaterThan(0);
		}
	});

	it('says that the scheme is voluntary and says what is uncertain once per section, not on every line', () => {
		const shown = text(one(doc, 'main'));
		expect(shown).toContain('任意の制度');
		expect(shown).toContain('（予定）');
		// The text of each h2 section, up to the next h2: every kind of uncertainty is named at most once in it.
		const sections = all(doc, 'article h2[id]').map((h) => {
			const siblings = childElements(h.parent as Parameters<typeof childElements>[0]);
			let t = '';
			for (const n of siblings.slice(siblings.indexOf(h) + 1)) {
				if (n.name === 'h2' || n.name === 'nav') break;
				t += text(n);
			}
			return t;
		});
		const count = (t: string, word: string) => t.split(word).length - 1;
		expect(sections.map((t) => count(t, '確認は1件の資料のみ')).reduce((a, b) => a + b)).toBeGreaterThan(0);
		expect(sections.map((t) => count(t, '不確か')).reduce((a, b) => a + b)).toBeGreaterThan(0);
		// Once or twice in a section (its own note, a table's note), never row after row.
		for (const t of sections) {
			expect(count(t, '確認は1件の資料のみ'), t.slice(0, 40)).toBeLessThanOrEqual(2);
			expect(count(t, '不確か'), t.slice(0, 40)).toBeLessThanOrEqual(1);
		}
		const cells = all(doc, 'article td').map((c) => text(c));
		expect(cells.filter((c) => c.includes('確認は1件の資料のみ') || c.includes('不確か'))).toEqual([]);
	});
});
