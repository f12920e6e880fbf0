import { describe, expect, it } from 'vitest';
import { compareResults, compareWithHistory, HISTORY_LIMIT, keepResult, localDate, sameAnswers } from '../../../src/lib/self-check/history.ts';
import * as saved from '../../../src/lib/self-check/saved.ts';
import { encodeExport, encodeSaved, MAX_CHARS, MAX_IMPORT_BYTES, type Decoded } from '../../../src/lib/self-check/saved.ts';
import { ANSWERS, type Answers, type SavedState } from '../../../src/lib/self-check/types.ts';
import { ITEMS, random } from './items.ts';
import { jaSay } from './say.ts';

// The Japanese page's problem words, as it passes them: from the dictionary.
const JA = jaSay.problems;
const decodeSaved = (raw: string | null) => saved.decodeSaved(raw, JA);
const decodeExport = (text: string) => saved.decodeExport(text, JA);
const decodeImportFile = (file: Parameters<typeof saved.decodeImportFile>[0]) => saved.decodeImportFile(file, JA);

function randomAnswers(rnd: () => number): Answers {
	const answers: Answers = {};
	for (let n = 1; n <= 25; n++) if (rnd() < 0.8) answers[n] = ANSWERS[Math.floor(rnd() * 4)]!;
	return answers;
}

const STATE: SavedState = {
	answers: { 1: 'yes', 2: 'partial', 10: 'unknown' },
	history: [
		{ date: '2026-05-01', answers: { 1: 'no' } },
		{ date: '2026-11-01', answers: { 1: 'yes', 2: 'no' } },
	],
};

/** A decoded value is either a state whose every answer is valid, or a list of readable problems. */
function expectWellFormed(d: Decoded) {
	if (d.ok) {
		for (const answers of [d.state.answers, ...d.state.history.map((h) => h.answers)]) {
			for (const [k, v] of Object.entries(answers)) {
				expect(Number(k)).toBeGreaterThanOrEqual(1);
				expect(Number(k)).toBeLessThanOrEqual(25);
				expect(ANSWERS).toContain(v);
			}
		}
	} else {
		expect(d.problems.length).toBeGreaterThan(0);
		expect(d.problems.length).toBeLessThanOrEqual(11);
		for (const p of d.problems) expect(p.length).toBeLessThan(200);
	}
}

