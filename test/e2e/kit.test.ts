import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_LIMITS } from '../../src/lib/kit.ts';
import { baseUrl, decodeQr, launch, reusedTab } from './harness.ts';

// The chamber kit on the default build (no MAMORI_SITE), served at a random port: every address a
// reader sees is full, built from where the page is served, and the QR codes open it.
// A bare site path in visible text: '/otasuketai/osaka/' or '</otasuketai/#x>' not preceded by a host.
const BARE_PATH = /(?<![\w.:/-])\/(otasuketai|threats|guideline|self-check|help|policy|cases|stats|data|about|search|embed|for-chambers)(\/|#)\S*/;

let browser: Browser;
let tab: Awaited<ReturnType<typeof reusedTab>>;
let page: Page;
let origin: string;
beforeAll(async () => {
	browser = await launch();
	tab = await reusedTab(browser, { viewport: { width: 375, height: 812 } });
	origin = new URL(baseUrl()).origin;
});
afterAll(() => browser?.close());

/** Every text a reader can see or copy, and every link target print would write out. */
async function readerTexts(): Promise<string[]> {
	return page.evaluate(() => [document.body.innerText, ...[...document.querySelectorAll('textarea')].map((t) => t.value)]);
}
async function printedLinkTargets(): Promise<string[]> {
	await page.emulateMedia({ media: 'print' });
	const targets = await page.locator('main a').evaluateAll((as) => as.map((a) => getComputedStyle(a, '::after').content).filter((c) => c && c !== 'none' && c !== 'normal'));
	await page.emulateMedia({ media: null });
	return targets;
}

describe('the chamber kit without a configured address', () => {
	it('gives the prefecture page its full address, a QR code that opens it, and newsletter text that ends with it', async () => {
		({ page } = await tab.go('/otasuketai/shiga/'));
		const url = `${origin}/otasuketai/shiga/`;
		await expect.poll(() => page.locator('.kit .url').textContent()).toBe(url);
		expect(await decodeQr(page, '.kit svg.qr')).toBe(url);
		expect(await page.locator('.kit svg.qr').getAttribute('aria-label')).toBe('滋賀県のページのアドレス（URL）のQRコード');
		expect((await page.locator('#newsletter-text').inputValue()).split('\n').at(-1)).toBe(url);
		expect(await page.locator('#newsletter-html').inputValue()).toContain(`<a href="${url}">${url}</a>`);
		for (const text of await readerTexts()) expect(text).not.toMatch(BARE_PATH);
		for (const target of await printedLinkTargets()) expect(target).not.toMatch(BARE_PATH);
	});

	it('copies the newsletter text with one press', async () => {
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		await page.getByRole('button', { name: 'コピーする' }).first().click();
		await expect.poll(() => page.locator('[data-copy-status]').first().textContent()).toBe('コピーしました。');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#newsletter-text').inputValue());
	});

	it('prints the flyer with the chamber name on one A4 page, with a QR code that opens the prefecture page', async () => {
		({ page } = await tab.go('/otasuketai/shiga/flyer/?from=%E5%BD%A6%E6%A0%B9%E5%95%86%E5%B7%A5%E4%BC%9A%E8%AD%B0%E6%89%80&tel=0749-22-0000'));
		const url = `${origin}/otasuketai/shiga/`;
		expect(await page.locator('[data-flyer-from]').textContent()).toBe('彦根商工会議所');
		expect(await page.locator('[data-flyer-tel]').textContent()).toBe('0749-22-0000');
		expect(await page.locator('.flyer .url').textContent()).toBe(url);
		expect(await decodeQr(page, '.flyer svg.qr')).toBe(url);
		for (const text of await readerTexts()) expect(text).not.toMatch(BARE_PATH);
		for (const target of await printedLinkTargets()) expect(target).not.toMatch(BARE_PATH);
		const pdf = await page.pdf({ format: 'A4' });
		expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
	});

	it('shows what a chamber types on the flyer as it types, and keeps it in the address', async () => {
		await page.getByLabel('団体名').fill('大津商工会議所');
		expect(await page.locator('[data-flyer-from]').textContent()).toBe('大津商工会議所');
		expect(new URL(page.url()).searchParams.get('from')).toBe('大津商工会議所');
	});

	it('shows hostile ?from= and ?tel= values as plain text, cut to length', async () => {
		const from = `<img src=x onerror="document.title='pwned'"><b>太字</b>${'あ'.repeat(80)}`;
		({ page } = await tab.go(`/otasuketai/shiga/flyer/?from=${encodeURIComponent(from)}&tel=${encodeURIComponent('"><script>document.title="pwned"</script>03-0000-0000')}`));
		const shown = await page.locator('[data-flyer-from]').textContent();
		expect(shown).toBe([...from].slice(0, FIELD_LIMITS.from).join(''));
		expect(await page.locator('[data-flyer-from] *').count()).toBe(0);
		expect(await page.locator('img[src="x"], b:has-text("太字")').count()).toBe(0);
		expect(await page.locator('[data-flyer-tel]').textContent()).toBe('03-0000-0000');
		expect(await page.title()).not.toBe('pwned');
	});
});

describe('the お助け隊 directory on a phone', () => {
	it('fits in about eight phone screens, and says what its map counts', async () => {
		({ page } = await tab.go('/otasuketai/'));
		// 18,700 px before the team lists, history, prefecture list, 2類 and subsidy terms folded away; 6,909 px when measured.
		expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(9 * 812);
		expect(await page.locator('.tile-map figcaption').textContent()).toContain('実証事業（2019・2020年度）');
		const labels = await page.locator('.tile-map a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]));
		expect(labels).toHaveLength(47);
		for (const [href, label] of labels) {
			expect(href).toMatch(/^\/otasuketai\/[a-z]+\/#ask-now$/);
			expect(label).toMatch(/いまの相談先へ$/);
		}
	});
});

describe('the desk card', () => {
	it('prints every help contact on one A4 page', async () => {
		({ page } = await tab.go('/for-chambers/help-card/'));
		expect(await page.locator('.contacts > li').count()).toBeGreaterThanOrEqual(5);
		const pdf = await page.pdf({ format: 'A4' });
		expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
	});
});

describe('the chamber kit without scripts', () => {
	it('shows a reader something usable, never a bare path, on the prefecture page and the flyer', async () => {
		const noJs = await reusedTab(browser, { javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
		for (const path of ['/otasuketai/shiga/', '/otasuketai/shiga/flyer/', '/for-chambers/', '/data/']) {
			({ page } = await noJs.go(path));
			for (const text of await readerTexts()) expect(text, path).not.toMatch(BARE_PATH);
			for (const target of await printedLinkTargets()) expect(target, path).not.toMatch(BARE_PATH);
		}
		({ page } = await noJs.go('/otasuketai/shiga/'));
		expect(await page.locator('.kit .url').textContent()).toContain('ブラウザのアドレス欄');
		await page.context().close();
	});
});

describe('embeds', () => {
	let other: Server;
	let otherOrigin: string;
	beforeAll(async () => {
		// Another site (another origin) that frames one of our pages, as a chamber's own page would.
		other = createServer((req, res) => {
			const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>chamber</title><iframe src="${origin}${src}" width="400" height="500"></iframe>`);
		});
		await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
		const address = other.address();
		otherOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	});
	afterAll(() => other?.close());

	/** Load a page of the other site framing `src`, and return the frame once it has loaded. */
	async function framed(src: string) {
		await page.goto(`${otherOrigin}/?src=${encodeURIComponent(src)}`, { waitUntil: 'load' });
		return page.frames().find((f) => f !== page.mainFrame())!;
	}

	it("renders an embed inside another site's frame, with a link that opens the full page in a new tab", async () => {
		({ page } = await tab.go('/'));
		const frame = await framed('/embed/otasuketai/shiga/');
		expect(await frame.locator('h1').textContent()).toBe('サイバー攻撃への備えを、まとめて頼めます');
		const full = frame.locator('.full a');
		expect(await full.getAttribute('target')).toBe('_blank');
		expect(await full.getAttribute('href')).toBe('/otasuketai/shiga/');
	});

	it("refuses to show any other page inside another site's frame", async () => {
		const frame = await framed('/otasuketai/shiga/');
		// Chromium puts its own error page in a frame it refused to load.
		await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
		expect(await frame.getByText('滋賀県のサイバーセキュリティお助け隊').count()).toBe(0);
	});
});
