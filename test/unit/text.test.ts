import { describe, expect, it } from 'vitest';
import { phraseBreaks, takeSingleSourceMark, wordBreaks, yearRunPieces } from '../../src/lib/text.ts';

describe('wordBreaks', () => {
	it('splits a long compound where katakana meets kanji, so no word has to break inside itself', () => {
		expect(wordBreaks('中小企業の情報セキュリティ対策ガイドライン')).toEqual(['中小企業の情報', 'セキュリティ', '対策', 'ガイドライン']);
	});
	it('also splits where a katakana word follows hiragana, never inside okurigana or before a particle', () => {
		expect(wordBreaks('一般向けブロードバンドルーターの乗っ取り')).toEqual(['一般向け', 'ブロードバンドルーターの乗っ取り']);
		expect(wordBreaks('経済産業省のサイバーセキュリティ政策')).toEqual(['経済産業省の', 'サイバーセキュリティ', '政策']);
		expect(wordBreaks('基本行動指針（共有・報告・公表）')).toEqual(['基本行動指針（共有・報告・公表）']);
	});
	it('leaves words and text without a script change whole, and always joins back to the input', () => {
		for (const t of ['中小企業', 'サービス', '★1から★5へ：星の道筋', 'SECURITY ACTION', '']) expect(wordBreaks(t).join('')).toBe(t);
		expect(wordBreaks('サービス')).toEqual(['サービス']);
		expect(wordBreaks('中小企業')).toEqual(['中小企業']);
	});
});

describe('takeSingleSourceMark', () => {
	it('takes the mark off the end and says what it was about', () => {
		expect(takeSingleSourceMark('注意を呼びかけ（確認は1件の資料のみ）')).toEqual({ text: '注意を呼びかけ', marked: true, part: '' });
		expect(takeSingleSourceMark('569件の意見が寄せられました（件数は確認は1件の資料のみ）')).toEqual({ text: '569件の意見が寄せられました', marked: true, part: '件数' });
	});
	it('leaves other sentences and marks in the middle alone', () => {
		expect(takeSingleSourceMark('制度を公表')).toEqual({ text: '制度を公表', marked: false, part: '' });
		expect(takeSingleSourceMark('A（確認は1件の資料のみ）とB')).toEqual({ text: 'A（確認は1件の資料のみ）とB', marked: false, part: '' });
	});
});

describe('yearRunPieces', () => {
	it('keeps each run of years whole and breaks only between runs, in both languages', () => {
		expect(yearRunPieces('2016–2018年版、2023–2025年版')).toEqual([
			{ text: '2016–2018年版', run: true },
			{ text: '、', run: false },
			{ text: '2023–2025年版', run: true },
		]);
		expect(yearRunPieces('2016–2018, 2021').map((p) => p.text)).toEqual(['2016–2018', ', ', '2021']);
		expect(yearRunPieces('2026年版')).toEqual([{ text: '2026年版', run: true }]);
	});
});

describe('phraseBreaks', () => {
	it('breaks where a katakana word begins or ends and where a word follows hiragana, not between kanji and okurigana', () => {
		expect(phraseBreaks('ランサムウェアによる被害')).toEqual(['ランサムウェア', 'による', '被害']);
		expect(phraseBreaks('フィッシングによる個人情報等の詐取')).toEqual(['フィッシング', 'による', '個人情報等の', '詐取']);
		expect(phraseBreaks('ランサムウェアを使った詐欺・恐喝')).toEqual(['ランサムウェア', 'を', '使った', '詐欺・恐喝']);
		expect(phraseBreaks('予期せぬIT基盤の障害に伴う業務停止')).toEqual(['予期せぬIT基盤の', '障害に', '伴う', '業務停止']);
	});
});
