import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontmatterOf, formatPath } from '../../src/lib/content/validate.ts';
import { listTopicEvents } from '../../src/lib/content/policy.ts';
import { routes } from '../../src/lib/routes.ts';
import { PolicyPageSchema } from '../../src/schemas/article.ts';
import { PilotSchema } from '../../src/schemas/otasuketai.ts';
import { ServiceStandardSchema } from '../../src/schemas/otasuketai-service.ts';
import { TimelineEventSchema } from '../../src/schemas/timeline.ts';

const SOURCE = { title: '資料', publisher: '経済産業省', date: '2020', file: '004_b0234059c48dec72.txt' };
const page = (extra: object = {}) => ({ title: '年表', description: '政策のできごとを並べた年表のページです。', order: 9, reviewed: '2026-11-22', sources: [SOURCE, SOURCE], ...extra });

describe('routes.policyPage', () => {
	it.each([
		['overview', '/policy/'],
		['stars', '/policy/stars/'],
		['timeline', '/policy/timeline/'],
	])('puts entry %s at %s', (id, path) => {
		expect(routes.policyPage(id)).toBe(path);
	});
});

describe('PolicyPageSchema events', () => {
	it('accepts a page without events, and events that name one of the page sources', () => {
		expect(PolicyPageSchema.safeParse(page()).success).toBe(true);
		const events = [
			{ date: '2020-06-12', label: '基本行動指針', source: 1 },
			{ date: '2027-03', dateLabel: '2026年度末ごろ', label: '★3・★4の開始', planned: true, source: 2 },
		];
		expect(PolicyPageSchema.safeParse(page({ events })).success).toBe(true);
	});

	it.each([
		['a source number past the end of sources', { date: '2020', label: 'x', source: 3 }, 'events[0].source', 'is 3 but the page lists 2 source(s)'],
		['a source number of 0', { date: '2020', label: 'x', source: 0 }, 'events[0].source', ''],
		['a fiscal-year date', { date: 'FY2020', label: 'x', source: 1 }, 'events[0].date', 'use YYYY, YYYY-MM or YYYY-MM-DD'],
		['an unknown field', { date: '2020', label: 'x', source: 1, url: 'https://example.com/' }, 'events[0]', ''],
	])('rejects %s', (_, event, field, message) => {
		const result = PolicyPageSchema.safeParse(page({ events: [event] }));
		expect(result.success).toBe(false);
		const issue = result.error!.issues[0]!;
		expect(formatPath(issue.path)).toBe(field);
		expect(issue.message).toContain(message);
	});

	it('rejects an empty events list (leave the field out instead)', () => {
		expect(PolicyPageSchema.safeParse(page({ events: [] })).success).toBe(false);
	});
});

describe('listTopicEvents', () => {
	const event = (e: object) => TimelineEventSchema.parse({ source: 1, ...e });
	const events = [
		event({ date: '2027-03', dateLabel: '2026年度末ごろ', label: '★3・★4の開始', detail: '★3・★4が始まる', planned: true, topics: ['scs'] }),
		event({ date: '2020-06-12', label: '基本行動指針' }),
		event({ date: '2025-12-26', label: '案', topics: ['scs'] }),
		event({ date: '2025-04-14', label: '中間取りまとめ', topics: ['scs', 'otasuketai-service'] }),
		event({ date: '2025-12-26', label: '独占禁止法の考え方', topics: ['scs'] }),
	];

	it("lists the topic's events oldest first, same-day events in file order, with the detail when there is one", () => {
		expect(listTopicEvents(events, 'scs')).toEqual([
			{ date: '2025-04-14', when: '2025年4月14日', text: '中間取りまとめ', planned: false },
			{ date: '2025-12-26', when: '2025年12月26日', text: '案', planned: false },
			{ date: '2025-12-26', when: '2025年12月26日', text: '独占禁止法の考え方', planned: false },
			{ date: '2027-03', when: '2026年度末ごろ', text: '★3・★4が始まる', planned: true },
		]);
	});

	it('lists nothing for a topic no event has', () => {
		expect(listTopicEvents(events.slice(0, 2), 'otasuketai-service')).toEqual([]);
	});
});

describe('the policy timeline and the お助け隊 service history', () => {
	const timeline = PolicyPageSchema.parse(parse(frontmatterOf(readFileSync('content/policy/timeline.mdx', 'utf8'))!));
	const service = ServiceStandardSchema.parse(parse(readFileSync('content/otasuketai-service/standard.yaml', 'utf8')));
	const pilots = readdirSync('content/otasuketai').map((f) => PilotSchema.parse(parse(readFileSync(`content/otasuketai/${f}`, 'utf8'))));
	const numbersIn = (text: string) => (text.replace(/\d{4}年度?/g, '').match(/\d[\d,]*/g) ?? []).map((n) => Number(n.replace(/,/g, '')));
	const tagged = (timeline.events ?? []).filter((e) => e.topics.includes('otasuketai-service'));

	it('tags the NTT East figure of 17 February 2020 and the 2020 pilot', () => {
		expect(tagged.map((e) => e.date)).toEqual(expect.arrayContaining(['2020-02-17', '2020']));
	});

	it.each(tagged.map((e) => [e.label, e] as const))('"%s" has the date and numbers of a step in the service history', (_, e) => {
		// The history places each pilot at its fiscal year, each milestone at its date and each figure at its asOf.
		const same = [
			...service.milestones.filter((m) => m.date === e.date).map((m) => numbersIn(m.text)),
			...service.figures.filter((f) => f.asOf === e.date).map((f) => [f.value, ...(f.of === undefined ? [] : [f.of])]),
			...pilots.filter((p) => String(p.year) === e.date && e.dateLabel === `${p.year}年度`).map((p) => p.figures.map((f) => f.value)),
		];
		expect(same.length, 'no step of the service history on this date').toBeGreaterThan(0);
		for (const n of numbersIn(e.label)) expect(same.flat(), `${n} is not a number of that step`).toContain(n);
	});
});
