import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { all, attrValues, builtPage, one, text } from '../../scripts/html.ts';
import type { SearchHints } from '../../src/lib/search-query.ts';

const DIST = 'dist';
const hints = JSON.parse(readFileSync(join(DIST, 'search/hints.json'), 'utf8')) as SearchHints;
const doc = (path: string) => builtPage(path, DIST).doc;

describe('search hints written at build time', () => {
	it.each(hints.pages.map((p) => [p.url, p.queries.join('、')]))('sends queries to %s, a page that exists and carries its page filter (%s)', (url) => {
		expect(existsSync(join(DIST, url, 'index.html')), `${url} is named in content/search/terms.yaml but no such page was built`).toBe(true);
		expect(attrValues(doc(url), '[data-pagefind-filter]', 'data-pagefind-filter')).toContain(`page:${url}`);
	});

	it('knows every edition year and prefecture that has a page', () => {
		expect(hints.editions.length).toBeGreaterThan(5);
		for (const year of hints.editions) expect(existsSync(join(DIST, 'threats/editions', year, 'index.html'))).toBe(true);
		expect(hints.prefectures).toHaveLength(47);
		for (const p of hints.prefectures) expect(existsSync(join(DIST, 'otasuketai', p.slug, 'index.html'))).toBe(true);
	});

	it('indexes each page with the variants of the words in its title (漏えい → 漏洩)', () => {
		const keywords = all(doc('/threats/careless-data-leak/'), '[data-pagefind-meta="keywords"]').flatMap((el) => text(el).split(' '));
		expect(keywords).toEqual(expect.arrayContaining(['漏えい', '漏洩']));
	});

	it('indexes the self-check questions, which a <form> would hide from Pagefind', () => {
		const main = one(doc('/self-check/'), 'main')!;
		expect(text(main)).toContain('顧客名簿');
		expect(all(main, 'form')).toEqual([]);
	});
});

describe('the search index as the browser fetches it', () => {
	const bundle = join(DIST, 'pagefind');
	const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };

	it('is cut into index chunks of a few kB, each named in the metadata, so one word costs little to look up', async () => {
		const { gunzipSync } = await import('node:zlib');
		const { readdirSync, statSync } = await import('node:fs');
		const { readPagefind } = await import('../../src/lib/search-chunks.ts');
		for (const { hash } of Object.values(entry.languages)) {
			const meta = readPagefind(gunzipSync(readFileSync(join(bundle, `pagefind.${hash}.pf_meta`)))) as [string, unknown, [string, string, string][]];
			const named = meta[2].map((c) => `${c[2]}.pf_index`).sort();
			expect(
				readdirSync(join(bundle, 'index'))
					.filter((f) => f.startsWith(`${hash.split('_')[0]}_`))
					.sort(),
			).toEqual(named);
			const sizes = named.map((f) => statSync(join(bundle, 'index', f)).size).sort((a, b) => a - b);
			// Pagefind's own chunks were about 25 kB gzip each here.
			expect(sizes[Math.floor(sizes.length / 2)]!).toBeLessThan(10_000);
		}
	});
});
