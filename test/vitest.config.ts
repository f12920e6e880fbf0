import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

// Projects run as separate steps of `npm test`: pure code and components first, then the built site.
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/schemas/**/*.test.ts'], environment: 'node' } },
			// Components render through Astro's container API, which needs Astro's Vite setup to compile
			// .astro files; kept apart so the unit tests stay plain Vite and do not load the site config.
			getViteConfig({ test: { name: 'components', include: ['test/components/**/*.test.ts'], environment: 'node' } }),
			{ test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node' } },
			{
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts', 'test/search/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['test/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});
