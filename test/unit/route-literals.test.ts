// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the cases are the source text of templates, as the scanner reads them
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every site path is built by src/lib/routes.ts (issue 21), so a page can move or gain an English twin
// by changing one line. This scan keeps it so: any other file in src/ that writes a string starting with
// a section's path ('/threats/…', `/help/${id}/`, href="/about/") fails, naming the file and the line.
// The sections are the folders of src/pages/, so a new section (or /en/) is covered without editing this.
// Comments may still name paths; regular expressions that recognise paths are not strings and pass.

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const ROUTES_FILE = 'src/lib/routes.ts';

/** '/threats', '/help', … : one per folder of src/pages/. */
const SECTION_PREFIXES = readdirSync(join(SRC, 'pages'), { withFileTypes: true })
	.filter((e) => e.isDirectory())
	.map((e) => `/${e.name}`);

/**
 * every name a site path is made of below a section ('flyer', 'threats', 'editions', 'top10',
 * 'stats.json', …): the folders and page files of src/pages/, parameters ([id]) and index pages left out.
 * A template literal that appends one of them to a variable (`${path}flyer/`, `${base}/threats/`) builds a
 * path outside routes.ts as surely as a literal '/threats/' does.
 */
function pageSegments(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const name = e.name.replace(/\.(astro|ts)$/, '');
		if (name.startsWith('[') || name === 'index' || name === '404') return e.isDirectory() ? pageSegments(join(dir, e.name)) : [];
		return [name, ...(e.isDirectory() ? pageSegments(join(dir, e.name)) : [])];
	});
}
const PATH_SEGMENTS = [...new Set(pageSegments(join(SRC, 'pages')))];

/** Whether the text after a `${…}` in a template literal starts with a path segment: 'flyer/', '/threats/', 'top10.svg'. */
function appendsSegment(text: string, segments: readonly string[] = PATH_SEGMENTS): boolean {
	const rest = text.startsWith('/') ? text.slice(1) : text;
	return segments.some((s) => rest.startsWith(s) && (rest.length === s.length || '/?#'.includes(rest[s.length]!)));
}

/** Whether a string's text is a site path in one of the sections ('/help', '/help/', '/help/x/', '/help/#a', '/help?q'). */
function isSectionPath(text: string, prefixes: readonly string[]): boolean {
	return prefixes.some((p) => text.startsWith(p) && (text.length === p.length || '/?#'.includes(text[p.length]!)));
}

/** A hand-written path: its line (1-based) and the string as written. */
interface Finding {
	line: number;
	text: string;
}

/** String and template literals in TypeScript/JSX source that start with a section path. */
function scanScript(source: string, prefixes: readonly string[], lineOffset = 0, tsx = false): Finding[] {
	const file = ts.createSourceFile(tsx ? 'x.tsx' : 'x.ts', source, ts.ScriptTarget.Latest, true, tsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
	const found: Finding[] = [];
	const visit = (node: ts.Node): void => {
		if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) && isSectionPath(node.text, prefixes)) {
			found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1 + lineOffset, text: node.getText(file) });
		}
		// The literal text after a substitution: `${path}flyer/` is a head '' and a tail 'flyer/'.
		if ((ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && appendsSegment(node.text)) {
			found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1 + lineOffset, text: node.getText(file) });
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return found;
}

/** Blank out a match but keep its newlines, so line numbers still point into the original file. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/**
 * An .astro file: the frontmatter is TypeScript; the template (markup, {expressions}, <script>) is searched
 * for quoted strings that start with a section path, as in href="/help/", {'/help/'} or `/help/${id}/`.
 */
