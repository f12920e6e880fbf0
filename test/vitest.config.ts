import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's order (slowest first by its cache, else largest file first), but the parts of the axe sweep over
 * every page (test/e2e/pages-sweep-<n>.test.ts) first of all: together they are most of the browser tests'
 * time and each is a small file, so on a fresh clone they would start last and leave a worker idle at the end.
 * After them, the other files fill in both workers, longest first, and the short ones even out the finish.
 */
class AxeSweepFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const first = (f: TestSpecification) => (/test\/e2e\/pages-sweep-\d+\.test\.ts$/.test(f.moduleId) ? 0 : 1);
		return sorted
			.map((f, i) => [f, i] as const)
			.sort(([a, i], [b, j]) => first(a) - first(b) || i - j)
			.map(([f]) => f);
	}
}

// Projects run as separate steps of `npm test`: pure code and components first, then the built site.
export default defineConfig({
	test: {
		sequence: { sequencer: AxeSweepFirst },
		projects: [
			{
				test: {
					name: 'unit',
					include: ['test/unit/**/*.test.ts', 'test/schemas/**/*.test.ts'],
					environment: 'node',
					// npm test runs these beside astro check, so each has about one core: the content and fuzz
					// tests that take 2–5 s alone need more than the default 5 s then.
					testTimeout: 30_000,
					hookTimeout: 60_000,
				},
			},
			// Components render through Astro's container API, which needs Astro's Vite setup to compile
			// .astro files; kept apart so the unit tests stay plain Vite and do not load the site config.
			getViteConfig({ test: { name: 'components', include: ['test/components/**/*.test.ts'], environment: 'node' } }),
			{
				test: {
					name: 'build',
					include: ['test/build/**/*.test.ts'],
					environment: 'node',
					// The files share one worker's modules, so scripts/html.ts parses each page of dist/ once for all of
					// them; a check over every page may take a while on a busy machine.
					isolate: false,
					maxWorkers: 1,
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts', 'test/search/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['test/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// Islands mount once the page has loaded and the browser is idle (src/islands/idle.ts): on a busy CI
					// machine that can take longer than expect.poll's default second.
					expect: { poll: { timeout: 10_000 } },
					// Three files at a time, each with its own Chromium, against the one server the global setup
					// starts: a page load waits on the other process often enough that two browsers leave the two
					// cores idle part of the time (three: browser tests 470 s against 501 s with two, quiet machine).
					fileParallelism: true,
					maxWorkers: 3,
				},
			},
		],
	},
});
