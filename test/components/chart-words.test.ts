// The bar, slope and timeline charts and the not-found page take their words from the dictionary (#21):
// Japanese on Japanese pages as before, English on /en/ pages, with nothing passed in.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import BarChart from '../../src/components/charts/BarChart.astro';
import SlopeChart from '../../src/components/charts/SlopeChart.astro';
import TimelineChart from '../../src/components/charts/TimelineChart.astro';
import { BUMP_SOURCE_EN } from '../../src/lib/content/english-words.ts';
import type { Stat } from '../../src/schemas/stat.ts';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});
const at = (path: string) => ({ request: new Request(`https://example.org${path}`) });
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const source = { title: 'Survey', publisher: 'IPA', date: '2024-03', url: 'https://example.org/survey' };

describe('BarChart', () => {
	const stat = {
		title: 'Incidents',
		description: 'How many incidents each year.',
		unit: '%',
		reference: { value: 10, label: 'base' },
		rows: [
			{ label: '2023', value: 20, confidence: 'single-source' },
			{ label: '2024', value: 30 },
		],
		sources: [source],
	} as unknown as Stat;

	it('writes its table caption, note and single-source line in English on /en/', async () => {
		const html = await container.renderToString(BarChart, { props: { stat, id: 'bar' }, ...at('/en/data/') });
		expect(text(html)).toContain('Incidents (unit: %; vertical line: base)');
		expect(text(html)).toContain('Checked against one source only: 2023');
		expect(html).toMatch(/<th scope="col"[^>]*>Item<\/th>/);
		expect(html).toContain('<title>2023: 20%</title>');
		expect(text(html)).not.toMatch(/単位|図の縦線|確認は1件|項目/);
	});

	it('keeps the Japanese words on Japanese pages', async () => {
		const html = text(await container.renderToString(BarChart, { props: { stat, id: 'bar' }, ...at('/stats/') }));
		expect(html).toContain('Incidents（単位：%、図の縦線：base）');
		expect(html).toContain('確認は1件の資料のみ：2023');
		expect(html).toContain('2023：20%');
	});
});

describe('SlopeChart', () => {
	const props = {
		a: {
			edition: 2025,
			entries: [
				{ threat: 'a', rank: 1 },
				{ threat: 'b', rank: 2 },
				{ threat: 'gone', rank: 3 },
			],
		},
		b: {
			edition: 2026,
			entries: [
				{ threat: 'b', rank: 1 },
				{ threat: 'a', rank: 2 },
				{ threat: 'c', rank: 3, new: true },
			],
		},
		labels: new Map([
			['a', 'Ransomware'],
			['b', 'Phishing'],
			['c', 'AI risks'],
			['gone', 'DDoS'],
		]),
		kindLabel: 'organizations',
		title: 'Compare',
		description: 'Two editions side by side.',
		file: 'test-slope',
	};

	it('writes its legend, note and table in English on /en/', async () => {
		const html = text(await container.renderToString(SlopeChart, { props, ...at('/en/threats/compare/') }));
		expect(html).toContain('Ranks in the 2025 and 2026 editions (organizations)');
		expect(html).toContain('Moved up (ranked more serious)');
		expect(html).toContain('Chosen for the first time (new)');
		expect(html).toContain('Grey dot on the left only: not in the top 10 of the 2026 edition');
		expect(html).toContain('Threats in the 2025 edition that left the top 10 in the 2026 edition: DDoS (#3)');
		// The only Japanese left is the source's name in the citation (a fact, from english-words.ts).
		expect(html.replace(BUMP_SOURCE_EN, '').match(/.{20}(年版|順位|初選出|変わらず|脅威).{20}/)?.[0]).toBeUndefined();
	});

	it('keeps the Japanese words on Japanese pages', async () => {
		const html = text(await container.renderToString(SlopeChart, { props, ...at('/threats/compare/') }));
		expect(html).toContain('2025年版と2026年版の順位（organizations）');
		expect(html).toContain('順位が上がった（より深刻に）');
		expect(html).toContain('2025年版にあって2026年版で10位以内から外れた脅威：DDoS（3位）');
	});
});

describe('TimelineChart', () => {
	const props = {
		events: [
			{ date: '2019-04', label: 'Guideline published', source: 1, topics: [] },
			{ date: '2027', label: 'Next review', planned: true, source: 1, topics: [] },
		],
		sources: [source],
		title: 'Timeline',
		description: 'What happened when.',
	};

	it('writes its dates, legend, list and sources in English on /en/', async () => {
		const html = text(await container.renderToString(TimelineChart, { props, ...at('/en/policy/') }));
		expect(html).toContain('Read the timeline as a list');
		expect(html).toContain('Event known only to the year (the line spans that year)');
		expect(html).toContain('Planned or target');
		expect(html).toContain('April 2019 Guideline published');
		expect(html).toContain('Next review (planned)');
		expect(html).toContain('Source: Survey (IPA)');
		expect(html).not.toMatch(/年|予定|出典|できごと/);
	});

	it('keeps the Japanese words on Japanese pages', async () => {
		const html = text(await container.renderToString(TimelineChart, { props, ...at('/policy/timeline/') }));
		expect(html).toContain('年表を一覧で読む');
		expect(html).toContain('2019年4月');
		expect(html).toContain('Next review （予定）');
		expect(html).toContain('出典： Survey （IPA）');
	});
});
