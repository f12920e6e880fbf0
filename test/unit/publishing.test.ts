import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { publishingProblems, siteConfigProblems } from '../../src/lib/content/site-config.ts';
import { absolute, jsonLd, pageDates, previewOf } from '../../src/lib/page-meta.ts';
import { citationCff, robotsTxt, securityTxt } from '../../src/lib/publishing.ts';
import { dataChangelog, dataStamp, dataVersionOf, sortUpdates, toAtom, type UpdateEntry } from '../../src/lib/updates.ts';
import { citationsOf, csvMetadata, RANKING_COLUMNS, rankingRows, toCsv, toJson } from '../../src/lib/content/export.ts';
import type { Edition } from '../../src/schemas/edition.ts';
import type { SiteConfig } from '../../src/schemas/site.ts';

const bare: SiteConfig = { name: 'Mamori', licence: { code: 'MIT', content: 'CC-BY-4.0' } };
const full: SiteConfig = { ...bare, operator: { name: '運営者', description: '説明' }, contact: { email: 'a@mamori.example' }, repository: 'https://code.mamori.example/r' };

/** Parse XML strictly (a real parser: unclosed tags, bad entities and stray '&' throw); return element names in order. */
function parseXml(xml: string): string[] {
	const names: string[] = [];
	const parser = sax.parser(true, { xmlns: true });
	parser.onerror = (e) => {
		throw e;
	};
	parser.onopentag = (t) => void names.push(t.name);
	parser.write(xml).close();
	return names;
}

describe('who runs the site (site.yaml)', () => {
	it('lets an unpublished copy leave operator and contact out, but a publishing build names both fields', () => {
		expect(publishingProblems(bare, 'content/site.yaml').map((p) => p.field)).toEqual(['operator', 'contact']);
		expect(publishingProblems(full, 'content/site.yaml')).toEqual([]);
	});

	it('checks the committed site.yaml and names a missing file', () => {
		expect(siteConfigProblems('content/site.yaml')).toEqual([]);
		expect(siteConfigProblems('test/fixtures/site/published.yaml')).toEqual([]);
		expect(siteConfigProblems('no/such/site.yaml')[0]).toMatchObject({ file: 'no/such/site.yaml', field: '', message: expect.stringMatching(/^is missing/) });
	});
});

describe('page dates and previews', () => {
	it('shows the oldest check date of what a page draws on, and reports the newest as its modification', () => {
		expect(pageDates(['2026-12-01', '2026-11-21', '2026-11-22'])).toEqual({ reviewed: '2026-11-21', modified: '2026-12-01' });
		expect(pageDates('2026-11-22')).toEqual({ reviewed: '2026-11-22', modified: '2026-11-22' });
		expect(pageDates([])).toBeUndefined();
		expect(pageDates(undefined)).toBeUndefined();
	});

	it('gives each page kind its own preview image and other pages the site image', () => {
		expect(previewOf('/')).toEqual({ path: '/og/home.png', kind: 'ホーム' });
		expect(previewOf('/threats/ransomware/')).toEqual({ path: '/og/threats/ransomware.png', kind: '脅威' });
		expect(previewOf('/threats/editions/2026/')).toEqual({ path: '/og/threats/editions/2026.png', kind: '10大脅威' });
		expect(previewOf('/otasuketai/kumamoto/')).toEqual({ path: '/og/otasuketai/kumamoto.png', kind: 'お助け隊' });
		expect(previewOf('/help/virus/')).toEqual({ path: '/og/help/virus.png', kind: '困ったとき' });
		expect(previewOf('/cases/wannacry/')).toEqual({ path: '/og/cases/wannacry.png', kind: '被害の事例' });
		expect(previewOf('/guideline/')).toEqual({ path: '/og/guideline.png', kind: 'ガイドライン' });
		for (const p of ['/threats/compare/', '/otasuketai/kumamoto/flyer/', '/data/', '/search/', '/404.html']) expect(previewOf(p).path, p).toBe('/og/site.png');
	});

	it('writes absolute addresses only when the site has one', () => {
		expect(absolute('/og/home.png', 'https://mamori.example')).toBe('https://mamori.example/og/home.png');
		expect(absolute('/og/home.png', undefined)).toBe('/og/home.png');
	});

	it('keeps JSON-LD text from closing its script element', () => {
		expect(jsonLd({ headline: '</script><script>alert(1)</script>' })).not.toContain('</script');
		expect(JSON.parse(jsonLd({ headline: '</script>' })).headline).toBe('</script>');
	});
});

const update = (id: string, date: string, extra: Partial<UpdateEntry['data']> = {}): UpdateEntry => ({
	id,
	data: { date, title: `更新 ${id} & <b>`, summary: '更新の説明です。', kind: 'new-page', links: [{ label: 'ページ', href: '/data/' }], ...extra },
});

