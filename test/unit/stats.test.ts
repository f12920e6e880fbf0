import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { layoutBars, valueText } from '../../src/lib/charts/bar-layout.ts';
import { CHART_WIDTH, estimateTextWidth } from '../../src/lib/charts/types.ts';
import { collectSources, orderStats, STAT_SECTIONS, toStatsJson, type StatEntry } from '../../src/lib/content/stats.ts';
import { VALUE_MARKS } from '../../src/lib/format.ts';
import { StatSchema, type Stat } from '../../src/schemas/stat.ts';

const source = { title: '資料', publisher: '経済産業省', date: '2020', file: '004_b0234059c48dec72.txt' };
const stat = (title: string, rows: Stat['rows'], extra: Partial<Stat> = {}): Stat => ({ title, description: 'テスト用の数字の説明です。', unit: '社', rows, sources: [source], ...extra });

// The real figures: every file in content/stats, as the site loads them.
const real: StatEntry[] = readdirSync('content/stats').map((f) => ({
	id: f.replace(/\.yaml$/, ''),
	data: StatSchema.parse(parse(readFileSync(`content/stats/${f}`, 'utf8'))),
}));

describe('orderStats', () => {
	it('puts the listed stats first in page order and others after them by id, headed by their title', () => {
		const entries: StatEntry[] = [
			{ id: 'zz-extra', data: stat('追加の数字', [{ label: 'A', value: 1 }]) },
			{ id: 'detection-days', data: stat('日数', [{ label: 'A', value: 1 }]) },
			{ id: 'aa-extra', data: stat('別の数字', [{ label: 'A', value: 1 }]) },
			{ id: 'osaka-sme-monitoring', data: stat('30社', [{ label: 'A', value: 1 }]) },
		];
		expect(orderStats(entries).map((s) => [s.id, s.heading])).toEqual([
			['osaka-sme-monitoring', '中小企業も攻撃を受けているか'],
			['detection-days', '攻撃に気づくまでどれくらいかかるか'],
			['aa-extra', '別の数字'],
			['zz-extra', '追加の数字'],
		]);
		expect(orderStats(entries).find((s) => s.id === 'aa-extra')!.related).toBeNull();
	});
});

describe('collectSources', () => {
	it('lists a source shared by several stats once, in first-seen order', () => {
		const other = { ...source, title: '別の資料' };
		const stats = [stat('A', [{ label: 'A', value: 1 }]), stat('B', [{ label: 'B', value: 1 }], { sources: [other, source] })];
		expect(collectSources(stats).map((s) => s.title)).toEqual(['資料', '別の資料']);
	});
});

describe('toStatsJson', () => {
	const json = JSON.parse(toStatsJson(real)) as { marks: Record<string, string>; figures: { id: string; unit: string; rows: { text: string; value: number; mark: string | null }[] }[] };

	it('holds every stat in page order', () => {
		expect(json.figures.map((f) => f.id)).toEqual(orderStats(real).map((s) => s.id));
	});

	it('gives each row the text the page shows and explains every mark it uses', () => {
		for (const figure of json.figures) {
			const data = real.find((e) => e.id === figure.id)!.data;
			expect(figure.rows.map((r) => r.text)).toEqual(data.rows.map((r) => valueText(r, data.unit)));
			for (const r of figure.rows) if (r.mark) expect(json.marks[r.mark]).toBeTruthy();
		}
		expect(Object.keys(json.marks).sort()).toEqual(Object.keys(VALUE_MARKS).sort());
	});
});

describe('the figures in content/stats', () => {
	it('include every stat /stats/ lists by id', () => {
		expect(real.map((e) => e.id)).toEqual(expect.arrayContaining(STAT_SECTIONS.map((s) => s.id)));
	});

	it.each(real.map((e) => [e.id, e.data] as const))('%s lays out inside the chart', (_, data) => {
		const layout = layoutBars(data.rows, { width: CHART_WIDTH, unit: data.unit, reference: data.reference });
		for (const b of layout.bars) expect(b.valueLabel.x + estimateTextWidth(b.valueLabel.text, 12)).toBeLessThanOrEqual(CHART_WIDTH);
	});
});

// Rules of the stat schema beyond field types (the invalid fixtures in test/fixtures cover the messages).
describe('StatSchema', () => {
	const parses = (rows: unknown[]) => StatSchema.safeParse({ ...stat('A', []), rows }).success;

	const cases: [string, unknown[], boolean][] = [
		['a plain value', [{ label: 'A', value: 1 }], true],
		['a hedged value', [{ label: 'A', value: 100, qualifier: 'about' }], true],
		['a share with the percentage the source states', [{ label: 'A', value: 30, of: 118, share: 25 }], true],
		['a lower bound given twice (approx and qualifier)', [{ label: 'A', value: 1, approx: 'over', qualifier: 'at-least' }], false],
		['an unknown qualifier', [{ label: 'A', value: 1, qualifier: '約' }], false],
		['a share larger than its whole', [{ label: 'A', value: 31, of: 30 }], false],
		['a percentage that does not match value / of', [{ label: 'A', value: 30, of: 118, share: 40 }], false],
		['a percentage without its whole', [{ label: 'A', value: 30, share: 25 }], false],
		['some rows shares and some not', [{ label: 'A', value: 1, of: 2 }, { label: 'B', value: 1 }], false],
	];
	it.each(cases.map(([name, rows, ok]) => [name, ok, rows] as const))('%s: accepted is %s', (_, ok, rows) => {
		expect(parses(rows)).toBe(ok);
	});
});
