import { describe, expect, it } from 'vitest';
import { answersCsv, exportSummary } from '../../../src/lib/self-check/report.ts';
import { decodeExport, encodeExport, type ProblemWords } from '../../../src/lib/self-check/saved.ts';
import type { Answers } from '../../../src/lib/self-check/types.ts';
import { ITEMS } from './items.ts';
import { jaSay } from './say.ts';

const all = (a: NonNullable<Answers[number]>): Answers => Object.fromEntries(ITEMS.map((i) => [i.number, a]));

describe('answers CSV', () => {
	const items = ITEMS.map((i) => ({ ...i, topic: i.number === 3 ? 'パスワード, "強化"' : `項目${i.number}` }));
	const labels = { basic: 'Part1', employee: 'Part2', organization: 'Part3' };

	it('has a row per item, part subtotals and the total, with unanswered items marked and the check date on every row', () => {
		const csv = answersCsv(items, { 1: 'yes', 2: 'unknown', 3: 'partial' }, labels, '2026-11-22', jaSay.report);
		expect(csv.startsWith('\uFEFFNo,パート,項目,回答,点数,診断日\r\n')).toBe(true);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(1 + 25 + 3 + 1);
		expect(lines[1]).toBe('1,Part1,項目1,実施している,4,2026-11-22');
		expect(lines[2]).toBe('2,Part1,項目2,わからない,-1,2026-11-22');
		expect(lines[3]).toBe('3,Part1,"パスワード, ""強化""",一部実施している,2,2026-11-22');
		expect(lines[4]).toBe('4,Part1,項目4,未回答,,2026-11-22');
		expect(lines[26]).toBe(',Part1,小計,3/5問回答,5,2026-11-22');
		expect(lines.at(-1)).toBe(',,合計（100点満点）,3/25問回答,5,2026-11-22');
	});

	it('is one RFC 4180 table: every record has the header’s six fields and ends in CRLF', () => {
		const csv = answersCsv(items, all('partial'), labels, '2026-01-05', jaSay.report);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
		// Count commas outside quoted fields: the quoted topic of No.3 holds one.
		const fields = (line: string) => line.replace(/"(?:[^"]|"")*"/g, 'q').split(',').length;
		for (const line of csv.slice(1).trimEnd().split('\r\n')) expect(fields(line), line).toBe(6);
	});

	it('names the band once every item is answered', () => {
		expect(answersCsv(items, all('yes'), labels, '2026-11-22', jaSay.report).trimEnd().split('\r\n').at(-1)).toBe(',,合計（100点満点）,入門レベルの対策はできている,100,2026-11-22');
	});
});

describe('export summary', () => {
	it('gives the score, the maximum, how many were answered and the band of a complete check', () => {
		const answers = { ...all('yes'), 1: 'no', 10: 'partial', 20: 'unknown' } as Answers;
		expect(exportSummary(ITEMS, answers, jaSay.report)).toMatchObject({ score: 89, max: 100, answered: 25, band: 'おおむねできているが、一部が足りない' });
	});

	it('gives no band for an unfinished check, whose score counts only the answered items', () => {
		expect(exportSummary(ITEMS, { 1: 'yes', 2: 'unknown' }, jaSay.report)).toMatchObject({ score: 3, max: 100, answered: 2, band: null });
	});

	it('tells a person opening the file that the summary is not read back', () => {
		const summary = exportSummary(ITEMS, { 1: 'yes' }, jaSay.report);
		expect(summary.note).toMatch(/answers と history だけを使い、点数は計算し直します/);
		// An edited summary changes nothing on import.
		const text = encodeExport({ answers: { 1: 'yes' }, history: [] }, new Date(0), { ...summary, score: 100 });
		expect(decodeExport(text, {} as ProblemWords)).toEqual({ ok: true, state: { answers: { 1: 'yes' }, history: [] } });
	});
});
