import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

// Projects run as separate steps of `npm test`: pure code and components first, then the built site.
export default defineConfig({
	test: {
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
					// Two files at a time, each with its own Chromium, against the one server the global setup
					// starts: a page load mostly waits, so two browsers keep two cores busy.
					fileParallelism: true,
					maxWorkers: 2,
				},
			},
		],
	},
});
