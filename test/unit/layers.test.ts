import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

// The import direction of the layers, read from the source: vocabulary at the bottom,
// schemas on it, src/lib above; one loader of astro:content. A wrong arrow fails here, naming the file.

/** Every .ts file under `dir`, as a path from the project root. */
function tsFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.ts'))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

/** The module specifiers a file imports or re-exports. */
function importsOf(file: string): string[] {
	return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
}

/** `file → specifier` for every import that `allowed` refuses. */
function refused(dir: string, allowed: (specifier: string, file: string) => boolean): string[] {
	return tsFiles(dir).flatMap((f) =>
		importsOf(f)
			.filter((s) => !allowed(s, f))
			.map((s) => `${f} → ${s}`),
	);
}

/** Every .astro file under `dir`, as a path from the project root. */
function astroFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.astro'))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

/** Bundled `<script>` blocks of an .astro file: `is:inline` scripts and JSON-LD are data or files in public/, not bundled code. */
function bundledScripts(file: string): { attrs: string; body: string }[] {
	return [...readFileSync(file, 'utf8').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
		.map(([, attrs, body]) => ({ attrs: attrs!, body: body! }))
		.filter(({ attrs }) => !/\bis:inline\b|type="application\/ld\+json"/.test(attrs));
}

/** Lines of a script body that are code rather than imports, comments or blank lines. */
function codeLines(body: string): number {
	return body.split('\n').filter((l) => l.trim() && !/^\s*(import\s|\/\/|\/?\*)/.test(l)).length;
}

/**
 * The browser code each bundled `<script>` of an .astro file loads (its `src`, its static and dynamic imports),
 * as paths from the project root. `is:inline` scripts and JSON-LD are data or files in public/, not bundled code.
 */
function clientModules(file: string): string[] {
	return bundledScripts(file)
		.flatMap(({ attrs, body }) => [...[...attrs.matchAll(/\bsrc="([^"]+)"/g)].map((m) => m[1]!), ...[...body.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*)'([^']+)'/g)].map((m) => m[1]!)])
		.map((s) => (s.startsWith('.') ? normalize(join(dirname(file), s)) : s));
}

describe('layers', () => {
	it('keeps the vocabulary free of imports, so anything can use it', () => {
		expect(refused('src/vocab', () => false)).toEqual([]);
	});

	it('lets schemas import only zod, each other and the vocabulary', () => {
		expect(refused('src/schemas', (s) => s === 'astro/zod' || s.startsWith('./') || s.startsWith('../vocab/'))).toEqual([]);
	});

	it('reads astro:content in one module of src/lib only', () => {
		expect(refused('src/lib', (s, f) => s !== 'astro:content' || f === 'src/lib/content/queries.ts')).toEqual([]);
	});

	it('keeps chart layouts from importing content queries', () => {
		expect(refused('src/lib/charts', (s) => !s.startsWith('../content/'))).toEqual([]);
	});

	// One home for browser code (#21): a page or component mounts a script from src/islands/<feature>/, so the
	// code the browser runs is in one place and a script written into a page or left beside a component fails here.
	it('loads browser code from src/islands only', () => {
		const scripts = ['src/components', 'src/layouts', 'src/pages'].flatMap(astroFiles).flatMap((f) => clientModules(f).map((m) => ({ f, m })));
		expect(scripts.length).toBeGreaterThan(5);
		expect(scripts.filter(({ m }) => !m.startsWith('src/islands/')).map(({ f, m }) => `${f} → ${m}`)).toEqual([]);
	});

	// The script in a page only mounts what it imports (find the root, call the island): its logic lives in src/islands.
	it('keeps the scripts in pages and components to a few lines that mount an island', () => {
		const MOUNT_LINES = 3;
		const long = ['src/components', 'src/layouts', 'src/pages']
			.flatMap(astroFiles)
			.flatMap((f) => bundledScripts(f).map(({ body }) => ({ f, lines: codeLines(body) })))
			.filter(({ lines }) => lines > MOUNT_LINES);
		expect(long.map(({ f, lines }) => `${f}: ${lines} lines of code in a <script>`)).toEqual([]);
	});
});
