import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { layoutBars, valueText } from '../../src/lib/charts/bar-layout.ts';
import { CHART_WIDTH, estimateTextWidth } from '../../src/lib/charts/types.ts';
import { PageSchema } from '../../src/schemas/page.ts';
import { collectSources, figureRefProblem, indexFigures, orderStats, pageFigure, pageSources, resolveStat, toStatsJson, type SharedFigure, type StatEntry } from '../../src/lib/content/stats.ts';
import { VALUE_MARKS } from '../../src/lib/format.ts';
import { PilotSchema } from '../../src/schemas/otasuketai.ts';
import { ServiceStandardSchema } from '../../src/schemas/otasuketai-service.ts';
import { StatFileSchema, StatSchema, type Stat } from '../../src/schemas/stat.ts';

const source = { title: '資料', publisher: '経済産業省', date: '2020', file: '004_b0234059c48dec72.txt' };
const stat = (title: string, rows: Stat['rows'], extra: Partial<Stat> = {}): Stat => ({
	reviewed: '2026-11-22',
	title,
	description: 'テスト用の数字の説明です。',
	unit: '社',
	rows,
	sources: [source],
	...extra,
});

const readYaml = (path: string): unknown => parse(readFileSync(path, 'utf8'));
// The figures other content files hold, which stats may take rows from (as queries.ts indexes them).
const sharedFigures = indexFigures([
	...readdirSync('content/otasuketai').map((f) => ({ from: `otasuketai/${f.replace(/\.yaml$/, '')}`, figures: PilotSchema.parse(readYaml(`content/otasuketai/${f}`)).figures })),
	{ from: 'otasuketai-service/standard', figures: ServiceStandardSchema.parse(readYaml('content/otasuketai-service/standard.yaml')).figures },
]);
// The real figures: every file in content/stats, as the site loads them.
const real: StatEntry[] = readdirSync('content/stats').map((f) => {
	const file = StatFileSchema.parse(readYaml(`content/stats/${f}`));
	return { id: f.replace(/\.yaml$/, ''), data: resolveStat(file, sharedFigures), section: file.section };
});