describe('saved state', () => {
	it('reads back what it wrote', () => {
		expect(decodeSaved(encodeSaved(STATE))).toEqual({ ok: true, state: STATE });
	});

	it('treats nothing saved as an empty state, not an error', () => {
		expect(decodeSaved(null)).toEqual({ ok: true, state: { answers: {}, history: [] } });
	});

	it.each([
		['truncated JSON', encodeSaved(STATE).slice(0, 30), /JSONとして読めません/],
		['empty string', '', /JSONとして読めません/],
		['not an object', '[1,2,3]', /^全体: オブジェクトではありません/],
		['null', 'null', /^全体: オブジェクトではありません/],
		['unknown version', '{"v":2,"answers":{}}', /^v: 版 2 には対応していません/],
		['missing version', '{"answers":{}}', /^v: 版 undefined には/],
		['answers of the wrong type', '{"v":1,"answers":["yes"]}', /^answers: 番号と回答の組/],
		['item number out of range', '{"v":1,"answers":{"26":"yes"}}', /^answers\."26": 1〜25の設問番号ではありません/],
		['item number with a leading zero', '{"v":1,"answers":{"01":"yes"}}', /^answers\."01": /],
		['answer of the wrong type', '{"v":1,"answers":{"3":4}}', /^answers\.3: 4 は回答として使えません/],
		['unknown answer word', '{"v":1,"answers":{"3":"maybe"}}', /^answers\.3: "maybe" は回答として使えません/],
		['history not a list', '{"v":1,"answers":{},"history":{}}', /^history: 記録の配列ではありません/],
		['impossible date', '{"v":1,"answers":{},"history":[{"date":"2026-02-30","answers":{}}]}', /^history\[0\]\.date: YYYY-MM-DD/],
		['duplicate date', '{"v":1,"answers":{},"history":[{"date":"2026-01-01","answers":{}},{"date":"2026-01-01","answers":{}}]}', /^history\[1\]\.date: 2026-01-01 の記録が2つあります/],
		['oversized value', `{"v":1,"answers":{},"pad":"${'x'.repeat(MAX_CHARS)}"}`, /^全体: 大きすぎます/],
	])('reports %s, naming the field', (_name, raw, message) => {
		const d = decodeSaved(raw);
		expect(d.ok).toBe(false);
		if (!d.ok) expect(d.problems[0]).toMatch(message);
	});

	it('keeps hostile strings short and inert, and never pollutes prototypes', () => {
		const raw = `{"v":1,"answers":{"__proto__":{"polluted":"yes"},"constructor":"yes","<img src=x onerror=alert(1)>${'A'.repeat(500)}":"yes"}}`;
		const d = decodeSaved(raw);
		expect(d.ok).toBe(false);
		if (!d.ok) {
			expect(d.problems).toHaveLength(3);
			for (const p of d.problems) expect(p.length).toBeLessThan(120);
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('lists at most ten problems and counts the rest', () => {
		const answers = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [String(i + 1), 'bad']));
		const d = decodeSaved(JSON.stringify({ v: 1, answers }));
		expect(d.ok).toBe(false);
		if (!d.ok) {
			expect(d.problems).toHaveLength(11);
			expect(d.problems.at(-1)).toBe('ほかに20件の問題があります');
		}
	});

	it('refuses more kept results than the limit', () => {
		const history = Array.from({ length: HISTORY_LIMIT + 1 }, (_, i) => ({ date: localDate(new Date(2020, 0, 1 + i)), answers: {} }));
		const d = decodeSaved(JSON.stringify({ v: 1, answers: {}, history }));
		expect(d.ok).toBe(false);
	});

	it('survives fuzzed damage: random cuts, insertions and replacements never throw', () => {
		const rnd = random(20261122);
		const alphabet = '{}[]":,0123456789-vanswerhistoryyespartialnounknowndate \\u00';
		for (let run = 0; run < 2000; run++) {
			let text = encodeSaved({ answers: randomAnswers(rnd), history: [{ date: '2026-01-02', answers: randomAnswers(rnd) }] });
			const edits = 1 + Math.floor(rnd() * 4);
			for (let e = 0; e < edits; e++) {
				const at = Math.floor(rnd() * (text.length + 1));
				const ch = alphabet[Math.floor(rnd() * alphabet.length)]!;
				const op = Math.floor(rnd() * 3);
				text = op === 0 ? text.slice(0, at) + text.slice(at + 1) : op === 1 ? text.slice(0, at) + ch + text.slice(at) : text.slice(0, at) + ch + text.slice(at + 1);
			}
			expectWellFormed(decodeSaved(text));
		}
	});

	it('survives random JSON values of every type', () => {
		const rnd = random(7);
		const value = (depth: number): unknown => {
			const k = Math.floor(rnd() * (depth > 2 ? 5 : 7));
			if (k === 0) return null;
			if (k === 1) return rnd() < 0.5;
			if (k === 2) return Math.floor(rnd() * 60) - 10;
			if (k === 3) return ANSWERS[Math.floor(rnd() * 4)];
			if (k === 4) return '\u0000\u202e<script>'.slice(0, Math.floor(rnd() * 10));
			if (k === 5) return Array.from({ length: Math.floor(rnd() * 4) }, () => value(depth + 1));
			return Object.fromEntries(Array.from({ length: Math.floor(rnd() * 5) }, () => [String(Math.floor(rnd() * 30)), value(depth + 1)]));
		};
		for (let run = 0; run < 2000; run++) {
			const v = { v: rnd() < 0.9 ? 1 : value(3), answers: value(1), history: rnd() < 0.5 ? undefined : [{ date: '2026-03-04', answers: value(1) }, value(2)] };
			expectWellFormed(decodeSaved(JSON.stringify(v)));
		}
	});
});

describe('exported file', () => {
	it('round-trips through a file, byte order mark or not', () => {
		const text = encodeExport(STATE, new Date('2026-11-22T03:00:00Z'), { score: 7 });
		expect(JSON.parse(text)).toMatchObject({ format: 'mamori-self-check', v: 1, exported: '2026-11-22T03:00:00.000Z', summary: { score: 7 } });
		expect(decodeExport(text)).toEqual({ ok: true, state: STATE });
		expect(decodeExport(`\uFEFF${text}`)).toEqual({ ok: true, state: STATE });
	});

	it('refuses a JSON file that is not a Mamori export, even if it looks like saved state', () => {
		const d = decodeExport(encodeSaved(STATE));
		expect(d).toEqual({ ok: false, problems: ['format: Mamoriの自社診断を書き出したファイルではありません（format: undefined）'] });
	});
});

describe('exported file, fuzzed', () => {
	const EXPORT = encodeExport(STATE, new Date('2026-11-22T03:00:00Z'), { score: 7, band: null });
	const exportOf = (fields: Record<string, unknown>) => JSON.stringify({ format: 'mamori-self-check', v: 1, answers: {}, ...fields });

	it('refuses every truncation of an export, with a readable problem', () => {
		for (let cut = 0; cut < EXPORT.trimEnd().length; cut++) {
			const d = decodeExport(EXPORT.slice(0, cut));
			expect(d.ok, `cut at ${cut}`).toBe(false);
			expectWellFormed(d);
		}
	});

	it.each([
		['format of the wrong type', exportOf({ format: 1 }), /^format: Mamoriの自社診断を書き出したファイルではありません（format: 1）/],
		['version as text', exportOf({ v: '1' }), /^v: 版 "1" には対応していません/],
		['a newer version', exportOf({ v: 2 }), /^v: 版 2 には対応していません（対応しているのは 1）/],
		['no version', JSON.stringify({ format: 'mamori-self-check', answers: {} }), /^v: 版 undefined には/],
		['answers as a list', exportOf({ answers: ['yes'] }), /^answers: 番号と回答の組/],
		['answers as text', exportOf({ answers: 'yes' }), /^answers: 番号と回答の組/],
		['an answer as a number', exportOf({ answers: { 5: 4 } }), /^answers\.5: 4 は回答として使えません/],
		['history as text', exportOf({ history: '2026-01-01' }), /^history: 記録の配列ではありません/],
		['a kept result without a date', exportOf({ history: [{ answers: {} }] }), /^history\[0\]\.date: YYYY-MM-DD/],
		['a kept result that is a number', exportOf({ history: [7] }), /^history\[0\]: 記録（オブジェクト）ではありません/],
		['a top level list', '[{"format":"mamori-self-check"}]', /^全体: オブジェクトではありません/],
		[
			'more kept results than the limit',
			exportOf({ history: Array.from({ length: HISTORY_LIMIT + 1 }, (_, i) => ({ date: localDate(new Date(2020, 0, 1 + i)), answers: {} })) }),
			/^history: 記録が101件あります/,
		],
		['more characters than the limit', exportOf({ summary: 'x'.repeat(MAX_CHARS) }), /^全体: 大きすぎます（200,\d{3}文字。200,000文字まで）/],
	])('refuses %s, naming the field', (_name, text, message) => {
		const d = decodeExport(text);
		expect(d.ok).toBe(false);
		if (!d.ok) expect(d.problems[0]).toMatch(message);
	});

	it('ignores the summary, which people may edit: the answers are read and scores recomputed', () => {
		expect(decodeExport(exportOf({ summary: { score: 'many', band: ['x'] }, answers: { 1: 'yes' } }))).toEqual({ ok: true, state: { answers: { 1: 'yes' }, history: [] } });
	});

	it('keeps hostile strings short and inert, and never pollutes prototypes', () => {
		const hostile = `<img src=x onerror=alert(1)>\u202e${'A'.repeat(5000)}`;
		for (const text of [
			exportOf({ format: hostile }),
			exportOf({ answers: { [hostile]: 'yes', 3: hostile } }),
			exportOf({ history: [{ date: hostile, answers: {} }] }),
			`{"format":"mamori-self-check","v":1,"answers":{"__proto__":{"polluted":"yes"},"constructor":"yes"},"history":[{"date":"2026-01-01","answers":{"__proto__":"yes"}}]}`,
		]) {
			const d = decodeExport(text);
			expect(d.ok).toBe(false);
			if (!d.ok) for (const p of d.problems) expect(p.length).toBeLessThan(120);
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
	});

	it('survives fuzzed damage to an export: random cuts, insertions and replacements never throw', () => {
		const rnd = random(20261201);
		const alphabet = '{}[]":,0123456789-vformatmamoriselfcheckanswershistoryyespartialnounknowndate \\u00\uFEFF';
		for (let run = 0; run < 2000; run++) {
			let text = encodeExport({ answers: randomAnswers(rnd), history: [{ date: '2026-01-02', answers: randomAnswers(rnd) }] }, new Date(0), { score: 1 });
			const edits = 1 + Math.floor(rnd() * 4);
			for (let e = 0; e < edits; e++) {
				const at = Math.floor(rnd() * (text.length + 1));
				const ch = alphabet[Math.floor(rnd() * alphabet.length)]!;
				const op = Math.floor(rnd() * 3);
				text = op === 0 ? text.slice(0, at) + text.slice(at + 1) : op === 1 ? text.slice(0, at) + ch + text.slice(at) : text.slice(0, at) + ch + text.slice(at + 1);
			}
			expectWellFormed(decodeExport(text));
		}
	});
});

describe('import file', () => {
	/** A stand-in for a File: its size, and its text unless reading must not happen. */
	const fileOf = (text: string, size = new TextEncoder().encode(text).length) => ({ size, text: () => Promise.resolve(text) });

	it('reads an export file back', async () => {
		expect(await decodeImportFile(fileOf(encodeExport(STATE, new Date(0), {})))).toEqual({ ok: true, state: STATE });
	});

	it('refuses a file over the byte limit without reading it', async () => {
		const unread = { size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) };
		expect(await decodeImportFile(unread)).toEqual({ ok: false, problems: ['全体: ファイルが大きすぎます（800,001バイト。800,000バイトまで）'] });
	});

	it('reads a file at the byte limit, then refuses it for its characters', async () => {
		const text = exportOf(MAX_IMPORT_BYTES - 60);
		const d = await decodeImportFile(fileOf(text));
		expect(d.ok).toBe(false);
		if (!d.ok) expect(d.problems[0]).toMatch(/^全体: 大きすぎます/);
		function exportOf(pad: number) {
			return JSON.stringify({ format: 'mamori-self-check', v: 1, answers: {}, pad: 'x'.repeat(pad) });
		}
	});

	it('reports a file that cannot be read instead of throwing', async () => {
		expect(await decodeImportFile({ size: 10, text: () => Promise.reject(new Error('NotReadableError')) })).toEqual({ ok: false, problems: ['全体: ファイルを読み込めませんでした'] });
	});

	it('never refuses a valid export for its size: the largest one is far below the byte limit', async () => {
		const full = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [i + 1, 'unknown'])) as Answers;
		const history = Array.from({ length: HISTORY_LIMIT }, (_, i) => ({ date: localDate(new Date(2020, 0, 1 + i)), answers: full }));
		const text = encodeExport({ answers: full, history }, new Date(0), { note: 'あ'.repeat(200) });
		expect(new TextEncoder().encode(text).length).toBeLessThan(MAX_IMPORT_BYTES / 4);
		expect((await decodeImportFile(fileOf(text))).ok).toBe(true);
	});
});

