import { describe, expect, it } from 'vitest';
import { englishGuidelineSectionOf, guidelineSectionOf } from '../../../src/lib/content/guideline-sections.ts';
import { answersCsv, exportSummary } from '../../../src/lib/self-check/report.ts';
import { decodeExport, decodeSaved } from '../../../src/lib/self-check/saved.ts';
import { BANDS } from '../../../src/lib/self-check/scoring.ts';
import { ITEMS } from './items.ts';
import { enSay, jaSay } from './say.ts';
import { statusPieces } from '../../../src/islands/self-check/words.ts';

// The self-check island speaks the language of the words its page passes (selfCheck.* of the dictionary).

describe('the self-check island’s words', () => {
	it('writes points with a true minus sign, singular for one, and signs a change', () => {
		expect([4, 2, 0, -1].map((n) => jaSay.points(n))).toEqual(['4点', '2点', '0点', '−1点']);
		expect([4, 1, 0, -1].map((n) => enSay.points(n))).toEqual(['4 points', '1 point', '0 points', '−1 point']);
		expect([8, 0, -3].map((n) => enSay.points(n, true))).toEqual(['+8 points', '±0 points', '−3 points']);
	});

	it('names every band, answer, part and actor in both languages', () => {
		for (const b of BANDS) {
			expect(Object.values(jaSay.band(b)).join(' ')).toMatch(/点/);
			expect(Object.values(enSay.band(b)).join(' ')).toMatch(/^[\x20-\x7e–]+$/);
		}
		expect(['yes', 'partial', 'no', 'unknown'].map((a) => enSay.answer(a as 'yes'))).toEqual(['Done', 'Partly done', 'Not done', "Don't know"]);
		expect(enSay.part('employee')).toBe('Part 2: Measures for employees');
		expect(enSay.actor('owner')).toBe('the owner');
	});

	it('writes the CSV and export summary in English for the English page, and in Japanese for the Japanese page', () => {
		const items = ITEMS.map((i) => ({ ...i, topic: `Item ${i.number}` }));
		const parts = { basic: enSay.part('basic'), employee: enSay.part('employee'), organization: enSay.part('organization') };
		const lines = answersCsv(items, { 1: 'yes', 2: 'unknown' }, parts, '2026-12-06', enSay.report).slice(1).trimEnd().split('\r\n');
		expect(lines[0]).toBe('No.,Part,Item,Answer,Points,Date of the check');
		expect(lines[2]).toBe("2,Part 1: Basic measures,Item 2,Don't know,-1,2026-12-06");
		expect(lines[3]).toBe('3,Part 1: Basic measures,Item 3,Not answered,,2026-12-06');
		expect(lines.at(-1)).toBe(',,Total (out of 100),2/25 answered,3,2026-12-06');
		const all = Object.fromEntries(ITEMS.map((i) => [i.number, 'yes' as const]));
		expect(exportSummary(ITEMS, all, enSay.report)).toMatchObject({ score: 100, band: 'The entry-level measures are in place' });
		expect(exportSummary(ITEMS, all, jaSay.report)).toMatchObject({ score: 100, band: '入門レベルの対策はできている' });
	});
});

describe('the decoder’s problems in the page’s language', () => {
	it('explains bad saved data in Japanese on the Japanese page, from the dictionary', () => {
		expect(decodeSaved('{"v":9}', jaSay.problems)).toEqual({ ok: false, problems: ['v: 版 9 には対応していません（対応しているのは 1）'] });
		expect(Object.keys(jaSay.problems).sort()).toEqual(Object.keys(enSay.problems).sort());
		expect(Object.keys(jaSay.problems)).toHaveLength(17);
	});

	it('explains bad saved data and a wrong import file in English on the English page', () => {
		expect(decodeSaved('{"v":9}', enSay.problems)).toEqual({ ok: false, problems: ['v: version 9 is not supported (this page reads version 1)'] });
		expect(decodeSaved('{"v":1,"answers":{"30":"yes","2":"sometimes"}}', enSay.problems)).toEqual({
			ok: false,
			problems: ['answers.2: "sometimes" is not an answer (use one of yes, partial, no, unknown)', 'answers."30": not a question number from 1 to 25'],
		});
		expect(decodeExport('{"name":"x"}', enSay.problems)).toEqual({ ok: false, problems: ['format: not a file exported from the Mamori self-check (format: undefined)'] });
		for (const p of [...Object.values(enSay.problems)]) expect(p).toMatch(/^[\x20-\x7e]+$/);
	});
});

describe('englishGuidelineSectionOf', () => {
	it('links the 5 basic rules and the owner’s principles and actions to the English pages', () => {
		expect(englishGuidelineSectionOf({ basicRule: 3 })).toEqual({ href: '/en/guideline/#rule-3', label: 'Guideline: basic rule 3' });
		expect(englishGuidelineSectionOf({ guideline: 'rule-5' })).toEqual({ href: '/en/guideline/#rule-5', label: 'Guideline: basic rule 5' });
		expect(englishGuidelineSectionOf({ guideline: 'principle-2' })).toEqual({ href: '/en/guideline/executives/#principles', label: "Guideline: the owner's principle 2" });
		expect(englishGuidelineSectionOf({ guideline: 'action-6' })).toEqual({ href: '/en/guideline/executives/#actions', label: 'Guideline: important action 6' });
	});

	it('links the step-up path, which has no English page, to the Japanese one and says so', () => {
		const s = englishGuidelineSectionOf({ guideline: 'step-up-2' });
		expect(s).toEqual({ href: guidelineSectionOf({ guideline: 'step-up-2' }).href, label: 'Guideline: step-up stage 2 (in Japanese)', hreflang: 'ja' });
		expect(englishGuidelineSectionOf({}).hreflang).toBe('ja');
	});
});

describe('the status line before the script', () => {
	it('gives the stylesheet the words around its three counters, in either language', () => {
		expect(jaSay.statusPieces).toEqual(['回答 ', '/', '問・いまの合計 ', '点']);
		expect(enSay.statusPieces).toEqual(['Answered ', '/', ' · total so far ', ' points']);
	});

	it('refuses a status whose numbers come in another order than the counters are drawn', () => {
		expect(() => statusPieces('{score}点・回答 {answered}/{count}問')).toThrow(/in that order/);
		expect(() => statusPieces('回答 {answered}問')).toThrow(/in that order/);
	});
});
