import { describe, expect, it } from 'vitest';
import { citationsOf, formatFileSize, formatSources, RANKING_COLUMNS, rankGaps, rankingRows, toCsv, toJson, unrankedLists } from '../../src/lib/content/export.ts';
import type { Edition, EditionList } from '../../src/schemas/edition.ts';

const source = [{ title: 'IPA 10大脅威', publisher: 'IPA', date: '2024', url: 'https://example.org/a' }];
const list = (ranked: boolean, entries: EditionList['entries']): EditionList => ({ ranked, confidence: 'verified-2-sources', sources: source, entries });

// Given out of order on purpose: rows must still come oldest edition first.
const editions: Edition[] = [
	{
		reviewed: '2026-11-22',
		edition: 2025,
		organization: list(true, [
			{ rank: 1, threat: 'b', title: '攻撃, "新型"', previousRank: 3 },
			{ rank: 2, threat: 'a', title: 'A' },
		]),
		individual: list(false, [
			{ threat: 'c', title: 'C', new: true },
			{ threat: 'x', title: null, note: '表記は未確認' },
		]),
	},
	{
		reviewed: '2026-11-22',
		edition: 2024,
		organization: list(true, [
			{ rank: 1, threat: 'a', title: 'A' },
			{ rank: 2, threat: 'b', title: 'B' },
		]),
		individual: { ...list(true, [{ rank: 1, threat: 'x', title: 'X' }]), confidence: 'uncertain' },
	},
];
const rows = rankingRows(editions);
const csv = toCsv(rows);
const records = csv.slice(1).split('\r\n');

describe('rankingRows', () => {
	it('gives one row per entry: editions oldest first, organisation before individual, entries as printed', () => {
		expect(rows.map((r) => [r.edition, r.list, r.threat_id])).toEqual([
			[2024, 'organization', 'a'],
			[2024, 'organization', 'b'],
			[2024, 'individual', 'x'],
			[2025, 'organization', 'b'],
			[2025, 'organization', 'a'],
			[2025, 'individual', 'c'],
			[2025, 'individual', 'x'],
		]);
	});

	it("writes a full row with the list's confidence and sources", () => {
		expect(rows[4]).toEqual({
			edition: 2025,
			list: 'organization',
			rank: 2,
			threat_id: 'a',
			title: 'A',
			title_note: '',
			previous_rank: 1,
			change: 'down',
			new: false,
			ranked_list: true,
			confidence: 'verified-2-sources',
			source: 'IPA 10大脅威 (IPA, 2024) https://example.org/a',
		});
	});

	it('takes the previous rank from the source when it prints one, over the previous edition', () => {
		expect(rows[3]).toMatchObject({ previous_rank: 3, change: 'up' });
	});

	it('gives an unranked list no rank and no previous rank', () => {
		expect(rows.slice(5).map((r) => [r.rank, r.previous_rank, r.ranked_list, r.change, r.new])).toEqual([
			[null, null, false, 'new', true],
			[null, null, false, 'stayed', false],
		]);
	});

	it('writes an unknown title as an empty string and keeps the note', () => {
		expect(rows[6]).toMatchObject({ title: '', title_note: '表記は未確認' });
	});

	it('has no comparison for the first edition', () => {
		expect(rows.slice(0, 3).map((r) => [r.change, r.previous_rank])).toEqual([
			['none', null],
			['none', null],
			['none', null],
		]);
	});

	it('has exactly the documented columns, in order', () => {
		expect(Object.keys(rows[0]!)).toEqual(RANKING_COLUMNS.map((c) => c.name));
	});
});

describe('formatSources', () => {
	it('writes each source as title (publisher, date, locator) and where to read it, joined with " | "', () => {
		expect(
			formatSources([
				{ title: 'T1', publisher: 'IPA', date: '2020', via: ['https://a.example/', 'https://b.example/'] },
				{ title: 'T2', publisher: '経済産業省', date: '2020', file: '004_b0234059c48dec72.txt', locator: 'p. 3' },
			]),
		).toBe('T1 (IPA, 2020) via https://a.example/ https://b.example/ | T2 (経済産業省, 2020, p. 3) file:004_b0234059c48dec72.txt');
	});
});

