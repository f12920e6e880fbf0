// #20: the 2019 and 2020 pilots' teams (lists, figures, filter) moved from /otasuketai/ to a page of their own, so
// /otasuketai/ is light enough for a phone to paint from its first round trip. The new page has what the section
// had; /otasuketai/ keeps a short #teams section whose old anchors link to the matching places there.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { all, attrValues, builtPage, builtPages, one, text } from '../../scripts/html.ts';

const INDEX = '/otasuketai/';
const PAGE = '/otasuketai/pilots/';

describe('the pilot teams page', () => {
	const { doc } = builtPage(PAGE);

	it('lists every team of both pilots, each linking its own page, under a heading per pilot and one for the industry teams', () => {
		const teams = all(doc, 'main li[data-team]');
		expect(teams).toHaveLength(23);
		for (const li of teams) expect(attrValues(li, 'a', 'href')).toContain(`/otasuketai/teams/${li.attribs['data-team']}/`);
		expect(all(doc, 'h2[id^="teams-"]').map((h) => h.attribs.id)).toEqual(['teams-2019', 'teams-2020']);
		expect(all(doc, '[data-team-group]:has(> #teams-industry) li[data-team]').map((li) => li.attribs['data-kind'])).toEqual(['industry', 'industry']);
	});

	it("shows each pilot's figures and lists their sources", () => {
		const figures = all(doc, 'section[aria-labelledby^="teams-"] .figures li').map((li) => text(li).replace(/\s+/g, ''));
		expect(figures).toContain('参加した中小企業：1,064社');
		expect(text(one(doc, '.sources-fold'))).toContain('サプライチェーン全体のサイバーセキュリティ強化に向けた取組について');
	});

	it('has the team filter, a table of contents, breadcrumbs and search keywords', () => {
		expect(all(doc, '[data-island="directory-filter"]')).toHaveLength(1);
		expect(attrValues(doc, 'nav.page-toc a', 'href')).toEqual(['#find', '#teams-2019', '#teams-2020']);
		expect(all(doc, '.crumbs a').map((a) => [a.attribs.href, text(a)])).toContainEqual([INDEX, 'お助け隊']);
		expect(text(one(doc, 'title'))).toContain('実証事業のチーム');
		expect(text(one(doc, '[data-pagefind-meta="keywords"]'))).toContain('実証事業');
	});
});

describe('/otasuketai/ after the move', () => {
	const { doc, html } = builtPage(INDEX);

	it('lists no team and has no filter', () => {
		expect(all(doc, 'li[data-team]')).toEqual([]);
		expect(all(doc, '[data-island]')).toEqual([]);
	});

	it('keeps #teams, #teams-2019, #teams-2020 and #teams-industry, the last three on links to the same places on the new page', () => {
		expect(one(doc, 'h2#teams')).not.toBeNull();
		for (const id of ['teams-2019', 'teams-2020', 'teams-industry']) expect(one(doc, `a#${id}`)?.attribs.href, id).toBe(`${PAGE}#${id}`);
		// Small: a heading, a sentence and three links (well under 1 kB gzip).
		const start = html.indexOf('<h2 id="teams"');
		expect(gzipSync(html.slice(start, html.indexOf('</p>', start))).length).toBeLessThan(600);
	});

	it('keeps #service-history as a short section that links the history page, without the timeline itself', () => {
		expect(one(doc, 'h2#service-history')).not.toBeNull();
		expect(all(doc, 'section[data-section="service-history"] a').map((a) => a.attribs.href)).toContain('/otasuketai/history/');
		expect(all(doc, '[data-timeline]')).toEqual([]);
	});

	it('stays within its first-round-trip budget', () => {
		// Measured on 2026-12-06: 17.2 kB gzip with the team lists, 14.1 kB without them, 11.0 kB without the folded
		// history as well (3.3 kB); a list or the timeline added back fails here.
		expect(gzipSync(html).length).toBeLessThan(13_000);
	});
});

describe('links to the pilot teams', () => {
	it('no page links /otasuketai/#teams or one of its old pilot anchors: they go to the new page', () => {
		const old = builtPages('dist').flatMap((p) =>
			attrValues(p.doc, 'a', 'href')
				.filter((href) => /^\/otasuketai\/(\?[^#]*)?#teams(-[a-z0-9]+)?$/.test(href))
				.map((href) => `${p.path} → ${href}`),
		);
		expect(old).toEqual([]);
	});

	it("every team page's breadcrumbs pass through the new page", () => {
		const teamPages = builtPages('dist').filter((p) => /^\/otasuketai\/teams\/[^/]+\/$/.test(p.path));
		expect(teamPages).toHaveLength(23);
		for (const p of teamPages) expect(attrValues(p.doc, '.crumbs a', 'href'), p.path).toContain(PAGE);
	});
});
