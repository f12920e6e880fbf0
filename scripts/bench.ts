// `npm run bench`: build, then report page weight per page, build and index times, and Lighthouse
// (mobile) for one page of each kind. A report, not a test: it prints targets beside the figures.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { benchSearch, reportSearch } from './bench-search.ts';
import { htmlFiles, urlPathOf } from './dist-files.ts';
import { all, attrValues, parse, text } from './html.ts';
import { serve } from './serve.ts';

const DIST = 'dist';
const TARGET_MEDIAN_KB = 12;
const TARGET_LCP_S = 0.9;

/** Run a command and return how long it took in seconds. */
function timed(command: string): number {
	const t = performance.now();
	execSync(command, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	return (performance.now() - t) / 1000;
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (n: number) => (n / 1024).toFixed(1);

/** Gzip bytes of a page's HTML, its stylesheets and its scripts (islands' component and renderer modules included). */
function pageWeight(file: string) {
	const html = parse(readFileSync(file, 'utf8'));
	const css = attrValues(html, 'link', 'href').filter((h) => h.endsWith('.css')).reduce((n, h) => n + gz(join(DIST, h)), 0);
	const scripts = new Set([
		...attrValues(html, 'script', 'src'),
		...attrValues(html, 'link', 'href').filter((h) => h.endsWith('.js')),
		...attrValues(html, 'astro-island', 'component-url'),
		...attrValues(html, 'astro-island', 'renderer-url'),
	]);
	const js = [...scripts].reduce((n, s) => n + gz(join(DIST, s)), 0);
	// JSON-LD is a data block, never run: it is not JavaScript.
	const inlineJs = all(html, 'script:not([src]):not([type="application/ld+json" i])').reduce((n, el) => n + text(el).length, 0);
	// Every page has the header search script and the one-line service-worker registration (offline help
	// pages); list pages with more than those.
	const own = [...scripts].filter((src) => !src.includes('/SearchBox.astro_astro_type_script') && src !== '/register-sw.js');
	return { html: gz(file), css, js, hasScript: own.length > 0 || inlineJs > 0 };
}

function dirBytes(dir: string): number {
	return readdirSync(dir).reduce((n, f) => {
		const p = join(dir, f);
		return n + (statSync(p).isDirectory() ? dirBytes(p) : statSync(p).size);
	}, 0);
}

console.log('Building…');
const astroSeconds = timed('astro build && node scripts/write-headers.ts');
const indexSeconds = timed('pagefind --site dist');

const rows = htmlFiles(DIST).map((f) => ({ path: urlPathOf(DIST, f), ...pageWeight(f) }));
console.log('\nPage weight (gzip, kB)');
console.log('page'.padEnd(22) + 'HTML'.padStart(7) + 'CSS'.padStart(7) + 'JS'.padStart(7) + 'total'.padStart(8));
for (const r of rows) console.log(r.path.padEnd(22) + kb(r.html).padStart(7) + kb(r.css).padStart(7) + kb(r.js).padStart(7) + kb(r.html + r.css + r.js).padStart(8));
const totals = rows.map((r) => r.html + r.css + r.js).sort((a, b) => a - b);
const median = totals.length % 2 ? totals[(totals.length - 1) / 2]! : (totals[totals.length / 2 - 1]! + totals[totals.length / 2]!) / 2;
const withJs = rows.filter((r) => r.hasScript).map((r) => r.path);
console.log(`\nmedian page: ${kb(median)} kB gzip (target ≤ ${TARGET_MEDIAN_KB} kB) ${median / 1024 <= TARGET_MEDIAN_KB ? '✓' : '✗'}`);
console.log(`pages with JavaScript beyond the header search box: ${withJs.join(', ') || 'none'} (target: only pages with an island or search)`);
console.log(`build: astro ${astroSeconds.toFixed(1)} s, pagefind index ${indexSeconds.toFixed(1)} s`);
const uiFiles = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;
const indexBytes = readdirSync(join(DIST, 'pagefind')).filter((f) => !uiFiles.test(f)).reduce((n, f) => {
	const p = join(DIST, 'pagefind', f);
	return n + (statSync(p).isDirectory() ? dirBytes(p) : statSync(p).size);
}, 0);
console.log(`search index: ${kb(indexBytes)} kB on disk for ${rows.length} pages (Pagefind runtime and wasm included, UI excluded)`);

// Lighthouse, mobile defaults (simulated throttling), one page of each kind.
const KINDS = (process.env.BENCH_PAGES ?? '/,/threats/,/guideline/,/self-check/,/otasuketai/,/help/,/search/').split(',');
const { server, url } = await serve(DIST, 0);

console.log('\nSearch in the header box (headless Chromium, local server; alone: node scripts/bench-search.ts)');
reportSearch(await benchSearch(url));

const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
console.log('\nLighthouse (mobile, simulated throttling): targets 100 in every category, LCP ≤ 0.9 s');
console.log('page'.padEnd(16) + 'perf'.padStart(6) + 'a11y'.padStart(6) + 'best'.padStart(6) + 'seo'.padStart(6) + 'LCP s'.padStart(8) + 'TBT ms'.padStart(8) + 'CLS'.padStart(7));
try {
	for (const path of KINDS) {
		// Headless Chromium now and then loses the trace (NO_NAVSTART); such a run says nothing, so try again.
		let lhr;
		for (let attempt = 1; attempt <= 3 && !lhr; attempt++) {
			const r = (await lighthouse(url + path, { port: chrome.port, output: 'json', logLevel: 'silent' }))!.lhr;
			if (!r.runtimeError && Number.isFinite(r.audits['largest-contentful-paint']?.numericValue)) lhr = r;
		}
		if (!lhr) {
			console.log(`${path.padEnd(16)} no valid Lighthouse run in 3 attempts`);
			continue;
		}
		const score = (k: string) => String(Math.round((lhr.categories[k]?.score ?? 0) * 100));
		const lcp = (lhr.audits['largest-contentful-paint']?.numericValue ?? NaN) / 1000;
		const tbt = lhr.audits['total-blocking-time']?.numericValue ?? NaN;
		const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
		console.log(path.padEnd(16) + score('performance').padStart(6) + score('accessibility').padStart(6) + score('best-practices').padStart(6) + score('seo').padStart(6) + lcp.toFixed(2).padStart(8) + tbt.toFixed(0).padStart(8) + cls.toFixed(3).padStart(7) + (lcp <= TARGET_LCP_S ? '' : '  ✗ LCP'));
		const failing = Object.values(lhr.categories).flatMap((c) => (c.score ?? 1) < 1 ? c.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => `${c.id}:${r.id}`) : []);
		if (failing.length) console.log(`    below 100 because of: ${failing.join(', ')}`);
	}
} finally {
	await chrome.kill();
	server.close();
}
