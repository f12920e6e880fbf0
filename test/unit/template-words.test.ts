import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Words in one place (#21): the templates under src/components, src/layouts and src/pages write no
// Japanese of their own. UI words come from the dictionary (src/i18n/ja.ts, through t()), a Japanese-only
// page's prose from content/pages/, facts from content/. So the English edition can reuse a template
// by changing its locale, and a sentence is corrected in one file. Comments may be in any language.
// A Japanese word added to a template fails here, naming the file, the line and the words.

const ROOT = join(import.meta.dirname, '../..');
const DIRS = ['src/components', 'src/layouts', 'src/pages'];

/** Han, hiragana and katakana letters (as `grep -P "[\p{Han}\p{Hiragana}\p{Katakana}]"` finds them; the dot ・ and ー are punctuation). */
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

/**
 * What is still allowed, file by file: how many lines may hold Japanese, and why. The count must match
 * exactly, so a line moved out tightens the list (lower it) and a line added fails.
 */
const ALLOWED: Record<string, { lines: number; why: string }> = {
	// '1類' is a value of the content schema's class enum (src/schemas/otasuketai-service.ts), compared with
	// the data, not a word shown to readers.
	'src/components/otasuketai/ServiceIncludes.astro': { lines: 1, why: "'1類' is the schema's class value, not a UI word" },
	'src/pages/en/otasuketai/index.astro': { lines: 1, why: "'1類' is the schema's class value, not a UI word" },
};

/** Blank out a match but keep its newlines, so line numbers still point into the file. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** The file with its comments blanked: HTML and JSX comments, block comments, and // line comments. */
function withoutComments(source: string): string {
	return source
		.replace(/<!--[\s\S]*?-->/g, blank)
		.replace(/\/\*[\s\S]*?\*\//g, blank)
		.replace(/(^|[\s;{}(),])\/\/[^\n]*/g, (m, lead: string) => lead + blank(m.slice(lead.length)));
}

/** Each line of a template that holds Japanese outside comments: its number and the Japanese words on it. */
function japaneseLines(source: string): { line: number; words: string[] }[] {
	return withoutComments(source)
		.split('\n')
		.flatMap((text, i) => {
			const words = text.match(JAPANESE);
			return words ? [{ line: i + 1, words }] : [];
		});
}

function astroFiles(dir: string): string[] {
	return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.astro'))
		.map((e) => relative(ROOT, join(e.parentPath, e.name)))
		.sort();
}

const FILES = DIRS.flatMap(astroFiles);

describe('Japanese words in templates (#21)', () => {
	it('finds Japanese in text, attributes and strings, and not in comments', () => {
		const source = [
			'---',
			'// 日本語のコメント',
			"const a = 'https://example.jp'; /* 出典 */",
			"const b = '出典';",
			'---',
			'<!-- 見出し -->',
			'{/* 注 */}',
			'<h2>見出し</h2>',
			'<p aria-label="ラベル">x</p>',
		].join('\n');
		expect(japaneseLines(source)).toEqual([
			{ line: 4, words: ['出典'] },
			{ line: 8, words: ['見出し'] },
			{ line: 9, words: ['ラベル'] },
		]);
	});

	it('scans the templates', () => {
		expect(FILES.length).toBeGreaterThan(60);
		expect(FILES).toContain('src/layouts/BaseLayout.astro');
	});

	it.each(FILES)('%s writes no Japanese of its own (words come from the dictionary or content/)', (file) => {
		const found = japaneseLines(readFileSync(join(ROOT, file), 'utf8'));
		const allowed = ALLOWED[file];
		if (!allowed) {
			expect(found.map((f) => `${file}:${f.line}: ${f.words.join(' … ')}`)).toEqual([]);
			return;
		}
		// An allowed file keeps exactly its count: fewer means the list should be tightened, more is new text.
		expect({ file, lines: found.length, why: allowed.why }).toEqual({ file, lines: allowed.lines, why: allowed.why });
	});

	it('lists only files that exist', () => {
		expect(Object.keys(ALLOWED).filter((f) => !FILES.includes(f))).toEqual([]);
	});
});
