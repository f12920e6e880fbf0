// A Japanese-only page reads its prose from content/pages/<page>.yaml (#21); what it asks for and the
// file lacks stops the build naming the file and the field, instead of printing an empty paragraph.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pageWords } from '../../src/lib/content/page-words.ts';

const words = pageWords({ reviewed: '2026-12-06', text: { intro: '一文。', facts: ['一つ目。', '二つ目。'] } }, 'content/pages/about.yaml');

describe('a page reading its prose', () => {
	it('gives paragraphs, lists and the day the text was checked', () => {
		expect(words.text('intro')).toBe('一文。');
		expect(words.list('facts')).toEqual(['一つ目。', '二つ目。']);
		expect(words.reviewed).toBe('2026-12-06');
	});

	it('names the file and field of a paragraph the file lacks', () => {
		expect(() => words.text('outro')).toThrow('content/pages/about.yaml field text.outro: is missing, but the page uses it');
		expect(() => words.text('constructor')).toThrow(/text.constructor: is missing/);
	});

	it('refuses a list where the page prints one paragraph, and the other way round', () => {
		expect(() => words.text('facts')).toThrow(/text.facts: is a list/);
		expect(() => words.list('intro')).toThrow(/text.intro: is one paragraph/);
	});
});

describe('the prose files in content/pages/', () => {
	const root = join(import.meta.dirname, '../..');
	const pageSources = readdirSync(join(root, 'src/pages'), { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.astro'))
		.map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
		.join('\n');
	const files = readdirSync(join(root, 'content/pages')).filter((f) => f.endsWith('.yaml'));

	it.each(files)('%s is read by a page, and every paragraph in it is printed', (file) => {
		const id = file.replace(/\.yaml$/, '');
		// Read for its prose (getPageWords) or, on /stats/, with its figures (getPageFacts).
		expect(pageSources).toMatch(new RegExp(`getPage(Words|Facts)\\('${id}'\\)`));
		const keys = Object.keys((parse(readFileSync(join(root, 'content/pages', file), 'utf8')) as { text?: Record<string, unknown> }).text ?? {});
		// A paragraph no page asks for would be text nobody sees: it must be removed or used.
		expect(keys.filter((k) => !pageSources.includes(`'${k}'`))).toEqual([]);
	});
});
