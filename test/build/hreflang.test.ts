// English edition (issue 22): each Japanese page with an English twin and the twin name each other,
// over the built site, and every English page points back to its authoritative Japanese page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, urlPathOf } from '../../scripts/dist-files.ts';
import { tags } from '../../scripts/html.ts';

const DIST = 'dist';
const pages = new Map(htmlFiles(DIST).map((file) => [urlPathOf(DIST, file), readFileSync(file, 'utf8')]));
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
/** hreflang → path of a page's alternates (addresses made absolute by MAMORI_SITE are read as paths). */
const alternatesOf = (html: string) =>
	Object.fromEntries(tags(html, 'link').filter((t) => /rel="alternate"/.test(t) && /hreflang=/.test(t)).map((t) => [attr(t, 'hreflang')!, new URL(attr(t, 'href')!, 'http://site').pathname]));
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
		expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
		expect(own['x-default']).toBe(own.ja);
		const twin = lang === 'en' ? own.ja! : own.en!;
		expect(pages.has(twin) || existsSync(join(DIST, twin)), `${twin} is built`).toBe(true);
		expect(alternatesOf(pages.get(twin)!), `${twin} points back`).toEqual(own);
		// The header's switch (in the bar, and under it on a phone) goes to the same twin, marked in the twin's language.
		const switchers = tags(html, 'a').filter((t) => /class="lang\b/.test(t));
		expect(switchers).toHaveLength(2);
		for (const switcher of switchers) {
			expect(attr(switcher, 'href')).toBe(twin);
			expect(attr(switcher, 'hreflang')).toBe(lang === 'en' ? 'ja' : 'en');
			expect(attr(switcher, 'lang')).toBe(lang === 'en' ? 'ja' : 'en');
		}
	});

	it.each(english.map((p) => [p] as const))('%s says the Japanese page is authoritative and links it', (path) => {
		const html = pages.get(path)!;
		const notice = /<p class="mm-translation"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
		expect(notice).toMatch(/authoritative/);
		expect(notice).toContain(`href="${alternatesOf(html).ja}"`);
	});

	it('gives Japanese pages without a twin no alternates and no switch', () => {
		const lone = [...pages].filter(([p, html]) => !p.startsWith('/en/') && !alternatesOf(html).en && !p.startsWith('/embed/'));
		expect(lone.length).toBeGreaterThan(0);
		for (const [, html] of lone) expect(tags(html, 'a').some((t) => /class="lang\b/.test(t))).toBe(false);
	});
});
