import { describe, expect, it } from 'vitest';
import { adviceItems } from '../../src/lib/content/threat-advice.ts';
import { checkEnglishAdvice } from '../../src/lib/content/rules/english-advice.ts';

const MDX = [
	'---',
	'title: x',
	'---',
	'',
	'## 小さな会社ではこう起きる',
	'',
	'- 起きること。',
	'',
	'## まず何をするか',
	'',
	'- 更新します。',
	'- バックアップを取り、',
	'  元に戻せるか試します。',
	'',
	'## 関連',
	'',
	'- 別の一覧。',
].join('\n');

describe('adviceItems', () => {
	it('reads only the items under the 「まず何をするか」 heading, joining continuation lines', () => {
		expect(adviceItems(MDX)).toEqual(['更新します。', 'バックアップを取り、 元に戻せるか試します。']);
	});

	it('returns no items when the body has no advice section', () => {
		expect(adviceItems('## 小さな会社ではこう起きる\n\n- 起きること。\n')).toEqual([]);
	});
});

describe('checkEnglishAdvice', () => {
	const pair = { file: 'content/en/threats/x.yaml', id: 'x', jaFile: 'content/threats/catalog/x.mdx', jaSource: MDX };

	it('accepts an English list with as many items as the Japanese one', () => {
		expect(checkEnglishAdvice([{ ...pair, advice: ['Update.', 'Back up.'] }])).toEqual([]);
	});

	it('names the English file and the field when an item is missing', () => {
		expect(checkEnglishAdvice([{ ...pair, advice: ['Update.'] }])).toEqual([
			{ file: pair.file, entry: 'x', field: 'advice', message: 'has 1 item(s) but the 「まず何をするか」 list of content/threats/catalog/x.mdx has 2: translate every item, in the same order' },
		]);
	});

	it('leaves a missing original to the rule that reports it', () => {
		expect(checkEnglishAdvice([{ ...pair, jaSource: undefined, advice: ['Update.'] }])).toEqual([]);
	});
});
