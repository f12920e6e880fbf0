// The layout and shared components take their words from the locale of the page's URL (#21): Japanese
// everywhere today, English on /en/ pages as soon as those pages exist, with nothing passed in.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Breadcrumbs from '../../src/components/layout/Breadcrumbs.astro';
import Header from '../../src/components/layout/Header.astro';
import Reviewed from '../../src/components/layout/Reviewed.astro';
import RankTable from '../../src/components/threats/RankTable.astro';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});
const at = (path: string) => ({ request: new Request(`https://example.org${path}`) });
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('Header', () => {
	it('speaks Japanese on a Japanese page', async () => {
		const html = await container.renderToString(Header, at('/threats/'));
		expect(html).toContain('aria-label="メイン"');
		expect(text(html)).toContain('中小企業のための情報セキュリティ案内');
		expect(text(html)).toContain('困ったとき');
		expect(text(html)).toContain('ガイドライン・自社診断');
		expect(html).toMatch(/aria-current="page"[^>]*>\s*脅威/);
	});

	it('speaks English on an /en/ page', async () => {
		const html = await container.renderToString(Header, at('/en/threats/'));
		expect(html).toContain('aria-label="Main"');
		expect(text(html)).toContain('Information security for small businesses in Japan');
		expect(text(html)).toContain('Help'); // the short English help button (a 375 px bar)
		// English sections are listed once their English pages exist (the twin registry): the threats always do.
		expect(text(html)).toContain('Threats');
		expect(html).toMatch(/placeholder="Search[^"]*"/);
		expect(text(html)).not.toMatch(/困ったとき|ガイドライン|検索/);
	});
});

describe('Breadcrumbs and check date', () => {
	it('name the trail and the date in the page’s language', async () => {
		const crumbs = { props: { crumbs: [{ label: 'Threats' }] } };
		expect(await container.renderToString(Breadcrumbs, { ...crumbs, ...at('/en/threats/') })).toContain('aria-label="Breadcrumb"');
		expect(await container.renderToString(Breadcrumbs, { ...crumbs, ...at('/threats/') })).toContain('aria-label="パンくずリスト"');
		const en = text(await container.renderToString(Reviewed, { props: { date: '2026-11-21' }, ...at('/en/threats/') }));
		expect(en).toContain('Content checked: 21 November 2026');
		const ja = text(await container.renderToString(Reviewed, { props: { date: '2026-11-21' }, ...at('/threats/') }));
		expect(ja).toContain('内容の確認： 2026年11月21日');
	});
});

describe('RankTable', () => {
	const entries = [
		{ rank: 1, threat: 'ransomware', title: 'ランサムウェア', change: { kind: 'up', by: 2, from: 3 } },
		{ rank: 2, threat: 'phishing', title: null, change: { kind: 'new' } },
	];
	it('heads the columns and writes ranks and changes in English on /en/', async () => {
		const html = await container.renderToString(RankTable, { props: { caption: 'c', entries, ranked: true }, ...at('/en/threats/') });
		expect(text(html)).toContain('Rank Threat (as titled that year) Change');
		expect(text(html)).toContain('#1');
		expect(text(html)).toContain('up 2 from #3 last time');
		expect(text(html)).toContain('(title not confirmed)');
	});
	it('keeps the Japanese table as it was', async () => {
		const html = await container.renderToString(RankTable, { props: { caption: 'c', entries, ranked: true }, ...at('/threats/') });
		expect(text(html)).toContain('順位 脅威（その年の表記） 前回比');
		expect(text(html)).toContain('1位');
		expect(text(html)).toContain('前回3位から2つ上昇');
		expect(text(html)).toContain('（表記未確認）');
	});
});

describe('BumpChart', () => {
	it('draws the rank chart with English ticks, legend, table and figure tools on /en/', async () => {
		const { default: BumpChart } = await import('../../src/components/charts/BumpChart.astro');
		const { series } = await import('../unit/charts/series.ts');
		const { BUMP_SOURCE } = await import('../../src/lib/charts/figure-sources.ts');
		const props = {
			series: [series('a', '3 1* 2 L'), series('b', '- 4 1 L')],
			labels: new Map([
				['a', 'Ransomware'],
				['b', 'Phishing'],
			]),
			kindLabel: 'Organizations',
			title: 'Ranks',
			description: 'd',
			file: 'test',
		};
		const en = text(await container.renderToString(BumpChart, { props, ...at('/en/threats/') }));
		expect(en).toContain('#1');
		expect(en).toContain('Rank in each edition (Organizations)');
		expect(en).toContain('Threat 2020 edition 2021 edition 2022 edition 2023 edition');
		expect(en).toContain('Threats for Organizations in the 2023 edition have no ranks');
		expect(en).toContain('Show the data as a table, CSV, image, citation');
		// The only Japanese left is the source's name in the citation (a fact, from figure-sources.ts).
		expect(en.replace(BUMP_SOURCE, '')).not.toMatch(/年版|位|初選出/);
		const ja = text(await container.renderToString(BumpChart, { props, ...at('/threats/') }));
		expect(ja).toContain('各年版の順位（Organizations）');
		expect(ja).toContain('1位');
	});
});
