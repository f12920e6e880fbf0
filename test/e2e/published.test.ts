import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.ts';
import { PREFECTURES } from '../../src/lib/prefectures.ts';
import { buildPublished, PUBLISHED_SITE } from '../published-site.ts';
import { decodeQr, launch } from './harness.ts';

// The rest of the suite tests dist/, built without a public address, so it never sees a QR code.
// Chambers of commerce print the published site: build it once more with an address (any will do;
// .example is reserved for tests) and check what changes with it.
const SITE = PUBLISHED_SITE;

let root: string;
let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
beforeAll(async () => {
	// The build tests made this build moments ago in `npm test`; it is made again only when dist/ is newer.
	root = buildPublished({ reuse: true });
	({ server, url: origin } = await serve(root, 0));
	browser = await launch();
	page = await browser.newPage();
}, 300_000);
afterAll(async () => {
	await browser?.close();
	server?.close();
});

describe('the published site (built with a public address)', () => {
	// Every page's address and code are read without a browser in test/build/publishing.test.ts; here a code
	// drawn by Chromium is read back once as a camera would, and every flyer is printed.
	it('prints every flyer, QR code included, on exactly one A4 page', async () => {
		for (const p of PREFECTURES) {
			await page.goto(`${origin}/otasuketai/${p.slug}/flyer/`);
			if (p === PREFECTURES[0]) expect(await decodeQr(page, '.flyer svg.qr'), p.slug).toBe(`${SITE}/otasuketai/${p.slug}/`);
			const pdf = await page.pdf({ format: 'A4' });
			// Each page object in the PDF is one printed sheet.
			expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, p.slug).toBe(1);
		}
	}, 240_000);
});
