// #21: a value's mark (約, 超, 以上, 以下, 弱) is written in the reader's language. On an English page a
// Japanese mark beside a number may appear only inside a lang="ja" quotation (a source title, a Japanese
// term); anywhere else it would be a presenter that forgot its locale.
import { type AnyNode, isTag, isText } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { builtPages, text } from '../../scripts/html.ts';

// A number with a Japanese mark before or after it (a unit such as 件 or 社 may sit between).
const JAPANESE_MARK = /約\s*[0-9０-９]|[0-9０-９][0-9０-９,.]*\s*[^\s0-9A-Za-z]{0,2}(?:超|以上|以下|弱)/;
// Attributes a reader hears or sees.
const READ_ATTRIBUTES = ['aria-label', 'title', 'alt', 'content', 'aria-description'] as const;

/** Every text and read attribute of the page outside lang="ja" elements (scripts and styles left out). */
function englishTexts(root: AnyNode, inJapanese = false, out: string[] = []): string[] {
	if (isText(root)) {
		if (!inJapanese) out.push(root.data);
	} else if (isTag(root)) {
		if (root.name === 'script' || root.name === 'style') return out;
		const lang = root.attribs.lang;
		const ja = lang === undefined ? inJapanese : lang.startsWith('ja');
		if (!ja) for (const a of READ_ATTRIBUTES) if (root.attribs[a]) out.push(root.attribs[a]);
		for (const child of root.children) englishTexts(child, ja, out);
	} else if ('children' in root) for (const child of root.children as AnyNode[]) englishTexts(child, inJapanese, out);
	return out;
}

const english = builtPages('dist').filter((p) => p.path.startsWith('/en/'));

describe('value marks on English pages', () => {
	it('finds the pattern it looks for', () => {
		for (const s of ['約2,000社', '10,000件超', '5社以上', '0.6倍以下', '200社弱']) expect(s).toMatch(JAPANESE_MARK);
		for (const s of ['about 2,000 companies', 'over 10,000 cases', 'IPA 2024年版']) expect(s).not.toMatch(JAPANESE_MARK);
	});

	it('matches the marks as the Japanese stats page renders them', () => {
		const stats = builtPages('dist').find((p) => p.path === '/stats/')!;
		expect(text(stats.doc).match(new RegExp(JAPANESE_MARK, 'g'))?.length).toBeGreaterThan(5);
	});

	it('has English pages to check', () => {
		expect(english.length).toBeGreaterThan(100);
	});

	it('writes no Japanese mark beside a number outside a lang="ja" element', () => {
		const found = english.flatMap((p) => englishTexts(p.doc).flatMap((s) => (JAPANESE_MARK.test(s) ? [`${p.path}: ${s.trim().slice(0, 80)}`] : [])));
		expect(found).toEqual([]);
	});
});
