import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { listPages } from '../../scripts/dist-files.ts';

/** Debian's Chromium; `npx playwright install` cannot download a browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags from the machine notes: without the background-networking ones Chromium tries to reach Google.
const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

/** Start headless Chromium. */
export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** The URL the global setup serves dist/ on. */
export function baseUrl(): string {
	return inject('baseUrl');
}

/** What a page did while it loaded, for assertions. */
export interface Visit {
	page: Page;
	/** HTTP status of the document. */
	status: number;
	/** Uncaught exceptions and console errors (CSP violations appear here too). */
	errors: string[];
	/** Requests to any origin other than the site's. */
	foreign: string[];
	/** Close the page and its context. */
	close(): Promise<void>;
}

/** A tab in its own context that records script errors and requests that leave the site. */
async function openTab(browser: Browser, options: BrowserContextOptions, initScripts: readonly string[] = []) {
	const origin = new URL(baseUrl()).origin;
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
	for (const script of initScripts) await context.addInitScript(script);
	const page = await context.newPage();
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	page.on('request', (r) => {
		const u = r.url();
		if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
	});
	return { page, origin, errors, foreign, close: () => context.close() };
}

/** Open `path` in a fresh context and record script errors and requests that leave the site. */
export async function visit(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Visit> {
	const tab = await openTab(browser, options);
	const response = await tab.page.goto(tab.origin + path, { waitUntil: 'load' });
	return { ...tab, status: response?.status() ?? 0 };
}

/**
 * One tab that visits many pages in turn, for checks run on every page: a new context per page
 * costs about half a second here, which over ~280 pages was most of the suite's time.
 * Each `go` starts a fresh record of errors and foreign requests. `axe: true` preloads axe-core in each page.
 */
export async function reusedTab(browser: Browser, options: BrowserContextOptions = {}, { axe = false }: { axe?: boolean } = {}) {
	// With `axe`, axe-core is in every document before the page's own scripts run, so axeViolations() need not
	// inject it: measured over 30 pages, that takes about 10% off each page's time against evaluating the 650 kB file (#21).
	const tab = await openTab(browser, options, axe ? [axeSource] : []);
	return {
		async go(path: string): Promise<Visit> {
			tab.errors.length = 0;
			tab.foreign.length = 0;
			const response = await tab.page.goto(tab.origin + path, { waitUntil: 'load' });
			return { page: tab.page, status: response?.status() ?? 0, errors: tab.errors, foreign: tab.foreign, close: async () => {} };
		},
	};
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Run axe-core for WCAG 2.1 A and AA (or only `rules`); returns one line per violation (rule, impact, first targets). */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
	// evaluate() runs outside the page's CSP, so axe can be injected without weakening the policy.
	// Once per document; a tab that stays open compiles it from V8's cache after the first page.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] };
	// Only violations are reported, so axe need not build selectors for every passing node (about a fifth of
	// each page's time in the sweep, #21), and the lines are made in the page rather than shipping its result out.
	return page.evaluate(async (runOnly) => {
		type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
		const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<Result> } }).axe;
		const { violations } = await axe.run(document, { runOnly, resultTypes: ['violations'] });
		return violations.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(', ')}`,
		);
	}, runOnly);
}

/** Every page in dist/ as a URL path ('/', '/threats/', …), 404 page excluded. */
export function builtPages(): string[] {
	return listPages('dist').filter((p) => p !== '/404.html');
}

const jsqrSource = readFileSync(createRequire(import.meta.url).resolve('jsqr'), 'utf8');

/** Decode the QR code drawn in `selector`, in the page, as a phone camera would read the picture. */
export async function decodeQr(page: Page, selector: string): Promise<string | null> {
	// jsQR's bundle is UMD: with no module system in sight it sets window.jsQR. evaluate() is not bound by the page's CSP.
	await page.evaluate(`var module, exports, define;\n${jsqrSource}`);
	return page.evaluate(async (sel) => {
		const svg = document.querySelector(sel)!;
		const img = new Image();
		img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 400;
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(img, 0, 0, 400, 400);
		const jsQR = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
		return jsQR(ctx.getImageData(0, 0, 400, 400).data, 400, 400)?.data ?? null;
	}, selector);
}