describe('orderStats', () => {
	it('puts the stats with a section first in their order and others after them by id, headed by their title', () => {
		const entries: StatEntry[] = [
			{ id: 'zz-extra', data: stat('追加の数字', [{ label: 'A', value: 1 }]) },
			{ id: 'detection-days', data: stat('日数', [{ label: 'A', value: 1 }]), section: { order: 5, heading: '攻撃に気づくまでどれくらいかかるか' } },
			{ id: 'aa-extra', data: stat('別の数字', [{ label: 'A', value: 1 }]) },
			{
				id: 'osaka-sme-monitoring',
				data: stat('30社', [{ label: 'A', value: 1 }]),
				section: { order: 1, heading: '中小企業も攻撃を受けているか', related: { href: '/threats/targeted-attack/', label: '標的型攻撃への備え' } },
			},
		];
		expect(orderStats(entries).map((s) => [s.id, s.heading])).toEqual([
			['osaka-sme-monitoring', '中小企業も攻撃を受けているか'],
			['detection-days', '攻撃に気づくまでどれくらいかかるか'],
			['aa-extra', '別の数字'],
			['zz-extra', '追加の数字'],
		]);
		expect(orderStats(entries).find((s) => s.id === 'aa-extra')!.related).toBeNull();
		expect(orderStats(entries)[0]!.related).toEqual({ href: '/threats/targeted-attack/', label: '標的型攻撃への備え' });
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
	it('each have their own place and heading on /stats/', () => {
		expect(real.filter((e) => !e.section).map((e) => e.id)).toEqual([]);
		const orders = real.map((e) => e.section!.order).sort((a, b) => a - b);
		expect(orders).toEqual(orders.map((_, i) => i + 1));
	});

	it('chart the お助け隊 figures from the files that hold them, with their hedges and sources', () => {
		const rows = (id: string) => real.find((e) => e.id === id)!.data.rows.map((r) => valueText(r, real.find((e) => e.id === id)!.data.unit));
		expect(rows('otasuketai-pilot-participants')).toEqual(['1,064社', '1,117社']);
		expect(rows('otasuketai-2019-alerts')).toEqual(['910件', '128件', '18件']);
		expect(rows('otasuketai-paid-service')).toEqual(['148社中61社']);
		expect(rows('otasuketai-paid-service-wish')).toEqual(['約4割']);
		const paid = real.find((e) => e.id === 'otasuketai-paid-service')!.data;
		expect(paid.rows[0]).toMatchObject({ note: '約4割（2020年2月17日時点）', confidence: 'single-source' });
		expect(paid.sources.map((s) => s.file)).toEqual(['004_b0234059c48dec72.txt']);
	});

	it('chart only numbers a source prints, never one the site added up (the page promises no estimates)', () => {
		const worked = real.flatMap((e) => e.data.rows.filter((r) => /当サイトで(足|計算|推計)/.test(r.note ?? '')).map((r) => `${e.id}: ${r.label}`));
		expect(worked).toEqual([]);
		const declarations = real.find((e) => e.id === 'security-action-declarations')!.data.rows;
		expect(declarations.map((r) => r.label)).toEqual(['2017年12月', '2020年7月', '2020年10月末', '2023年10月']);
		expect(declarations.find((r) => r.label === '2020年7月')!.confidence).toBe('single-source');
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
		[
			'some rows shares and some not',
			[
				{ label: 'A', value: 1, of: 2 },
				{ label: 'B', value: 1 },
			],
			false,
		],
	];
	it.each(cases.map(([name, rows, ok]) => [name, ok, rows] as const))('%s: accepted is %s', (_, ok, rows) => {
		expect(parses(rows)).toBe(ok);
	});
});

describe('resolveStat', () => {
	const other = { ...source, title: '別の資料' };
	const alerts: SharedFigure = { label: 'アラート', value: 910, unit: '件', sources: [source] };
	const moved: SharedFigure = { label: '移った会社', value: 61, of: 148, unit: '社', note: '約4割', asOf: '2020-02-17', confidence: 'single-source', sources: [other] };
	const index = indexFigures([
		{ from: 'otasuketai/2019', figures: [alerts] },
		{ from: 'otasuketai-service/standard', figures: [moved] },
	]);
	const file = (figures: { from: string; figure: string; label?: string }[], unit = '件') => ({ reviewed: '2026-11-22', title: 'T', description: 'テスト用の数字の説明です。', unit, figures });

	it('keeps a stat with its own rows as written', () => {
		const own = stat('A', [{ label: 'A', value: 1 }]);
		expect(resolveStat(own, index)).toEqual(own);
	});

	it('takes value, label and sources from the figure another file holds, with a label of its own if given', () => {
		expect(resolveStat(file([{ from: 'otasuketai/2019', figure: 'アラート', label: '出た警告' }]), index)).toEqual({
			reviewed: '2026-11-22',
			title: 'T',
			description: 'テスト用の数字の説明です。',
			unit: '件',
			rows: [{ label: '出た警告', value: 910 }],
			sources: [source],
		});
	});

	it('carries a share, its wording, its date and its confidence into the row', () => {
		expect(resolveStat(file([{ from: 'otasuketai-service/standard', figure: '移った会社' }], '社'), index).rows).toEqual([
			{ label: '移った会社', value: 61, of: 148, note: '約4割（2020年2月17日時点）', confidence: 'single-source' },
		]);
	});

	it('names what is wrong with a reference: a missing file, a missing label (listing the labels), another unit', () => {
		expect(figureRefProblem({ from: 'otasuketai/2018', figure: 'アラート' }, '件', index)).toEqual({ field: 'from', message: 'content/otasuketai/2018.yaml does not exist or holds no figures' });
		expect(figureRefProblem({ from: 'otasuketai/2019', figure: '警告' }, '件', index)).toEqual({
			field: 'figure',
			message: '"警告" is not a figure label in content/otasuketai/2019.yaml (labels: アラート)',
		});
		expect(figureRefProblem({ from: 'otasuketai/2019', figure: 'アラート' }, '社', index)?.message).toBe("is counted in 件 but the stat's unit is 社: chart it in a stat of that unit");
		expect(figureRefProblem({ from: 'otasuketai/2019', figure: 'アラート' }, '件', index)).toBeNull();
	});
});

describe('StatFileSchema', () => {
	const base = { reviewed: '2026-11-22', title: 'T', description: 'テスト用の数字の説明です。', unit: '件' };
	const ref = { from: 'otasuketai/2019', figure: 'アラート' };
	const cases: [string, object, boolean][] = [
		['rows with sources', { rows: [{ label: 'A', value: 1 }], sources: [source] }, true],
		['figures taken from another file, without sources of its own', { figures: [ref] }, true],
		['rows without sources', { rows: [{ label: 'A', value: 1 }] }, false],
		['both rows and figures', { rows: [{ label: 'A', value: 1 }], figures: [ref], sources: [source] }, false],
		['neither rows nor figures', { sources: [source] }, false],
		['a figure from a folder that holds no figures', { figures: [{ ...ref, from: 'stats/detection-days' }] }, false],
	];
	it.each(cases.map(([name, extra, ok]) => [name, ok, extra] as const))('%s: accepted is %s', (_, ok, extra) => {
		expect(StatFileSchema.safeParse({ ...base, ...extra }).success).toBe(ok);
	});
});

describe('figures a page names in its own text (content/pages/)', () => {
	const slide = { ...source, title: '別のスライド', locator: 'スライド' };
	const page = { reviewed: '2026-12-06', keywords: ['統計'], textFigures: { share: { value: '約1割', sources: [source] }, countries: { value: '約150か国', sources: [slide] } } };

	it('prints the figure as its file writes it', () => {
		expect(pageFigure(page, 'countries', 'content/pages/stats.yaml')).toBe('約150か国');
	});

	it('stops the build, naming the file and the field, when the text names a figure the file lacks', () => {
		expect(() => pageFigure(page, 'count', 'content/pages/stats.yaml')).toThrow('content/pages/stats.yaml field textFigures.count: is missing');
	});

	it('reads the same shape as a pilot’s sentence figures, and refuses a figure without its sources', () => {
		const entry = { value: '約1割', sources: [source] };
		expect(PageSchema.shape.textFigures.safeParse({ share: entry }).success).toBe(true);
		expect(PilotSchema.shape.textFigures.safeParse({ share: entry }).success).toBe(true);
		for (const schema of [PageSchema.shape.textFigures, PilotSchema.shape.textFigures]) {
			expect(schema.safeParse({ share: { value: '約1割', source } }).success).toBe(false);
			expect(schema.safeParse({ share: { value: '約1割', sources: [] } }).success).toBe(false);
		}
	});

	it("lists the charts' sources first, then each figure's, every source once", () => {
		expect(pageSources([stat('a', [{ label: 'x', value: 1 }])], page).map((s) => s.title)).toEqual(['資料', '別のスライド']);
	});
});
