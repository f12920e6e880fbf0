import { describe, expect, it } from 'vitest';
import { checkEnglishPairs, type PairInput } from '../../src/lib/content/english-pairs.ts';

const entry = <T>(dir: string, id: string, data: T) => ({ file: `content/${dir}/${id}.yaml`, id, data });
const situation = { firstHour: [1, 2, 3], dont: [1], keep: [1, 2], contacts: [{ id: 'ipa' }, { id: 'police' }], duty: { text: 'x' } };
const parts = ['相談窓口', '異常の監視', '駆けつけ支援', '簡易サイバー保険'].map((original) => ({ original }));

/** A Japanese side and a faithful English side, with `change` applied to the input. */
function input(change: (i: PairInput) => void = () => {}): PairInput {
	const i: PairInput = {
		helpSituations: [entry('help-situations', 'opened', situation)],
		enHelpSituations: [entry('en/help-situations', 'opened', { ...situation })],
		help: [entry('help', 'police', { does: [1, 2], doesNot: [], phones: [1, 2], unconfirmed: 'x' })],
		enHelp: [entry('en/help', 'police', { does: [1, 2], doesNot: [], phoneLabels: [1, 2], unconfirmed: 'x' })],
		basicRules: [entry('guideline/basic-rules', '1', { number: 1, steps: [1, 2, 3], done: [1, 2] })],
		enBasicRules: [entry('en/guideline/basic-rules', '1', { steps: [1, 2, 3], done: [1, 2] })],
		otasuketaiService: [
			entry('otasuketai-service', 'standard', {
				priceCeilings: [
					{ class: '1類', type: 'A' },
					{ class: '2類', type: 'B' },
				],
			}),
		],
		enOtasuketaiService: [entry('en/otasuketai-service', 'standard', { ceilingTypes: [{ type: 'A' }], parts })],
	};
	change(i);
	return i;
}
const fields = (i: PairInput) => checkEnglishPairs(i).map((p) => `${p.file} ${p.field}`);

describe('checkEnglishPairs', () => {
	it('accepts English files that translate every item of their originals', () => {
		expect(checkEnglishPairs(input())).toEqual([]);
	});

	it('names an English situation that drops the legal duty its original has', () => {
		expect(fields(input((i) => (i.enHelpSituations[0]!.data = { ...situation, duty: undefined })))).toEqual(['content/en/help-situations/opened.yaml duty']);
	});

	it('names an English situation whose contacts are in another order', () => {
		expect(fields(input((i) => (i.enHelpSituations[0]!.data = { ...situation, contacts: [{ id: 'police' }, { id: 'ipa' }] })))).toEqual(['content/en/help-situations/opened.yaml contacts']);
	});

	it('names an English contact that leaves out what is unconfirmed', () => {
		expect(fields(input((i) => (i.enHelp[0]!.data = { does: [1, 2], doesNot: [], phoneLabels: [1, 2] })))).toEqual(['content/en/help/police.yaml unconfirmed']);
	});

	it('names an English rule with a check fewer than its original', () => {
		expect(fields(input((i) => (i.enBasicRules[0]!.data = { steps: [1, 2, 3], done: [1] })))).toEqual(['content/en/guideline/basic-rules/1.yaml done']);
	});

	it('names the お助け隊 words when a class 1 price type or a service part has no English', () => {
		const found = fields(input((i) => (i.enOtasuketaiService[0]!.data = { ceilingTypes: [], parts: parts.slice(0, 3) })));
		expect(found).toEqual(['content/en/otasuketai-service/standard.yaml parts', 'content/en/otasuketai-service/standard.yaml ceilingTypes']);
	});

	it('leaves an English file with no original to the existence check', () => {
		expect(checkEnglishPairs(input((i) => (i.helpSituations = [])))).toEqual([]);
	});
});
