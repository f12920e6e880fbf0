// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { formatProblem, validateContent } from './src/lib/content/validate.ts';

/** Fail `astro build`/`astro dev` before rendering when content/ breaks a schema or cross-reference. */
function contentValidation() {
	return {
		name: 'mamori:content-validation',
		hooks: {
			'astro:config:setup': () => {
				const problems = validateContent('content');
				if (problems.length) {
					const lines = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
					throw new Error(`Content has ${problems.length} problem(s):\n${lines}`);
				}
			},
		},
	};
}

export default defineConfig({
	site: 'https://mamori.example.jp',
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'always' },
	integrations: [contentValidation(), mdx(), preact()],
	prefetch: false,
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"font-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind compiles its search WebAssembly in the page: 'wasm-unsafe-eval' allows exactly that, not eval().
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
});
