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
				// MAMORI_CONTENT_DIR lets the tests prove that a bad content tree stops the build.
				const problems = validateContent(process.env.MAMORI_CONTENT_DIR ?? 'content');
				if (problems.length) {
					const lines = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
					throw new Error(`Content has ${problems.length} problem(s):\n${lines}`);
				}
			},
		},
	};
}

export default defineConfig({
	// The public address is set by the deployment (MAMORI_SITE); pages must not assume one.
	site: process.env.MAMORI_SITE,
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'always' },
	integrations: [contentValidation(), mdx(), preact()],
	prefetch: false,
	vite: {
		build: {
			rolldownOptions: {
				// MDX modules carry Astro's "use astro:head-inject" directive; the bundler's notice about it is noise.
				onLog(level, log, handler) {
					if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
				},
			},
		},
	},
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				// Pagefind runs its search in a worker loaded from /pagefind/; said explicitly rather than left to default-src.
				"worker-src 'self'",
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
