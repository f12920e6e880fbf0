import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { listPages } from '../../scripts/dist-files.ts';

/** Debian's Chromium; `npx playwright install` cannot download a browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags from the machine notes: without the background-networking ones Chromium tries to reach Google.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

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

/** Open `path` in a fresh context and record script errors and requests that leave the site. */
export async function visit(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Visit> {
	const origin = new URL(baseUrl()).origin;
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
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
	const response = await page.goto(origin + path, { waitUntil: 'load' });
	return { page, status: response?.status() ?? 0, errors, foreign, close: () => context.close() };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Run axe-core for WCAG 2.1 A and AA; returns one line per violation (rule, impact, first target). */
export async function axeViolations(page: Page): Promise<string[]> {
	// evaluate() runs outside the page's CSP, so axe can be injected without weakening the policy.
	await page.evaluate(axeSource);
	const result = await page.evaluate(() =>
		(window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
		}),
	);
	return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Every page in dist/ as a URL path ('/', '/threats/', …), 404 page excluded. */
export function builtPages(): string[] {
	return listPages('dist').filter((p) => p !== '/404.html');
}
