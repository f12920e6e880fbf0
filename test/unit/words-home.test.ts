import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Words in one place (issue 21): the UI's words live in the dictionary (src/i18n/ja.ts, en.ts); library code
// returns data and takes words as arguments, and islands get theirs as props or data-* attributes. This scan
// keeps it so: a string, template, regular expression or JSX text in src/lib/ or src/islands/ (and a quoted
// string in an island's stylesheet) that holds Japanese script fails, naming the file and the line, unless the
// allowlist below names it with the reason it is not a UI word. Comments may say anything.

const ROOT = join(import.meta.dirname, '../..');
const SCANNED = ['src/lib', 'src/islands'];

/** Han, hiragana or katakana: the scripts a Japanese word is written in (punctuation such as 、・「」 is not). */
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Why a file may keep some Japanese: each literal as written in the source, or every literal of the file. */
interface Allowed {
	reason: string;
	/** The literals, exactly as written (quotes and slashes included); omitted: the whole file, for now. */
	literals?: readonly string[];
}

/**
 * Japanese that is not a UI word. Keep it short: each entry says why. Entries must still match something, so
 * the list only shrinks (a whole-file entry goes once the file holds no Japanese literal).
 */
const ALLOWED: Readonly<Record<string, Allowed>> = {
	// Parser vocabulary: how readers type Japanese queries (particles, ranking and お助け隊 words, 都府県 suffixes).
	'src/lib/search-query.ts': {
		reason: 'reads Japanese search queries: particles, intent words and prefecture suffixes',
		literals: [
			'/(?<=[^\\s\\u3041-\\u3096])(?:から|まで|より|を|が|に|で|へ|と|や|は|の)(?=[^\\s\\u3041-\\u3096])/g',
			'/^[のをにはがでと]+|[のをにはがでと]+$/g',
			'/(\\d+位|一位|ランキング|順位|推移|ranking|top|10大|十大|版)/i',
			'/(お助け|おたすけ|オタスケ|otasuketai|助け隊)/i',
			"'北海道'",
			'/[都府県]$/',
		],
	},
	// A prefecture's short name on the tile map is its name without 都/府/県 (data, not a word of ours).
	'src/lib/charts/tile-map-layout.ts': { reason: 'shortens prefecture names: strips the 都府県 suffix, except 北海道', literals: ["'北海道'", '/[都府県]$/'] },
	// Script detection and the particle in a content mark: reading Japanese text, not writing it.
	'src/lib/text.ts': { reason: 'detects kanji (々〆 are kanji) and reads the particle は in a content mark', literals: ['/[\\u3400-\\u9FFF\\uF900-\\uFAFF々〆]/u', '`（(?:([^（）]*?)は)?${'] },
	// Content vocabulary: values the content files write, matched to find a record.
	'src/lib/content/service-standard.ts': {
		reason: 'matches the content: the pilot files’ participants label and the 1類 service class (a schema value)',
		literals: ["'参加した中小企業'", "'1類'"],
	},
	'src/lib/content/english-pairs.ts': { reason: 'matches the 1類 service class, a schema value in content', literals: ["'1類'"] },
	// Build errors for the people who edit content/, quoting the content's own terms.
	'src/lib/content/queries.ts': {
		reason: 'build error messages quoting the content term お助け隊',
		literals: [
			"'content/otasuketai-service/standard.yaml is missing: the お助け隊 pages need it'",
			"'content/otasuketai-service/standard.yaml needs pageSources and serviceListUrl: every お助け隊 page shows them'",
		],
	},
	'src/lib/content/rules/problem.ts': { reason: 'build error message quoting the content term 5か条', literals: ['} is not in content/guideline/basic-rules/: link an existing 5か条 rule`'] },
	'src/lib/content/rules/self-check.ts': {
		reason: 'build error messages quoting the content term 5か条',
		literals: ["'only Part1 items (1–5) put a 5か条 rule into practice: remove it'", "'give basicRule or guideline, not both: a Part1 item links to its 5か条 rule'"],
	},
	// The guideline pages' heading anchors: facts of content/guideline/, kept matched to the headings by check-links.
	'src/lib/content/guideline-sections.ts': { reason: 'heading anchors of the guideline pages, not UI words' },
	'src/lib/publishing.ts': {
		reason: 'CITATION.cff says its message in both languages at once, whatever page links it',
		literals: ["'message: このデータを使うときは、次のように引用してください。 If you use this data set, please cite it as below.'"],
	},
};

