import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/lib/content/validate.ts';
import { policyPath } from '../../src/lib/content/policy.ts';
import { PolicyPageSchema } from '../../src/schemas/article.ts';

const SOURCE = { title: '資料', publisher: '経済産業省', date: '2020', file: '004_b0234059c48dec72.txt' };
const page = (extra: object = {}) => ({ title: '年表', description: '政策のできごとを並べた年表のページです。', order: 9, updated: '2026-11', sources: [SOURCE, SOURCE], ...extra });

describe('policyPath', () => {
	it.each([
		['overview', '/policy/'],
		['stars', '/policy/stars/'],
		['timeline', '/policy/timeline/'],
	])('puts entry %s at %s', (id, path) => {
		expect(policyPath(id)).toBe(path);
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