describe('history', () => {
	it('keeps one result per day, oldest first, replacing a second check on the same day', () => {
		let h = keepResult([], '2026-11-22', { 1: 'no' });
		h = keepResult(h, '2026-05-01', { 1: 'partial' });
		h = keepResult(h, '2026-11-22', { 1: 'yes' });
		expect(h).toEqual([
			{ date: '2026-05-01', answers: { 1: 'partial' } },
			{ date: '2026-11-22', answers: { 1: 'yes' } },
		]);
	});

	it('drops the oldest results beyond the limit', () => {
		let h = keepResult([], '2000-01-01', {});
		for (let i = 1; i <= HISTORY_LIMIT; i++) h = keepResult(h, localDate(new Date(2001, 0, i)), {});
		expect(h).toHaveLength(HISTORY_LIMIT);
		expect(h[0]!.date).toBe('2001-01-01');
	});

	it('says which answers improved or slipped and how each part moved', () => {
		const before: Answers = { 1: 'no', 2: 'yes', 6: 'unknown', 20: 'partial' };
		const after: Answers = { 1: 'yes', 2: 'partial', 6: 'no', 20: 'partial' };
		const c = compareResults(ITEMS, before, after);
		expect(c.total).toEqual({ before: 5, after: 8 });
		expect(c.parts).toEqual([
			{ part: 'basic', before: 4, after: 6 },
			{ part: 'employee', before: -1, after: 0 },
			{ part: 'organization', before: 2, after: 2 },
		]);
		expect(c.improved).toEqual([
			{ number: 1, from: 'no', to: 'yes' },
			{ number: 6, from: 'unknown', to: 'no' },
		]);
		expect(c.slipped).toEqual([{ number: 2, from: 'yes', to: 'partial' }]);
	});

	it('does not call an item answered only once improved or slipped (unanswered → わからない is not a slip)', () => {
		const c = compareResults(ITEMS, { 2: 'yes', 3: 'no' }, { 1: 'unknown', 2: 'yes', 4: 'yes' });
		expect(c.improved).toEqual([]);
		expect(c.slipped).toEqual([]);
		// The totals still count every answer: −1 for the わからない, −0 for the dropped 実施していない.
		expect(c.total).toEqual({ before: 4, after: 7 });
	});
});

