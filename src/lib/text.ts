import { t } from '../i18n/index.ts';

/**
 * Where a long Japanese heading may break inside a phrase.
 *
 * Headings break between phrases (CSS `word-break: auto-phrase`), but a phrase wider than a phone's
 * line, such as 「情報セキュリティ対策ガイドライン」 in a 25 px title, would otherwise break at any
 * character (「ガイドラ／イン」). Splitting such runs where katakana meets kanji gives the browser
 * places to break between words (セキュリティ｜対策｜ガイドライン) instead; the page puts a <wbr> there.
 */
const KATAKANA = /[\u30A0-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/u;
const KANJI = /[\u3400-\u9FFF\uF900-\uFAFF々〆]/u;
const HIRAGANA = /[\u3040-\u309F]/u;

type Script = 'katakana' | 'kanji' | 'hiragana' | 'other';
function script(ch: string): Script {
	if (KATAKANA.test(ch)) return 'katakana';
	if (KANJI.test(ch)) return 'kanji';
	return 'other';
}
/** Hiragana counts too, and 「・」 (in the katakana block) joins words (詐欺・恐喝): punctuation here. */
const kanaScript = (ch: string): Script => (ch === '・' ? 'other' : HIRAGANA.test(ch) ? 'hiragana' : script(ch));

/** The text in pieces that join back to it, cut between two characters of different scripts where `edge` holds. */
function cut(text: string, kind: (ch: string) => Script, edge: (prev: Script, next: Script) => boolean = () => true): string[] {
	const pieces: string[] = [];
	let current = '';
	let prev: Script = 'other';
	for (const ch of text) {
		const s = kind(ch);
		if (current && prev !== 'other' && s !== 'other' && s !== prev && edge(prev, s)) {
			pieces.push(current);
			current = '';
		}
		current += ch;
		prev = s;
	}
	if (current) pieces.push(current);
	return pieces;
}

/**
 * The text in pieces that join back to it; a break is allowed between pieces: katakana ↔ kanji, and where a
 * katakana word follows hiragana (「一般向け｜ブロードバンドルーター」: the browser's phrase breaking kept that title
 * whole and broke it inside 「ルー／ター」 at 375 px). 「・」 joins words, so a line never starts with it (「共有／・報告」).
 */
export const wordBreaks = (text: string): string[] => cut(text, kanaScript, (a, b) => (a !== 'hiragana' && b !== 'hiragana') || (a === 'hiragana' && b === 'katakana'));

/**
 * A short Japanese text (a threat's printed title) in pieces that join back to it, with a break allowed where a
 * phrase may end (#20): where a katakana word begins or ends, and where a kanji or katakana word follows
 * hiragana (the particles end a phrase: 「個人情報等の｜詐取」). In a narrow table cell the browser's phrase breaking
 * split 「ランサムウェアによる被害」 as 「ランサムウェアに／よる被害」 (and normal breaking as 「…によ／る被害」);
 * kept whole between these breaks it reads 「ランサムウェア／による被害」. Kanji followed by hiragana stays whole
 * (its okurigana: 伴う); a compound verb may break between its parts (取り｜組む), which threat titles rarely have.
 */
export const phraseBreaks = (text: string): string[] => cut(text, kanaScript, (a, b) => a === 'katakana' || b === 'katakana' || a === 'hiragana');

/** The mark the site puts after a fact only one source backs (content writes it too: takeSingleSourceMark reads it). */
export const SINGLE_SOURCE = t('source.singleSource', 'ja');

/**
 * Takes 「（確認は1件の資料のみ）」 or 「（件数は確認は1件の資料のみ）」 off the end of a sentence, so a table can
 * say it once under its rows instead of on each one. `part` is what the mark is about ('件数'), or '' for the whole.
 */
export function takeSingleSourceMark(text: string): { text: string; marked: boolean; part: string } {
	// 「は」 is the Japanese particle after the part ('件数は…'): parser vocabulary for content, not a UI word.
	const m = new RegExp(`（(?:([^（）]*?)は)?${SINGLE_SOURCE}）$`, 'u').exec(text);
	if (!m) return { text, marked: false, part: '' };
	return { text: text.slice(0, m.index), marked: true, part: m[1] ?? '' };
}

/**
 * A list of years (「2016–2018年版、2023–2025年版」, '2016–2018, 2021') in pieces: each run of years, to be kept on
 * one line, and the separators between runs, where the line may break. Without this a phone broke a run at its dash
 * or before 年版 (「2017–／2024年版」, 「2026／年版」) (#20). The pieces join back to the text.
 */
export function yearRunPieces(text: string): { text: string; run: boolean }[] {
	return text
		.split(/(、|, )/u)
		.filter((piece) => piece !== '')
		.map((piece) => ({ text: piece, run: piece !== '、' && piece !== ', ' }));
}
