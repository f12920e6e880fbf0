import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launch, reusedTab, visit } from './harness.ts';

let browser: Browser;
let tab: Awaited<ReturnType<typeof reusedTab>>;
beforeAll(async () => {
	browser = await launch();
	// One tab without JavaScript for every check here: the help pages must work without it.
	tab = await reusedTab(browser, { javaScriptEnabled: false });
});
afterAll(() => browser?.close());

const read = (dir: string) => readdirSync(dir).map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(`${dir}/${f}`, 'utf8')) }));
// The content files themselves, so the pages are checked against their one source of facts.
const contacts = read('content/help');
const situations = read('content/help-situations').sort((a, b) => a.order - b.order);
const COPY_HOSTS = /megalodon\.jp|archive\.org|cache\.yimg\.jp|hqproductreviews|lepang\.cn|twitter\.com|x\.com\//;

// One page of each kind the site has: home, section tops, a threat, an edition, a prefecture and its flyer, a case, help.
const PAGE_KINDS = [
	'/',
	'/threats/',
	'/threats/ransomware/',
	'/threats/editions/2026/',
	'/threats/compare/',
	'/guideline/',
	'/self-check/',
	'/otasuketai/',
	'/otasuketai/kumamoto/',
	'/otasuketai/regions/kyushu-okinawa/',
	'/otasuketai/teams/2019-aichi/',
	'/otasuketai/kumamoto/flyer/',
	'/policy/',
	'/cases/',
	'/cases/wannacry/',
	'/stats/',
	'/guideline/executives/',
	'/policy/stars/',
	'/data/',
	'/about/',
	'/search/',
	'/help/',
	`/help/${situations[0]!.id}/`,
];

describe('the 困ったとき link in the header', () => {
	it('is on the first screen of a 375 px phone on every kind of page, without scrolling', async () => {
		const phone = await reusedTab(browser, { viewport: { width: 375, height: 667 } });
		for (const path of PAGE_KINDS) {
			const { page, status } = await phone.go(path);
			expect(status, path).toBe(200);
			const link = page.locator('header a[href="/help/"]');
			expect(await link.isVisible(), path).toBe(true);
			const box = (await link.boundingBox())!;
			expect(box.y + box.height, path).toBeLessThanOrEqual(667);
			expect(box.x + box.width, path).toBeLessThanOrEqual(375);
			expect(box.height, path).toBeGreaterThanOrEqual(24);
		}
	});
});

describe('/help/ without JavaScript', () => {
	it('offers every situation first, in order, as large links', async () => {
		const { page } = await tab.go('/help/');
		const links = page.locator('main .chooser a');
		expect(await links.locator('.title').allTextContents()).toEqual(situations.map((s) => s.title));
		expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(situations.map((s) => `/help/${s.id}/`));
		for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height))) expect(box).toBeGreaterThanOrEqual(44);
		// The chooser comes before the contacts.
		const chooserTop = await links.first().evaluate((a) => a.getBoundingClientRect().top);
		expect(chooserTop).toBeLessThan(await page.locator('#contacts').evaluate((h) => h.getBoundingClientRect().top));
	});

	it('shows every contact with its confirmed numbers, the day it was checked and its own page, never a copy', async () => {
		const { page } = await tab.go('/help/');
		for (const c of contacts) {
			const card = page.locator(`article[data-contact="${c.id}"]`);
			expect(await card.locator('h3').textContent()).toBe(c.name);
			const text = (await card.textContent())!;
			for (const p of c.phones ?? []) expect(text).toContain(p.number);
			if (c.email) expect(text).toContain(c.email);
			const [y, m, d] = c.checked.split('-').map(Number);
			expect(text).toContain(`確認日：${y}年${m}月${d}日`);
			const hrefs = await card.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
			expect(hrefs).toContain(c.url);
			for (const s of c.sources) expect(hrefs).toContain(s.url);
			expect(
				hrefs.filter((h) => COPY_HOSTS.test(h)),
				c.id,
			).toEqual([]);
		}
	});
});

describe('situation pages without JavaScript', () => {
	it.each(situations.map((s) => [s.id, s] as const))('/help/%s/ gives the first hour, what not to do, what to keep and whom to call', async (id, s) => {
		const { page, status } = await tab.go(`/help/${id}/`);
		expect(status).toBe(200);
		expect(await page.locator('h1').textContent()).toBe(s.title);
		expect(await page.locator('#first-hour + ol > li').count()).toBe(s.firstHour.length);
		expect(await page.locator('#dont + ul > li').count()).toBe(s.dont.length);
		expect(await page.locator('#keep + ul > li').count()).toBe(s.keep.length);
		const shown = await page.locator('#contacts ~ article[data-contact]').evaluateAll((as) => as.map((a) => a.getAttribute('data-contact')));
		expect(shown).toEqual(s.contacts.map((c: { id: string }) => c.id));
		const [y, m, d] = s.reviewed.split('-').map(Number);
		expect(await page.locator('main').textContent()).toContain(`内容の確認：${y}年${m}月${d}日`);
		if (s.duty) {
			// The legal duty leads to its contact: the card in place, or the card further down.
			const duty = contacts.find((c) => c.id === s.duty.contact)!;
			const links = await page.locator('section:has(#duty) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(links.some((h) => h === duty.url || h === `#contact-${duty.id}`)).toBe(true);
		}
		for (const t of s.threats) expect(await page.locator(`a[href="/threats/${t}/"]`).count()).toBe(1);
		const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(hrefs.filter((h) => COPY_HOSTS.test(h))).toEqual([]);
		// Printed, the page fits on at most two A4 sheets.
		const pdf = await page.pdf({ format: 'A4' });
		expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeLessThanOrEqual(2);
	});
});

describe('the help pages offline', () => {
	it('open with the network switched off after one visit to any page, marked as a saved copy with its date', async () => {
		const v = await visit(browser, '/threats/');
		// The worker precaches the help pages on install; wait until every one is saved.
		const saved = await v.page.evaluate(async (count) => {
			await navigator.serviceWorker.ready;
			for (let i = 0; i < 100; i++) {
				const keys = await (await caches.open('mamori-help-v1')).keys();
				if (keys.length >= count) return keys.length;
				await new Promise((r) => setTimeout(r, 100));
			}
			return -1;
		}, situations.length + 1);
		expect(saved).toBe(situations.length + 1);
		await v.page.context().setOffline(true);
		for (const path of ['/help/', ...situations.map((s) => `/help/${s.id}/`)]) {
			const res = await v.page.goto(`${new URL(v.page.url()).origin}${path}`);
			expect(res?.status(), path).toBe(200);
			expect(await v.page.locator('h1').count(), path).toBe(1);
			const note = (await v.page.locator('main .mm-offline-copy').textContent()) ?? '';
			expect(note, path).toMatch(/\d{4}年\d{1,2}月\d{1,2}日.*に保存したこのページの写し/);
		}
		// A page that is not a help page is not kept: offline it fails as any page would.
		await expect(v.page.goto(`${new URL(v.page.url()).origin}/threats/ransomware/`)).rejects.toThrow();
		await v.close();
	});
});
