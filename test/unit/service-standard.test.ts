import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	buildServiceHistoryView,
	buildServiceStandardView,
	createCiter,
	describeCeilings,
	formatCeiling,
	formatFigure,
	formatYen,
	groupTimeline,
	timelineEntries,
} from '../../src/lib/content/service-standard.ts';
import { PilotSchema, type Pilot } from '../../src/schemas/otasuketai.ts';
import { ServiceStandardSchema, type ServiceStandard } from '../../src/schemas/otasuketai-service.ts';
import type { Source } from '../../src/schemas/source.ts';

// The real content, so the page's figures are checked against a second reading of the reference.
const raw = parse(readFileSync('content/otasuketai-service/standard.yaml', 'utf8'));
const standard: ServiceStandard = ServiceStandardSchema.parse(raw);
const pilots: Pilot[] = readdirSync('content/otasuketai')
	.map((f) => PilotSchema.parse(parse(readFileSync(`content/otasuketai/${f}`, 'utf8'))))
	.sort((a, b) => a.year - b.year);

const src = (title: string, extra: Partial<Source> = {}): Source => ({ title, publisher: 'IPA', date: '2024', url: 'https://example.org/', ...extra });

describe('formatYen', () => {
	it.each([
		[10000, '1万円'],
		[2000, '2,000円'],
		[1000000, '100万円'],
		[1500000, '150万円'],
		[6600, '6,600円'],
		[15000, '15,000円'],
	])('writes %s yen as %s', (yen, expected) => {
		expect(formatYen(yen)).toBe(expected);
	});
});

describe('formatCeiling', () => {
	it('writes a monthly ceiling', () => {
		expect(formatCeiling({ limit: 10000, per: 'month' })).toBe('月額1万円以下');
	});

	it('writes a ceiling per device and month', () => {
		expect(formatCeiling({ limit: 2000, per: 'device-month' })).toBe('1台あたり月額2,000円以下');
	});

	it('returns null when no source gives the amount', () => {
		expect(formatCeiling({})).toBeNull();
	});
});

describe('describeCeilings', () => {
	it('names both 1類 ceilings in one phrase', () => {
		expect(describeCeilings(standard.priceCeilings)).toBe('ネットワーク一括監視型なら月額1万円以下、端末監視型なら1台あたり月額2,000円以下');
	});

	it('says nothing for the 2類, whose amount was not found', () => {
		expect(describeCeilings(standard.priceCeilings, '2類')).toBe('');
	});
});

describe('createCiter', () => {
	it('numbers sources by first use and gives the same document the same number', () => {
		const { cite, sources } = createCiter();
		expect(cite([src('A'), src('B')])).toEqual([1, 2]);
		expect(cite([src('B'), src('C')])).toEqual([2, 3]);
		expect(sources.map((s) => s.title)).toEqual(['A', 'B', 'C']);
	});

	it('cites a document once when a fact lists it twice', () => {
		const { cite, sources } = createCiter();
		expect(cite([src('A'), src('A')])).toEqual([1]);
		expect(sources).toHaveLength(1);
	});

	it('keeps two places in one document apart (different locators)', () => {
		const { cite } = createCiter();
		expect(cite([src('A', { locator: 'p. 1' }), src('A', { locator: 'p. 2' })])).toEqual([1, 2]);
	});
});

describe('formatFigure', () => {
	it.each([
		[{ value: 42, unit: '事業者' }, '42事業者'],
		[{ value: 2000, unit: '社', approx: 'over' as const }, '2,000社超'],
		[{ value: 61, of: 148, unit: '社', note: '約4割' }, '148社中61社（約4割）'],
	])('writes %j as %s', (figure, expected) => {
		expect(formatFigure(figure)).toBe(expected);
	});
});