describe('what the result compares', () => {
	const all = (a: Answers[number]): Answers => Object.fromEntries(ITEMS.map((i) => [i.number, a]));
	const JAN = { date: '2026-01-15', answers: { ...all('yes'), 1: 'no', 20: 'unknown' } as Answers };
	const MAY = { date: '2026-05-01', answers: { ...all('yes'), 2: 'partial', 21: 'no' } as Answers };

	it('compares the latest kept result with the one before it when the answers are that result, as for a returning reader', () => {
		const r = compareWithHistory(ITEMS, [JAN, MAY], { ...MAY.answers }, '2026-11-22');
		expect(r?.before.date).toBe('2026-01-15');
		expect(r?.after?.date).toBe('2026-05-01');
		expect(r?.comparison.total).toEqual({ before: 91, after: 94 });
		expect(r?.comparison.parts).toEqual([
			{ part: 'basic', before: 16, after: 18 },
			{ part: 'employee', before: 52, after: 52 },
			{ part: 'organization', before: 23, after: 24 },
		]);
		expect(r?.comparison.improved).toEqual([
			{ number: 1, from: 'no', to: 'yes' },
			{ number: 20, from: 'unknown', to: 'yes' },
		]);
		expect(r?.comparison.slipped).toEqual([
			{ number: 2, from: 'yes', to: 'partial' },
			{ number: 21, from: 'yes', to: 'no' },
		]);
	});

	it('compares changed answers with the latest result kept before today', () => {
		const today = { date: '2026-11-22', answers: MAY.answers };
		const r = compareWithHistory(ITEMS, [JAN, MAY, today], { ...MAY.answers, 21: 'yes' }, '2026-11-22');
		expect(r?.before.date).toBe('2026-05-01');
		expect(r?.after).toBeUndefined();
		expect(r?.comparison.improved).toEqual([{ number: 21, from: 'no', to: 'yes' }]);
	});

	it('compares a result kept today with the one before it', () => {
		const r = compareWithHistory(ITEMS, [JAN, { date: '2026-11-22', answers: MAY.answers }], { ...MAY.answers }, '2026-11-22');
		expect(r?.before.date).toBe('2026-01-15');
		expect(r?.after?.date).toBe('2026-11-22');
	});

	it('has nothing to compare with one kept result and the same answers, no answers, or no history', () => {
		expect(compareWithHistory(ITEMS, [MAY], { ...MAY.answers }, '2026-11-22')).toBeUndefined();
		expect(compareWithHistory(ITEMS, [JAN, MAY], {}, '2026-11-22')).toBeUndefined();
		expect(compareWithHistory(ITEMS, [], { 1: 'yes' }, '2026-11-22')).toBeUndefined();
	});

	it('treats answers as the same only when every item has the same answer', () => {
		expect(sameAnswers({ 1: 'yes', 2: 'no' }, { 2: 'no', 1: 'yes' })).toBe(true);
		expect(sameAnswers({ 1: 'yes', 2: 'no' }, { 1: 'yes' })).toBe(false);
		expect(sameAnswers({ 1: 'yes' }, { 1: 'unknown' })).toBe(false);
	});
});