describe('toCsv', () => {
	it('starts with a UTF-8 byte order mark so Excel reads Japanese correctly', () => {
		expect(csv.charCodeAt(0)).toBe(0xfeff);
	});

	it('ends every record with CRLF and has no bare LF', () => {
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
		expect(records).toHaveLength(rows.length + 2);
		expect(records.at(-1)).toBe('');
	});

	it('starts with the header row', () => {
		expect(records[0]).toBe('edition,list,rank,threat_id,title,title_note,previous_rank,change,new,ranked_list,confidence,source');
	});

	it('quotes a field holding a comma or a quote and doubles the inner quotes', () => {
		expect(records[4]).toBe('2025,organization,1,b,"攻撃, ""新型""",,3,up,false,true,verified-2-sources,"IPA 10大脅威 (IPA, 2024) https://example.org/a"');
	});

	it('leaves rank and previous rank empty in an unranked list', () => {
		expect(records[6]!.split(',').slice(0, 9)).toEqual(['2025', 'individual', '', 'c', 'C', '', '', 'new', 'true']);
	});

	it('quotes a field holding a line break', () => {
		const [row] = rankingRows([{ ...editions[1]!, organization: list(true, [{ rank: 1, threat: 'a', title: 'A', note: '一行目\n二行目' }]) }]);
		expect(toCsv([row!])).toContain(',A,"一行目\n二行目",');
	});
});

describe('toJson', () => {
	const json = JSON.parse(toJson(editions)) as Record<string, unknown>;

	it('describes the data, its licence and its columns, then holds the same rows', () => {
		expect(Object.keys(json)).toEqual(['title', 'description', 'licence', 'source_note', 'generated_from', 'columns', 'rows']);
		expect(json.licence).toBe('CC BY 4.0');
		expect(json.generated_from).toBe('content/threats/editions');
		expect(json.rows).toEqual(rows);
		expect((json.columns as { name: string }[]).map((c) => c.name)).toEqual(RANKING_COLUMNS.map((c) => c.name));
	});

	it('is the same text on every run (no timestamp)', () => {
		expect(toJson(editions)).toBe(toJson([...editions].reverse()));
		expect(toJson(editions)).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
	});
});

describe('facts for the /data/ page', () => {
	it('measures a file in UTF-8 bytes', () => {
		expect(formatFileSize('abc')).toBe('3 B');
		expect(formatFileSize('\uFEFF')).toBe('3 B');
		expect(formatFileSize('あ'.repeat(1024))).toBe('3.0 KB');
	});

	it('lists the ranks a ranked list is missing, and the lists without ranks', () => {
		const gap: Edition = {
			...editions[1]!,
			edition: 2016,
			individual: list(
				true,
				[1, 2, 3, 4, 5, 6, 7, 8, 10].map((rank) => ({ rank, threat: `t${rank}`, title: 'T' })),
			),
		};
		expect(rankGaps([gap]).filter((g) => g.list === 'individual')).toEqual([{ edition: 2016, list: 'individual', missing: [9] }]);
		expect(unrankedLists(editions)).toEqual([{ edition: 2025, list: 'individual' }]);
	});

	it('suggests citations naming the site, the editions and IPA', () => {
		const { ja, en } = citationsOf(editions, 'Mamori', 'https://mamori.example.jp/data/');
		expect(ja).toMatch(/^Mamori「情報セキュリティ10大脅威 順位データ（2024〜2025年版）」（出典：IPA「情報セキュリティ10大脅威」）/);
		expect(en).toMatch(/^Mamori\. .*2024–2025 editions.*Source: IPA .*情報セキュリティ10大脅威.*https:\/\/mamori\.example\.jp\/data\//);
	});
});