describe('updates, the feed and the data version', () => {
	const entries = [update('b', '2026-11-22'), update('c', '2026-12-01', { kind: 'data', dataVersion: '1.10.0' }), update('a', '2026-11-22', { kind: 'data', dataVersion: '1.9.0' })];

	it('lists updates newest first, the same day by file name', () => {
		expect(sortUpdates(entries).map((e) => e.id)).toEqual(['c', 'b', 'a']);
	});

	it('takes the data version from the newest data change, comparing versions as numbers', () => {
		expect(dataVersionOf(entries)).toEqual({ version: '1.10.0', date: '2026-12-01' });
		expect(dataChangelog(entries).map((e) => e.data.dataVersion)).toEqual(['1.10.0', '1.9.0']);
		expect(dataVersionOf([update('x', '2026-01-01')])).toBeUndefined();
	});

	it('writes an Atom feed a strict XML parser reads, with one entry per update and absolute links', () => {
		const xml = toAtom(entries, { title: 'T & <U>', subtitle: 's', url: (p) => absolute(p, 'https://mamori.example'), selfPath: '/updates/feed.xml', pagePath: '/updates/', author: 'A' });
		const names = parseXml(xml);
		expect(names[0]).toBe('feed');
		expect(names.filter((n) => n === 'entry')).toHaveLength(3);
		expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://mamori.example/updates/feed.xml"/>');
		expect(xml).toContain('<updated>2026-12-01T00:00:00Z</updated>');
		expect(xml).toContain('<title>更新 c &amp; &lt;b&gt;</title>');
	});
});

describe('robots.txt, security.txt and CITATION.cff', () => {
	const site = new URL('https://mamori.example');

	it('names the sitemap in robots.txt only when the address is set', () => {
		expect(robotsTxt(site)).toContain('Sitemap: https://mamori.example/sitemap-index.xml');
		expect(robotsTxt(undefined)).not.toContain('Sitemap');
	});

	it('writes security.txt only with a contact, expiring within a year of the build', () => {
		expect(securityTxt(bare, site, new Date('2026-12-06T01:00:00Z'))).toBeNull();
		const txt = securityTxt(full, site, new Date('2026-12-06T01:00:00Z'))!;
		expect(txt).toMatch(/^Contact: mailto:a@mamori\.example$/m);
		expect(txt).toMatch(/^Expires: 2027-12-05T01:00:00Z$/m);
		expect(txt).toMatch(/^Canonical: https:\/\/mamori\.example\/\.well-known\/security\.txt$/m);
		expect(securityTxt({ ...bare, contact: { url: 'https://mamori.example/form' } }, undefined, new Date())).toMatch(/^Contact: https:\/\/mamori\.example\/form$/m);
	});

	it('cites the data set with its version, date, licence and address', () => {
		const reference = { title: '情報セキュリティ10大脅威', author: '独立行政法人情報処理推進機構（IPA）' };
		const cff = citationCff({ config: full, title: 'データ', version: '1.2.0', date: '2026-12-01', url: 'https://mamori.example/data/', reference });
		expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
		expect(cff).toMatch(/^version: "1\.2\.0"$/m);
		expect(cff).toMatch(/^date-released: "2026-12-01"$/m);
		expect(cff).toMatch(/^license: "CC-BY-4\.0"$/m);
		expect(cff).toMatch(/^url: "https:\/\/mamori\.example\/data\/"$/m);
		expect(cff).toContain('name: "運営者"');
		expect(cff).toMatch(/^references:\n {2}- type: report\n {4}title: "情報セキュリティ10大脅威"\n {4}authors:\n {6}- name: "独立行政法人情報処理推進機構（IPA）"$/m);
	});
});

describe('data stamps', () => {
	const updates = [update('v1', '2026-11-22', { kind: 'data', dataVersion: '1.0.0' }), update('v2', '2026-12-01', { kind: 'data', dataVersion: '1.1.0' })];

	it('stamps a data file with the newest version and the newest date of its version or its sources', () => {
		expect(dataStamp(updates, ['2026-11-21', '2026-11-22'])).toEqual({ version: '1.1.0', generated: '2026-12-01' });
		expect(dataStamp(updates, ['2026-12-03'])).toEqual({ version: '1.1.0', generated: '2026-12-03' });
		expect(dataStamp([], ['2026-12-03'])).toBeUndefined();
	});

	it('puts the version and date in the JSON files and the CSV metadata, never in the CSV table', () => {
		const editions: Edition[] = [
			{
				reviewed: '2026-11-22',
				edition: 2026,
				organization: {
					ranked: true,
					entries: [{ rank: 1, threat: 'a', title: 'A' }],
					sources: [{ title: 't', publisher: 'p', date: '2026', url: 'https://example.org/' }],
					confidence: 'single-source',
				},
				individual: { ranked: false, entries: [{ threat: 'b', title: 'B' }], sources: [{ title: 't', publisher: 'p', date: '2026', url: 'https://example.org/' }], confidence: 'single-source' },
			},
		];
		const stamp = { version: '1.1.0', generated: '2026-12-01' };
		expect(JSON.parse(toJson(editions, stamp))).toMatchObject(stamp);
		const meta = JSON.parse(csvMetadata(editions, stamp, 'https://mamori.example/data/rankings.csv'));
		expect(meta).toMatchObject({ '@context': 'http://www.w3.org/ns/csvw', url: 'https://mamori.example/data/rankings.csv', 'schema:version': '1.1.0', 'dc:modified': '2026-12-01' });
		expect(meta.tableSchema.columns.map((c: { name: string }) => c.name)).toEqual(RANKING_COLUMNS.map((c) => c.name));
		expect(toCsv(rankingRows(editions))).not.toContain('1.1.0');
		expect(citationsOf(editions, 'Mamori', 'https://mamori.example/data/', '1.1.0').ja).toContain('バージョン1.1.0');
	});
});
