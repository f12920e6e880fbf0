// English edition (issue 22): each Japanese page with an English twin and the twin name each other,
// over the built site, and every English page points back to its authoritative Japanese page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { all, builtPages, text, type Document } from '../../scripts/html.ts';

const DIST = 'dist';
const pages = new Map(builtPages(DIST).map((p) => [p.path, p.doc] as const));
/** hreflang → path of a page's alternates (addresses made absolute by MAMORI_SITE are read as paths). */
const alternatesOf = (doc: Document) => Object.fromEntries(all(doc, 'link[rel="alternate"][hreflang]').map((l) => [l.attribs.hreflang!, new URL(l.attribs.href!, 'http://site').pathname]));
const switchersOf = (doc: Document) => all(doc, 'a.lang');
const withAlternates = [...pages].filter(([, html]) => Object.keys(alternatesOf(html)).length > 0);
const english = [...pages.keys()].filter((p) => p.startsWith('/en/'));

describe('English twins (hreflang)', () => {
	it('has English pages, each of them paired', () => {
		expect(english.length).toBeGreaterThan(0);
		const unpaired = english.filter((p) => !alternatesOf(pages.get(p)!).ja);
		expect(unpaired, 'English pages without a Japanese original').toEqual([]);
	});

	it.each(withAlternates.map(([path, html]) => [path, html] as const))('%s and its twin name each other', (path, html) => {
		const own = alternatesOf(html);
		expect(Object.keys(own).sort()).toEqual(['en', 'ja', 'x-default']);
		const lang = path.startsWith('/en/') ? 'en' : 'ja';
		expect(own[lang], 'a page lists itself under its own language').toBe(path);
		expect(all(html, 'html')[0]?.attribs.lang).toBe(lang);
		expect(own['x-default']).toBe(own.ja);
		const twin = lang === 'en' ? own.ja! : own.en!;
		expect(pages.has(twin) || existsSync(join(DIST, twin)), `${twin} is built`).toBe(true);
		expect(alternatesOf(pages.get(twin)!), `${twin} points back`).toEqual(own);
		// The header's switch (in the bar, and under it on a phone) goes to the same twin, marked in the twin's language.
		const switchers = switchersOf(html);
		expect(switchers).toHaveLength(2);
		for (const switcher of switchers) {
			expect(switcher.attribs.href).toBe(twin);
			expect(switcher.attribs.hreflang).toBe(lang === 'en' ? 'ja' : 'en');
			expect(switcher.attribs.lang).toBe(lang === 'en' ? 'ja' : 'en');
		}
	});

	it.each(english.map((p) => [p] as const))('%s says the Japanese page is authoritative and links it', (path) => {
		const doc = pages.get(path)!;
		const notice = all(doc, 'p.mm-translation')[0];
		expect(text(notice)).toMatch(/authoritative/);
		expect(all(notice!, 'a').map((a) => a.attribs.href)).toContain(alternatesOf(doc).ja);
	});

	it('gives Japanese pages without a twin no alternates and no switch', () => {
		const lone = [...pages].filter(([p, html]) => !p.startsWith('/en/') && !alternatesOf(html).en && !p.startsWith('/embed/'));
		expect(lone.length).toBeGreaterThan(0);
		for (const [, doc] of lone) expect(switchersOf(doc)).toHaveLength(0);
	});
});