describe('timelineEntries', () => {
	const s = {
		milestones: [
			{ date: '2020-04', text: '商用化', confidence: 'single-source' as const, sources: [src('M')] },
			{ date: '2021-04-15', text: '登録', note: '資料により3月', confidence: 'verified-2-sources' as const, sources: [src('R')] },
		],
		figures: [{ label: '移った会社', value: 61, of: 148, unit: '社', asOf: '2020-02-17', confidence: 'single-source' as const, sources: [src('F')] }],
		ongoing: [{ text: '新類型の実証', confidence: 'single-source' as const, sources: [src('O')] }],
	};
	const tinyPilots = [2020, 2019].map((year) => ({
		year,
		reviewed: '2026-11-22',
		name: `${year}の事業`,
		teamUnit: 'チーム',
		teams: [],
		figures: year === 2019 ? [{ label: '参加した中小企業', value: 1064, unit: '社', sources: [src('P-fig')] }] : [],
		sources: [src(`P-${year}`)],
	}));

	it('places each pilot at the start of its fiscal year, figures and milestones by date, and ongoing work last', () => {
		expect(timelineEntries(s, tinyPilots).map((e) => [e.when, e.kind])).toEqual([
			['2019年度', 'pilot'],
			['2020年2月17日', 'figure'],
			['2020年4月', 'milestone'],
			['2020年度', 'pilot'],
			['2021年4月15日', 'milestone'],
			['実施中', 'ongoing'],
		]);
	});

	it('says how many SMEs took part in a pilot, citing the figure', () => {
		const pilot = timelineEntries(s, tinyPilots)[0]!;
		expect(pilot.text).toBe('お助け隊の実証事業（2019の事業）に、中小企業1,064社が参加しました。');
		expect(pilot.sources.map((x) => x.title)).toEqual(['P-fig']);
	});

	it('cites the pilot itself when it reports no participants figure', () => {
		const pilot = timelineEntries(s, tinyPilots).find((e) => e.when === '2020年度')!;
		expect(pilot.text).toBe('お助け隊の実証事業（2020の事業）が行われました。');
		expect(pilot.sources.map((x) => x.title)).toEqual(['P-2020']);
	});

	it('keeps a note on where sources differ, and writes figures with their label', () => {
		const entries = timelineEntries(s, tinyPilots);
		expect(entries.find((e) => e.when === '2021年4月15日')?.note).toBe('資料により3月');
		expect(entries.find((e) => e.kind === 'figure')?.text).toBe('移った会社：148社中61社');
	});
});

describe('groupTimeline', () => {
	const row = (key: string, when: string, kind: 'pilot' | 'milestone' | 'figure' | 'ongoing', text: string) => ({ key, when, kind, text, refs: [1] });

	it('shows entries that share a date under one date, and gives only ISO dates a datetime', () => {
		expect(
			groupTimeline([
				row('2019-04', '2019年度', 'pilot', 'a'),
				row('2024-03-15', '2024年3月15日', 'milestone', 'b'),
				row('2024-03-15', '2024年3月15日', 'figure', 'c'),
				row('9999', '実施中', 'ongoing', 'd'),
			]).map((g) => [g.when, g.datetime, g.items.map((i) => i.text)]),
		).toEqual([
			['2019年度', null, ['a']],
			['2024年3月15日', '2024-03-15', ['b', 'c']],
			['実施中', null, ['d']],
		]);
	});
});

