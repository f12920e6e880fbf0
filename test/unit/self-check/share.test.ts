import { describe, expect, it } from 'vitest';
import { answersCsv } from '../../../src/lib/self-check/report.ts';
import { decodeShare, encodeShare } from '../../../src/lib/self-check/share.ts';
import { ANSWERS, type Answers } from '../../../src/lib/self-check/types.ts';
import { ITEMS, random } from './items.ts';

describe('share link', () => {
	it('round-trips random answers, unanswered items included', () => {
		const rnd = random(42);
		for (let run = 0; run < 500; run++) {
			const answers: Answers = {};
			for (let n = 1; n <= 25; n++) if (rnd() < 0.7) answers[n] = ANSWERS[Math.floor(rnd() * 4)]!;
			const fragment = encodeShare(answers);
			expect(fragment).toMatch(/^share=1-[0-4]{25}$/);
			expect(decodeShare(`#${fragment}`)).toEqual({ kind: 'ok', answers });
		}
	});

	it('encodes answers in sheet order, one digit per item', () => {
		expect(encodeShare({ 1: 'yes', 2: 'partial', 3: 'no', 4: 'unknown', 25: 'yes' })).toBe('share=1-1234000000000000000000001');
	});

	it.each(['', '#', '#item-5', '#checklist', '#sharex'])('ignores the unrelated fragment %j', (hash) => {
		expect(decodeShare(hash)).toEqual({ kind: 'none' });
	});

	it.each([
		['#share=1-123', /途中で切れて/],
		['#share=1-12340000000000000000000015', /途中で切れて/],
		['#share=2-1234000000000000000000001', /読めない形式/],
		['#share=1-123400000000000000000000x', /使えない文字/],
		['#share=1-1234000000000000000000005', /使えない文字/],
		['#share=', /読めない形式/],
		['#share=1-1234-000000000000000000001', /読めない形式/],
	])('reports the broken share %s', (hash, reason) => {
		const d = decodeShare(hash);
		expect(d.kind).toBe('bad');
		if (d.kind === 'bad') expect(d.reason).toMatch(reason);
	});

	it('never throws on random fragments', () => {
		const rnd = random(99);
		for (let run = 0; run < 2000; run++) {
			const len = Math.floor(rnd() * 40);
			const s = Array.from({ length: len }, () => String.fromCharCode(Math.floor(rnd() * 0x3100))).join('');
			const d = decodeShare(`#share=${rnd() < 0.5 ? '1-' : ''}${s}`);
			expect(['ok', 'bad']).toContain(d.kind);
		}
	});
});

describe('answers CSV', () => {
	const items = ITEMS.map((i) => ({ ...i, topic: i.number === 3 ? 'パスワード, "強化"' : `項目${i.number}` }));
	const labels = { basic: 'Part1', employee: 'Part2', organization: 'Part3' };

	it('has a row per item, part subtotals and the total, with unanswered items marked', () => {
		const csv = answersCsv(items, { 1: 'yes', 2: 'unknown', 3: 'partial' }, labels);
		expect(csv.startsWith('\uFEFFNo,パート,項目,回答,点数\r\n')).toBe(true);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(1 + 25 + 3 + 1);
		expect(lines[1]).toBe('1,Part1,項目1,実施している,4');
		expect(lines[2]).toBe('2,Part1,項目2,わからない,-1');
		expect(lines[3]).toBe('3,Part1,"パスワード, ""強化""",一部実施している,2');
		expect(lines[4]).toBe('4,Part1,項目4,未回答,');
		expect(lines[26]).toBe(',Part1,小計,3/5問回答,5');
		expect(lines.at(-1)).toBe(',,合計（100点満点）,3/25問回答,5');
	});

	it('names the band once every item is answered', () => {
		const all = Object.fromEntries(ITEMS.map((i) => [i.number, 'yes'])) as Answers;
		expect(answersCsv(items, all, labels).trimEnd().split('\r\n').at(-1)).toBe(',,合計（100点満点）,入門レベルの対策はできている,100');
	});
});
