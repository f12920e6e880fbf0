import { describe, expect, it } from 'vitest';
import { planSheets, relink, stylesheetLinks } from '../../scripts/stylesheets.ts';

// Each page ends up with at most two render-blocking stylesheets (issue #20), and the cascade a reader
// sees is unchanged: files are only concatenated, in the order the page linked them.
describe('planSheets', () => {
	const base = ['/_astro/tokens.css', '/_astro/Base.css'];
	const pages = [['/_astro/Chart.css', ...base, '/_astro/home.css'], [...base], [...base, '/_astro/Table.css'], ['/_astro/tokens.css', '/_astro/Embed.css'], [...base, '/_astro/Table.css'], []];

	it('shares one site sheet, the files on nearly every page, and gives each page one sheet of its own files', () => {
		const plan = planSheets(pages.concat(Array.from({ length: 20 }, () => [...base])));
		expect(plan.site).toEqual(base);
		expect(plan.pages[0]).toEqual([base, ['/_astro/Chart.css', '/_astro/home.css']]);
		expect(plan.pages[1]).toEqual([base]);
		expect(plan.pages[2]).toEqual([base, ['/_astro/Table.css']]);
		expect(plan.pages[5]).toEqual([]);
	});

	it('keeps a page without the whole site sheet (an embed) on one sheet of everything it links, in order', () => {
		const plan = planSheets(pages.concat(Array.from({ length: 20 }, () => [...base])));
		expect(plan.pages[3]).toEqual([['/_astro/tokens.css', '/_astro/Embed.css']]);
	});
});

describe('relink', () => {
	it('puts the new links where the first old one stood and drops the rest', () => {
		const html = '<head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/i.svg"><link rel="stylesheet" href="/_astro/b.css"></head>';
		expect(stylesheetLinks(html)).toEqual(['/_astro/a.css', '/_astro/b.css']);
		expect(relink(html, ['/_astro/site.x.css', '/_astro/page.y.css'])).toBe(
			'<head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/site.x.css"><link rel="stylesheet" href="/_astro/page.y.css"><link rel="icon" href="/i.svg"></head>',
		);
	});
});