function scanAstro(source: string, prefixes: readonly string[]): Finding[] {
	const fence = /^---\r?\n([\s\S]*?)\r?\n---\r?$/m.exec(source);
	const frontmatter = fence && fence.index === 0 ? fence[1]! : '';
	const found = frontmatter ? scanScript(frontmatter, prefixes, 1) : [];
	const templateStart = fence && fence.index === 0 ? fence[0].length : 0;
	const template = source.slice(templateStart).replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}|^\s*\/\/.*$/gm, blank);
	const linesBefore = source.slice(0, templateStart).split('\n').length - 1;
	const literal = /(["'`])(\/[^"'`\s]*)/g;
	// A substitution inside a template literal and the text after it, as in {`${path}flyer/`}.
	const appended = /\$\{[^}`]*\}([^$`"'\s]*)/g;
	template.split('\n').forEach((text, i) => {
		for (const m of text.matchAll(literal)) if (isSectionPath(m[2]!, prefixes)) found.push({ line: linesBefore + i + 1, text: `${m[1]}${m[2]}` });
		for (const m of text.matchAll(appended)) if (appendsSegment(m[1]!)) found.push({ line: linesBefore + i + 1, text: m[0] });
	});
	return found;
}

/** Hand-written section paths in one source file, by its extension. */
function scanSource(path: string, source: string, prefixes: readonly string[] = SECTION_PREFIXES): Finding[] {
	// Parsing is the slow part: a file with no quote before a section path and no substitution at all has nothing to find.
	if (!source.includes('${') && !prefixes.some((p) => ['"', "'", '`'].some((q) => source.includes(`${q}${p}`)))) return [];
	if (path.endsWith('.astro')) return scanAstro(source, prefixes);
	return scanScript(source, prefixes, 0, /\.[jt]sx$/.test(path));
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return sourceFiles(path);
		return /\.(astro|[cm]?[jt]sx?)$/.test(e.name) ? [path] : [];
	});
}

describe('site paths', () => {
	it('knows the sections from src/pages/', () => {
		expect(SECTION_PREFIXES).toEqual(expect.arrayContaining(['/threats', '/help', '/otasuketai', '/search', '/embed']));
	});

	it('finds hand-written paths in scripts, frontmatter, markup and client scripts, and not in comments', () => {
		const script = ["// see '/help/'", "const a = '/help/';", 'const b = `/threats/${id}/`;', "const c = '/helpful/';", "fetch('/search/hints.json');", "const d = 'x /help/';"].join('\n');
		expect(scanSource('x.ts', script)).toEqual([
			{ line: 2, text: "'/help/'" },
			{ line: 3, text: '`/threats/${' },
			{ line: 5, text: "'/search/hints.json'" },
		]);
		const astro = [
			'---',
			"const p = '/cases/';",
			'---',
			'<!-- <a href="/about/"> -->',
			'<a href="/about/#privacy">x</a>',
			'<a href={`/otasuketai/${s}/`}>y</a>',
			'<script>',
			"\tlocation.href = '/threats/compare/';",
			'</script>',
		].join('\n');
		expect(scanSource('x.astro', astro).map((f) => f.line)).toEqual([2, 5, 6, 8]);
	});

	it('finds paths built by appending a segment to a variable, in scripts and in markup', () => {
		expect(PATH_SEGMENTS).toEqual(expect.arrayContaining(['threats', 'flyer', 'teams', 'editions', 'top10.svg', 'stats.json']));
		const script = [
			'const a = `${path}flyer/`;',
			'const b = `${base}/threats/`;',
			'const c = `${root}${id}/teams/${n}/`;',
			'const d = `${n}件`;',
			'const e = `${id}-title`;',
			'const f = `#teams-${year}`;',
			'const g = `${href}#rule-1`;',
			'const h = `${w}px`;',
			'const i = `${a}/${b}`;',
			'const j = `${x}flyers/`;',
		].join('\n');
		expect(scanSource('x.ts', script)).toEqual([
			{ line: 1, text: '}flyer/`' },
			{ line: 2, text: '}/threats/`' },
			{ line: 3, text: '}/teams/${' },
		]);
		const astro = ['---', "const p = '';", '---', '<a href={`${p}flyer/`}>x</a>', '<a href={`${p}#ask-now`}>y</a>', '<span>{`${n}地域`}</span>'].join('\n');
		expect(scanSource('x.astro', astro)).toEqual([{ line: 4, text: '${p}flyer/' }]);
	});

	it('are written only in src/lib/routes.ts', () => {
		const offenders = sourceFiles(SRC)
			.map((path) => relative(ROOT, path).split('\\').join('/'))
			.filter((path) => path !== ROUTES_FILE)
			.flatMap((path) => scanSource(path, readFileSync(join(ROOT, path), 'utf8')).map((f) => `${path}:${f.line}: ${f.text} (use routes.* from ${ROUTES_FILE})`));
		expect(offenders).toEqual([]);
	}, 30_000);
});
