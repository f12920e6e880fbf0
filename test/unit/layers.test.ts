import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
});
