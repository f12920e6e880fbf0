// `npm run bench`: build, then report page weight per page, build and index times, and Lighthouse
// (mobile) for one page of each kind, against a floor: a one-paragraph Japanese page with the site's own
// head and stylesheets, served by the same server in the same run. A report, not a test: it prints targets
// beside the figures. BENCH_SKIP_BUILD=1 measures the dist/ that is there; BENCH_RUNS=n runs Lighthouse n times a page (median);
// BENCH_JSON=dir writes each run's Lighthouse JSON there.
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { benchSearch, reportSearch } from './bench-search.ts';
import { htmlFiles, urlPathOf } from './dist-files.ts';
import { all, attrValues, parse, text } from './html.ts';
import { serve } from './serve.ts';

const DIST = 'dist';
const TARGET_MEDIAN_KB = 12;
// Against the floor page: largest paint within 1.3× of it, blocking time ≤ 100 ms on a page without an
// island (≤ 200 ms with one, /self-check/ above all), no layout shift anywhere (issue #20).
const TARGET_LCP_RATIO = 1.3;
const TARGET_TBT_MS = 100;
const TARGET_TBT_ISLAND_MS = 200;
const FLOOR = '/bench-floor/';

/** Run a command and return how long it took in seconds. */
function timed(command: string): number {
	const t = performance.now();
	execSync(command, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	return (performance.now() - t) / 1000;
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (n: number) => (n / 1024).toFixed(1);

/** Gzip bytes of a page's HTML, its stylesheets and its scripts (islands' component and renderer modules or mount scripts included). */
function pageWeight(file: string) {
	const html = parse(readFileSync(file, 'utf8'));
	const css = attrValues(html, 'link', 'href')
		.filter((h) => h.endsWith('.css'))
		.reduce((n, h) => n + gz(join(DIST, h)), 0);
	const scripts = new Set([
		...attrValues(html, 'script', 'src'),
		...attrValues(html, 'link', 'href').filter((h) => h.endsWith('.js')),
		...attrValues(html, 'astro-island', 'component-url'),
		...attrValues(html, 'astro-island', 'renderer-url'),
		// Island mount scripts parked in a <template> until the page is idle (src/islands/idle.ts).
		...all(html, 'template[data-island-script]').flatMap((t) => attrValues(t.children, 'script', 'src')),
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

const skipBuild = process.env.BENCH_SKIP_BUILD === '1';
if (!skipBuild) console.log('Building…');
const astroSeconds = skipBuild ? NaN : timed('astro build && node scripts/write-headers.ts');
const indexSeconds = skipBuild ? NaN : timed('pagefind --site dist && node scripts/pagefind-chunks.ts dist');

const rows = htmlFiles(DIST).map((f) => ({ path: urlPathOf(DIST, f), ...pageWeight(f) }));
console.log('\nPage weight (gzip, kB)');
console.log('page'.padEnd(22) + 'HTML'.padStart(7) + 'CSS'.padStart(7) + 'JS'.padStart(7) + 'total'.padStart(8));
for (const r of rows) console.log(r.path.padEnd(22) + kb(r.html).padStart(7) + kb(r.css).padStart(7) + kb(r.js).padStart(7) + kb(r.html + r.css + r.js).padStart(8));
const totals = rows.map((r) => r.html + r.css + r.js).sort((a, b) => a - b);
const median = totals.length % 2 ? totals[(totals.length - 1) / 2]! : (totals[totals.length / 2 - 1]! + totals[totals.length / 2]!) / 2;
const withJs = rows.filter((r) => r.hasScript).map((r) => r.path);
console.log(`\nmedian page: ${kb(median)} kB gzip (target ≤ ${TARGET_MEDIAN_KB} kB) ${median / 1024 <= TARGET_MEDIAN_KB ? '✓' : '✗'}`);
console.log(`pages with JavaScript beyond the header search box: ${withJs.join(', ') || 'none'} (target: only pages with an island or search)`);
if (!skipBuild) console.log(`build: astro ${astroSeconds.toFixed(1)} s, pagefind index ${indexSeconds.toFixed(1)} s`);
const uiFiles = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;
const indexBytes = readdirSync(join(DIST, 'pagefind'))
	.filter((f) => !uiFiles.test(f))
	.reduce((n, f) => {
		const p = join(DIST, 'pagefind', f);
		return n + (statSync(p).isDirectory() ? dirBytes(p) : statSync(p).size);
	}, 0);
console.log(`search index: ${kb(indexBytes)} kB on disk for ${rows.length} pages (Pagefind runtime and wasm included, UI excluded)`);

/**
 * A folder that serves dist/ (every entry linked, _headers included) plus the floor page: the head of a real
 * page (its meta, CSP and stylesheets, without its scripts) and one paragraph of Japanese from that page.
 */
function withFloor(): string {
	const root = mkdtempSync(join(tmpdir(), 'mamori-bench-'));
	for (const name of readdirSync(DIST)) symlinkSync(resolve(DIST, name), join(root, name));
	const page = readFileSync(join(DIST, 'about', 'index.html'), 'utf8');
	const head = page.slice(0, page.indexOf('<body')).replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '');
	const main = page.slice(page.indexOf('<main'));
	const paragraph = [...main.matchAll(/<p>([^<]{60,})<\/p>/g)][0]?.[1];
	if (!paragraph) throw new Error('bench: no paragraph of plain text on /about/ to build the floor page from');
	mkdirSync(join(root, FLOOR.slice(1)), { recursive: true });
	writeFileSync(join(root, FLOOR.slice(1), 'index.html'), `${head}<body><main id="main"><p>${paragraph}</p></main></body></html>\n`);
	return root;
}

// Lighthouse, mobile defaults (simulated throttling, a mid-range phone at 4× CPU slowdown), one page of each kind.
// Performance only: accessibility, SEO and best practice are tested page by page elsewhere (test/e2e/pages.test.ts).
const KINDS = (process.env.BENCH_PAGES ?? '/,/threats/,/threats/ransomware/,/cases/broadband-router-hijacking/,/guideline/,/self-check/,/otasuketai/,/help/').split(',');
const ISLANDS = new Set(['/threats/', '/otasuketai/', '/self-check/']);
const floorRoot = withFloor();
const { server, url } = await serve(floorRoot, 0);

console.log('\nSearch in the header box (headless Chromium, local server; alone: node scripts/bench-search.ts)');
reportSearch(await benchSearch(url));

const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** One Lighthouse run of `path`; headless Chromium now and then loses the trace (NO_NAVSTART), so up to 3 tries. */
async function run(path: string) {
	for (let attempt = 1; attempt <= 3; attempt++) {
		const r = (await lighthouse(url.replace(/\/$/, '') + path, { port: chrome.port, output: 'json', logLevel: 'silent', onlyCategories: ['performance'] }))!.lhr;
		if (!r.runtimeError && Number.isFinite(r.audits['largest-contentful-paint']?.numericValue)) return r;
	}
	return undefined;
}
const metric = (lhr: NonNullable<Awaited<ReturnType<typeof run>>>, id: string) => lhr.audits[id]?.numericValue ?? NaN;

/** The middle value (the lower middle of an even count). */
const middleOf = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
// One Lighthouse run of a page swings by up to half the floor's LCP on this kind of host, so each page and
// the floor run RUNS times, in rounds (floor, then every page), and the report takes each one's median.
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
type Lhr = NonNullable<Awaited<ReturnType<typeof run>>>;

try {
	const runs = new Map<string, Lhr[]>([FLOOR, ...KINDS].map((p) => [p, []]));
	for (let round = 0; round < RUNS; round++) {
		for (const path of runs.keys()) {
			const lhr = await run(path);
			if (lhr) runs.get(path)!.push(lhr);
			// BENCH_JSON=dir keeps every run's Lighthouse report, to read its audits (LCP element, request chains).
			if (lhr && process.env.BENCH_JSON) {
				mkdirSync(process.env.BENCH_JSON, { recursive: true });
				writeFileSync(join(process.env.BENCH_JSON, `${path.replace(/\W+/g, '_')}${round}.json`), JSON.stringify(lhr));
			}
		}
	}
	const of = (path: string, id: string) => middleOf(runs.get(path)!.map((r) => metric(r, id)));
	const floors = runs.get(FLOOR)!;
	if (!floors.length) throw new Error('bench: no valid Lighthouse run of the floor page');
	const floorLcp = of(FLOOR, 'largest-contentful-paint');
	console.log(
		`\nLighthouse (mobile, simulated throttling), median of ${RUNS} runs. Floor page ${FLOOR}: LCP ${(floorLcp / 1000).toFixed(2)} s, TBT ${of(FLOOR, 'total-blocking-time').toFixed(0)} ms, CLS ${of(FLOOR, 'cumulative-layout-shift').toFixed(3)}`,
	);
	// Simulated throttling multiplies the main-thread time it observes by 4: on a busy host every figure but
	// CLS grows with the load. Lighthouse's benchmark index says how fast this host was (a quiet laptop: 1000+).
	const bench = middleOf(floors.map((r) => r.environment.benchmarkIndex));
	console.log(`host benchmark index ${bench.toFixed(0)}${bench < 800 ? ' (busy or slow host: LCP and TBT are inflated; compare ratios, rerun on a quiet machine)' : ''}`);
	console.log(`targets: LCP ≤ ${TARGET_LCP_RATIO}× the floor, TBT ≤ ${TARGET_TBT_MS} ms (≤ ${TARGET_TBT_ISLAND_MS} ms with an island), CLS 0; scores 100`);
	console.log('page'.padEnd(38) + 'perf'.padStart(5) + 'LCP s'.padStart(7) + '×floor'.padStart(8) + 'range'.padStart(12) + 'TBT ms'.padStart(8) + 'CLS'.padStart(7));
	for (const path of KINDS) {
		const lhrs = runs.get(path)!;
		if (!lhrs.length) {
			console.log(`${path.padEnd(38)} no valid Lighthouse run`);
			continue;
		}
		const score = String(Math.round(middleOf(lhrs.map((r) => r.categories.performance?.score ?? 0)) * 100));
		const lcp = of(path, 'largest-contentful-paint');
		const tbt = of(path, 'total-blocking-time');
		// CLS must be 0 in every run, not in most.
		const cls = Math.max(...lhrs.map((r) => metric(r, 'cumulative-layout-shift')));
		const ratio = lcp / floorLcp;
		const ratios = lhrs.map((r) => metric(r, 'largest-contentful-paint') / floorLcp);
		const range = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
		const tbtTarget = ISLANDS.has(path) ? TARGET_TBT_ISLAND_MS : TARGET_TBT_MS;
		const misses = [ratio > TARGET_LCP_RATIO && '✗ LCP', tbt > tbtTarget && '✗ TBT', cls > 0 && '✗ CLS'].filter(Boolean).join(' ');
		console.log(
			path.slice(0, 37).padEnd(38) +
				score.padStart(5) +
				(lcp / 1000).toFixed(2).padStart(7) +
				`${ratio.toFixed(2)}×`.padStart(8) +
				range.padStart(12) +
				tbt.toFixed(0).padStart(8) +
				cls.toFixed(3).padStart(7) +
				(misses ? `  ${misses}` : '  ✓'),
		);
	}
} finally {
	chrome.kill();
	server.close();
	rmSync(floorRoot, { recursive: true, force: true });
}