describe('buildServiceStandardView and buildServiceHistoryView (real content)', () => {
	const view = buildServiceStandardView(standard);
	const history = buildServiceHistoryView(standard, pilots);
	// Each page in the order it shows them, which is the order its sources are numbered in.
	const pages = [
		{ cited: [...view.standard, ...view.ceilings, ...view.class2, ...view.subsidy.facts, ...view.subsidy.rounds], sources: view.sources },
		{ cited: history.timeline.flatMap((g) => g.items), sources: history.sources },
	];

	it('shows the 1類 ceilings and says the 2類 amount was not found', () => {
		expect(view.ceilings.map((c) => [c.class, c.type, c.price])).toEqual([
			['1類', 'ネットワーク一括監視型', '月額1万円以下'],
			['1類', '端末監視型', '1台あたり月額2,000円以下'],
			['2類', '監視を強めた上位の類型', null],
		]);
		expect(view.ceilings[2]!.note).toContain('確認できていません');
	});

	it("gives every fact at least one source, and every number points into its page's source list", () => {
		for (const { cited, sources } of pages)
			for (const c of cited) {
				expect(c.refs.length, c.text).toBeGreaterThan(0);
				for (const n of c.refs) expect(sources[n - 1], c.text).toBeDefined();
			}
	});

	it('lists each source once per page, uses every one of them, and numbers them in the order the page first cites them', () => {
		for (const { cited, sources } of pages) {
			const firstUse = [...new Set(cited.flatMap((c) => c.refs))];
			expect(firstUse).toEqual(sources.map((_, i) => i + 1));
			const keys = sources.map((s) => JSON.stringify(s));
			expect(new Set(keys).size).toBe(keys.length);
		}
	});

	it('tells the history from the 2019 pilot to the new-type pilot, in order', () => {
		expect(history.timeline.map((g) => g.when)).toEqual([
			'2019年度',
			'2019年12月',
			'2020年2月17日',
			'2020年4月',
			'2020年度',
			'2021年2月',
			'2021年4月15日',
			'2021年7月',
			'2022年',
			'2023年2月20日',
			'2024年3月15日',
			'実施中',
		]);
		const march2024 = history.timeline.find((g) => g.when === '2024年3月15日')!;
		expect(march2024.items.map((i) => i.kind)).toEqual(['milestone', 'figure', 'figure']);
		expect(march2024.items.map((i) => i.text).join('\n')).toMatch(/2類[\s\S]*42事業者[\s\S]*2,000社超/);
		expect(history.timeline.at(-1)!.items[0]!.text).toContain('新類型');
	});

	it('writes the subsidy terms of 2022 and 2025', () => {
		expect(view.subsidy.rounds.map((r) => [r.text, r.maxAmount, r.rates])).toEqual([
			['IT導入補助金2022', '100万円', ['1/2']],
			['IT導入補助金2025', '150万円', ['中小企業 1/2', '小規模事業者 2/3']],
		]);
	});
});

describe('ServiceStandardSchema', () => {
	const clone = () => structuredClone(raw) as Record<string, any>;

	it('accepts the real content', () => {
		expect(ServiceStandardSchema.safeParse(raw).success).toBe(true);
	});

	it('refuses a fact tagged uncertain', () => {
		const bad = clone();
		bad.milestones[0].confidence = 'uncertain';
		const r = ServiceStandardSchema.safeParse(bad);
		expect(r.success).toBe(false);
		expect(r.error!.issues[0]!.message).toContain('leave uncertain facts out');
	});

	it('refuses a ceiling with an amount but no unit, and one with neither an amount nor a note', () => {
		const noPer = clone();
		delete noPer.priceCeilings[0].per;
		expect(ServiceStandardSchema.safeParse(noPer).error!.issues[0]!.path).toEqual(['priceCeilings', 0, 'per']);
		const noNote = clone();
		delete noNote.priceCeilings[2].note;
		expect(ServiceStandardSchema.safeParse(noNote).error!.issues[0]!.path).toEqual(['priceCeilings', 2, 'note']);
	});

	it('refuses milestones out of date order and a fact without sources', () => {
		const swapped = clone();
		swapped.milestones.reverse();
		expect(ServiceStandardSchema.safeParse(swapped).error!.issues[0]!.message).toBe('list the milestones oldest first');
		const unsourced = clone();
		unsourced.class2[0].sources = [];
		expect(ServiceStandardSchema.safeParse(unsourced).error!.issues[0]!.message).toBe('give at least one source');
	});

	it('refuses an unknown field', () => {
		const extra = clone();
		extra.milestones[0].confidenceNote = 'x';
		expect(ServiceStandardSchema.safeParse(extra).success).toBe(false);
	});
});
