import { describe, expect, it } from 'vitest';
import { GUIDELINE_SECTIONS, guidelineSectionOf } from '../../src/lib/content/guideline-sections.ts';
import { SelfCheckItemSchema } from '../../src/schemas/self-check.ts';

describe('guideline sections', () => {
	it('links a Part1 item to its 5か条 rule', () => {
		expect(guidelineSectionOf({ basicRule: 3 })).toEqual({ href: '/guideline/#rule-3', label: 'ガイドライン：5か条の3' });
	});

	it('links another item to the section it names', () => {
		expect(guidelineSectionOf({ guideline: 'action-5' }).href).toBe('/guideline/executives/#5-緊急時の対応や復旧のための体制を整備する');
	});

	it('names a section by its number and its topic, in the dictionary’s words', () => {
		expect(guidelineSectionOf({ guideline: 'principle-1' }).label).toBe('ガイドライン：経営者の3原則の1（経営者のリーダーシップ）');
		expect(guidelineSectionOf({ guideline: 'action-6' }).label).toBe('ガイドライン：重要7項目の6（委託や外部サービスの責任）');
		expect(guidelineSectionOf({ guideline: 'step-up-3' }).label).toBe('ガイドライン：実践編の段階3（本格的に取り組む）');
		expect(guidelineSectionOf({}).label).toBe('ガイドライン：段階的な進め方');
	});

	it('falls back to the step-up page for an item that names no section', () => {
		expect(guidelineSectionOf({}).href).toBe('/guideline/step-up/');
	});

	it('points every section at a guideline page with a fragment and a label naming the guideline', () => {
		for (const s of Object.values(GUIDELINE_SECTIONS)) {
			expect(s.href).toMatch(/^\/guideline\/([a-z-]+\/)?#.+$/);
			expect(s.label).toMatch(/^ガイドライン：/);
		}
	});

	it('rejects an unknown section key in an item, listing the keys that exist', () => {
		const item = {
			reviewed: '2026-11-22',
			number: 6,
			part: 'employee',
			topic: 't',
			question: '0123456789',
			why: '0123456789',
			how: '0123456789',
			actor: 'everyone',
			guideline: 'action-8',
			sources: [{ title: 't', publisher: 'p', date: '2026', url: 'https://example.org/' }],
		};
		const r = SelfCheckItemSchema.safeParse(item);
		expect(r.success).toBe(false);
		expect(r.error?.issues[0]?.message).toMatch(/^"action-8" is not a guideline section: use one of rule-1, .*action-7/);
		expect(SelfCheckItemSchema.safeParse({ ...item, guideline: 'action-7' }).success).toBe(true);
	});
});
