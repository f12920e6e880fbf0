import { defineConfig } from 'vitest/config';

// Three projects run as separate steps of `npm test`: pure code first, then the built site.
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/schemas/**/*.test.ts'], environment: 'node' } },
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
