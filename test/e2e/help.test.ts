import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launch, visit } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

// The contact files themselves, so the page is checked against its one source of facts.
const contacts = readdirSync('content/help').map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(`content/help/${f}`, 'utf8')) }));

describe('help page without JavaScript', () => {
	it('starts with the first-hour checklist', async () => {
		const v = await visit(browser, '/help/', { javaScriptEnabled: false });
		expect(await v.page.locator('#first-hour ~ ol li').count()).toBeGreaterThanOrEqual(4);
		expect(await v.page.locator('#first-hour ~ ol li').first().textContent()).toContain('消さない');
		await v.close();
	});

	it.each(contacts.map((c) => [c.id, c] as const))('shows %s with its phone, hours, the date of its source and the source', async (id, c) => {
		const v = await visit(browser, '/help/', { javaScriptEnabled: false });
		const card = v.page.locator(`article:has(#contact-${id})`);
		expect(await card.locator('h3').textContent()).toBe(c.name);
		const text = (await card.textContent())!;
		if (c.phone) expect(text).toContain(c.phone);
		if (c.hours) expect(text).toContain(c.hours);
		expect(text).toContain('の資料による');
		const changes: { text: string; sources: unknown[] }[] = c.changes ?? [];
		for (const change of changes) expect(text.replace(/\s+/g, '')).toContain(change.text.replace(/\s+/g, ''));
		expect(await card.locator('.change').count()).toBe(changes.length);
		expect(await card.locator('.sources li').count()).toBe(c.sources.length + changes.reduce((n, ch) => n + ch.sources.length, 0));
		await v.close();
	});

	it('puts the desk for companies first, and tells a reader of the older desks where companies ask now', async () => {
		const v = await visit(browser, '/help/', { javaScriptEnabled: false });
		expect(await v.page.locator('#contacts ~ article h3').first().textContent()).toBe('企業組織向けサイバーセキュリティ相談窓口');
		expect(await v.page.locator('article:has(#contact-ipa-anshin) .change').textContent()).toContain('個人で使っている');
		await v.close();
	});
});
