// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles, urlPathOf } from './scripts/dist-files.ts';
import { joinStylesheets } from './scripts/stylesheets.ts';
import { one } from './scripts/html.ts';
import { eachLimited, writePreview } from './src/lib/og/render.ts';
import { previewOf, SITE_PREVIEW } from './src/lib/page-meta.ts';
import { securityTxt } from './src/lib/publishing.ts';
import { SITE } from './src/lib/site.ts';
import { t } from './src/i18n/index.ts';
import { defineConfig } from 'astro/config';
import { formatProblem, validateContent } from './src/lib/content/validate.ts';
import { loadSiteConfig, publishingProblems, siteConfigFile, siteConfigProblems } from './src/lib/content/site-config.ts';

/** Fail `astro build`/`astro dev` before rendering when content/ breaks a schema or cross-reference. */
function contentValidation() {
	return {
		name: 'mamori:content-validation',
		hooks: {
			'astro:config:setup': () => {
				// MAMORI_CONTENT_DIR lets the tests prove that a bad content tree stops the build.
				const contentDir = process.env.MAMORI_CONTENT_DIR ?? 'content';
				const problems = validateContent(contentDir);
				// MAMORI_SITE_CONFIG replaces content/site.yaml (the published-site test names a fixture with an operator).
				const siteFile = siteConfigFile(contentDir);
				if (process.env.MAMORI_SITE_CONFIG) problems.push(...siteConfigProblems(siteFile));
				// Publishing at an address needs an operator and a contact; without an address the footer says none is set.
				if (!problems.length && process.env.MAMORI_SITE) problems.push(...publishingProblems(loadSiteConfig(siteFile), siteFile));
				if (problems.length) {
					const lines = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
					throw new Error(`Content has ${problems.length} problem(s):\n${lines}`);
				}
			},
		},
	};
}

/**
 * The content of <meta property="…"> in a built page, or undefined.
 * @param {string} html
 * @param {string} property
 * @returns {string | undefined}
 */
function metaProperty(html, property) {
	return one(html, `meta[property="${property}"]`)?.attribs.content;
}

/**
 * @returns {import('astro').AstroIntegration}
 * After the build: draw each page's preview image (named in its og:image, titled by its og:title, so any
 * new page gets one) and write /.well-known/security.txt when site.yaml gives a contact.
 */
function publishingFiles() {
	return {
		name: 'mamori:publishing-files',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const started = Date.now();
				const previews = new Map();
				for (const file of htmlFiles(root)) {
					const html = readFileSync(file, 'utf8');
					const image = metaProperty(html, 'og:image');
					if (!image) continue;
					const path = new URL(image, 'http://x').pathname;
					if (path === SITE_PREVIEW) previews.set(path, { title: t('site.tagline'), site: SITE.name });
					else if (path.startsWith('/og/'))
						previews.set(path, {
							title: metaProperty(html, 'og:title') ?? SITE.name,
							kind: urlPathOf(root, file) === '/' ? undefined : previewOf(urlPathOf(root, file)).kind,
							site: `${SITE.name}｜${t('site.tagline')}`,
						});
				}
				let drawn = 0;
				const cache = fileURLToPath(new URL('./node_modules/.cache/mamori-og/', import.meta.url));
				await eachLimited([...previews], 2, async ([path, text]) => {
					if (await writePreview(text, `${root}${path.slice(1)}`, cache)) drawn++;
				});
				logger.info(`${previews.size} preview images (${drawn} drawn, ${previews.size - drawn} from cache) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

				const config = loadSiteConfig(siteConfigFile(process.env.MAMORI_CONTENT_DIR ?? 'content'));
				const txt = securityTxt(config, process.env.MAMORI_SITE ? new URL(process.env.MAMORI_SITE) : undefined, new Date());
				if (txt) {
					mkdirSync(`${root}.well-known`, { recursive: true });
					writeFileSync(`${root}.well-known/security.txt`, txt);
				} else logger.warn('/.well-known/security.txt not written: content/site.yaml gives no contact');
			},
		},
	};
}

/** @returns {import('astro').AstroIntegration} Two stylesheets a page at most, a site one and its own (scripts/stylesheets.ts, #20). */
function joinedStylesheets() {
	return {
		name: 'mamori:joined-stylesheets',
		hooks: {
			'astro:build:done': ({ dir, logger }) => logger.info(`${joinStylesheets(fileURLToPath(dir))} joined stylesheets`),
		},
	};
}

export default defineConfig({
	// The public address is set by the deployment (MAMORI_SITE); pages must not assume one.
	site: process.env.MAMORI_SITE,
	output: 'static',
	trailingSlash: 'always',
	// Every stylesheet and script is a file, never inline: one site-wide CSP (src/lib/csp.ts) then fits every page.
	build: { format: 'directory', inlineStylesheets: 'never' },
	integrations: [
		contentValidation(),
		mdx(),
		preact(),
		publishingFiles(),
		joinedStylesheets(),
		// A sitemap needs absolute addresses: only a build with one gets it. Print flyers, the search page and
		// the embeds (noindex, made to be framed by other sites) stay out.
		...(process.env.MAMORI_SITE ? [sitemap({ filter: (page) => !/\/search\/$|\/flyer\/$|\/embed\//.test(page) })] : []),
	],
	prefetch: false,
	vite: {
		build: {
			// Astro inlines scripts below this size; inline code would need its own hash in the CSP.
			assetsInlineLimit: 0,
			// CSS stays split per page. One site stylesheet (cssCodeSplit: false, tried for #20) sent 13.6 kB gzip
			// to every page (median page 15.2 → 23.4 kB) and did not bring largest paint closer to the floor page.
			rolldownOptions: {
				output: {
					// The header's eager script (on every page, before the first paint) is one file: the `/` shortcut
					// switch it shares with /search/ goes into it rather than into a chunk of its own, one request
					// fewer in every page's critical chain (#20). /search/ imports it from there; the header has
					// loaded it already.
					manualChunks(id) {
						if (/SearchBox\.astro\?astro&type=script|\/islands\/search\/(shortcut|header-box)\.ts$/.test(id)) return 'header-eager';
						// The same for the chart figures' tools (before the first paint on the threat and statistics pages):
						// the export and ?highlight= helpers they share with the islands go into their one file.
						if (/ChartFigure\.astro\?astro&type=script|\/islands\/chart-export\.ts$|\/lib\/charts\/highlight-param\.ts$/.test(id)) return 'chart-figure';
					},
				},
				// MDX modules carry Astro's "use astro:head-inject" directive; the bundler's notice about it is noise.
				onLog(level, log, handler) {
					if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
				},
			},
		},
	},
	// No security.csp: Astro's would list a hash of every bundled file on every page (3–4 kB). The one policy
	// is src/lib/csp.ts, written by BaseLayout and EmbedLayout and by scripts/write-headers.ts into _headers.
});