/** A literal with Japanese in it: its line (1-based) and its text as written. */
interface Finding {
	line: number;
	text: string;
}

/** String, template, regular-expression and JSX-text literals with Japanese script in TypeScript/TSX source. */
function scanScript(source: string, tsx: boolean): Finding[] {
	const file = ts.createSourceFile(tsx ? 'x.tsx' : 'x.ts', source, ts.ScriptTarget.Latest, true, tsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
	const found: Finding[] = [];
	const visit = (node: ts.Node): void => {
		const literal =
			ts.isStringLiteral(node) ||
			ts.isNoSubstitutionTemplateLiteral(node) ||
			ts.isTemplateHead(node) ||
			ts.isTemplateMiddle(node) ||
			ts.isTemplateTail(node) ||
			ts.isRegularExpressionLiteral(node) ||
			ts.isJsxText(node);
		if (literal && JAPANESE.test(node.getText(file))) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: node.getText(file).trim() });
		ts.forEachChild(node, visit);
	};
	visit(file);
	return found;
}

/** Quoted strings with Japanese script in a stylesheet (as in `content: '…'`), comments left out. */
function scanCss(source: string): Finding[] {
	const code = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
	return code.split('\n').flatMap((text, i) => [...text.matchAll(/(["'])(?:(?!\1).)*\1/g)].filter((m) => JAPANESE.test(m[0])).map((m) => ({ line: i + 1, text: m[0] })));
}

/** Japanese literals in one source file, by its extension. */
function scanSource(path: string, source: string): Finding[] {
	// Parsing is the slow part: a file with no Japanese at all has nothing to find.
	if (!JAPANESE.test(source)) return [];
	if (path.endsWith('.css')) return scanCss(source);
	return scanScript(source, /\.[jt]sx$/.test(path));
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return sourceFiles(path);
		return /\.([cm]?[jt]sx?|css)$/.test(e.name) ? [path] : [];
	});
}

/** Every Japanese literal in the scanned folders, by file (relative, with forward slashes). */
function findingsByFile(): Map<string, Finding[]> {
	const out = new Map<string, Finding[]>();
	for (const path of SCANNED.flatMap((d) => sourceFiles(join(ROOT, d)))) {
		const rel = relative(ROOT, path).split('\\').join('/');
		const found = scanSource(rel, readFileSync(path, 'utf8'));
		if (found.length) out.set(rel, found);
	}
	return out;
}

describe('Japanese words in library and island code', () => {
	it('finds Japanese in strings, templates, regular expressions, JSX text and stylesheet strings, not in comments', () => {
		const script = [
			'// 脅威 in a comment',
			'/** 「ガイドライン」 in a doc comment */',
			"const a = '脅威';",
			// biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template, as the scanner reads it
			'const b = `${n}年版`;',
			'const c = /[都府県]$/;',
			"const d = 'ASCII only、・「」';",
			'const e = <p>コピー</p>;',
		].join('\n');
		expect(scanSource('x.tsx', script)).toEqual([
			{ line: 3, text: "'脅威'" },
			{ line: 4, text: '}年版`' },
			{ line: 5, text: '/[都府県]$/' },
			{ line: 7, text: 'コピー' },
		]);
		const css = ["/* content: '点' in a comment */", ".a::before { content: '回答 ' counter(n); }", '.b::before { content: attr(data-w0); }'].join('\n');
		expect(scanSource('x.css', css)).toEqual([{ line: 2, text: "'回答 '" }]);
	});

	it('keeps UI words in the dictionary: nothing outside the allowlist', () => {
		const offenders = [...findingsByFile()].flatMap(([file, found]) => {
			const allowed = ALLOWED[file];
			if (allowed && !allowed.literals) return [];
			return found.filter((f) => !allowed?.literals?.includes(f.text)).map((f) => `${file}:${f.line}: ${f.text} (a UI word: put it in src/i18n/ja.ts and en.ts and pass it in)`);
		});
		expect(offenders).toEqual([]);
	}, 30_000);

	it('lists only what is still there, so the allowlist shrinks as words move', () => {
		const findings = findingsByFile();
		const stale = Object.entries(ALLOWED).flatMap(([file, allowed]) => {
			const found = findings.get(file) ?? [];
			if (!allowed.literals) return found.length ? [] : [`${file}: no Japanese literal left (${allowed.reason}): remove its entry`];
			return allowed.literals.filter((l) => !found.some((f) => f.text === l)).map((l) => `${file}: ${l} is gone: remove it from the list`);
		});
		expect(stale).toEqual([]);
	}, 30_000);
});
