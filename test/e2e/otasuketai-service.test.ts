import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { launch, visit, type Visit } from './harness.ts';

// IPA's list of registered services, as the content file gives it to every お助け隊 page.
const IPA_SERVICE_LIST_URL: string = parse(readFileSync('content/otasuketai-service/standard.yaml', 'utf8')).serviceListUrl;

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

// Everything below must be in the HTML: the section is static and the page's script only follows ?pref=.
const open = (path: string) => visit(browser, path, { javaScriptEnabled: false });

/** The source links of one fact (row, list item or paragraph): their targets, e.g. '#service-source-2'. */
const refsOf = (fact: Locator) => fact.locator('a[href^="#service-source-"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));

/** Which of these facts cite no source, or cite a number that is not in the section's source list. */
async function unsourced(page: Page, facts: Locator): Promise<string[]> {
	const bad: string[] = [];
	for (const fact of await facts.all()) {
		const refs = await refsOf(fact);
		const missing = [];
		for (const href of refs) if ((await page.locator(`li${href}`).count()) !== 1) missing.push(href);
		if (refs.length === 0 || missing.length > 0) bad.push(`${(await fact.innerText()).slice(0, 40)} → ${refs.length ? missing.join(' ') : 'no source'}`);
	}
	return bad;
}

describe('お助け隊 service standard on /otasuketai/ (no JavaScript)', () => {
	let v: Visit;
	beforeAll(async () => {
		v = await open('/otasuketai/');
	});
	afterAll(() => v?.close());

	it('leads with the 1類 price ceilings in one sentence', async () => {
		const lead = await v.page.locator('section[data-section="service-standard"] .mm-lead').innerText();
		expect(lead).toContain('月額1万円以下');
		expect(lead).toContain('1台あたり月額2,000円以下');
	});

	it('shows the price ceilings table: two 1類 ceilings, and a 2類 row that says the amount was not found', async () => {
		const rows = v.page.locator('table[data-table="price-ceilings"] tbody tr');
		const text = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
		expect(text).toHaveLength(3);
		expect(text[0]).toMatch(/1類.*ネットワーク一括監視型.*月額1万円以下/);
		expect(text[1]).toMatch(/1類.*端末監視型.*1台あたり月額2,000円以下/);
		expect(text[2]).toMatch(/2類.*確認できていません/);
	});

	it("gives every price ceiling a source in the section's numbered list", async () => {
		expect(await unsourced(v.page, v.page.locator('table[data-table="price-ceilings"] tbody tr'))).toEqual([]);
	});

	it('fits the price ceilings table on a 375 px phone, with no column hidden behind a sideways scroll', async () => {
		const phone = await visit(browser, '/otasuketai/', { javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
		try {
			const table = phone.page.locator('table[data-table="price-ceilings"]');
			const [tableWidth, boxWidth] = await table.evaluate((t) => [t.scrollWidth, t.parentElement!.clientWidth]);
			expect(tableWidth).toBeLessThanOrEqual(boxWidth);
		} finally {
			await phone.close();
		}
	});

	it('shows the subsidy terms of 2022 and 2025, each with a source', async () => {
		await v.page.getByText('補助の条件を開く').click();
		const rows = v.page.locator('table[data-table="subsidy"] tbody tr');
		const text = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
		expect(text[0]).toMatch(/2022年.*100万円.*1\/2/);
		expect(text[1]).toMatch(/2025年.*150万円.*中小企業 1\/2.*小規模事業者 2\/3/);
		expect(await unsourced(v.page, rows)).toEqual([]);
	});

	it("says the current list of registered services is not mirrored, and links to IPA's list", async () => {
		const note = v.page.locator('[data-service-list]');
		expect(await note.innerText()).toContain('入手できていない');
		expect(await note.locator('a').getAttribute('href')).toBe(IPA_SERVICE_LIST_URL);
	});

	it("numbers the section's sources without gaps, so every [n] has a target", async () => {
		const ids = await v.page.locator('li[id^="service-source-"]').evaluateAll((lis) => lis.map((li) => li.id));
		expect(ids.length).toBeGreaterThan(0);
		expect(ids).toEqual(ids.map((_, i) => `service-source-${i + 1}`));
	});
});

describe('お助け隊 history on /otasuketai/history/ (no JavaScript)', () => {
	let h: Visit;
	beforeAll(async () => {
		// Reached from /otasuketai/ as a reader would: its history section links here (#20).
		const from = await open('/otasuketai/');
		const href = await from.page.locator('section[data-section="service-history"] a[href="/otasuketai/history/"]').getAttribute('href');
		await from.close();
		h = await open(href!);
	});
	afterAll(() => h?.close());

	it('shows the history from the 2019 pilot to the new-type pilot, in date order', async () => {
		const timeline = h.page.locator('ol[data-timeline="otasuketai"]');
		const when = (await timeline.locator(':scope > li > .when').allInnerTexts()).map((t) => t.trim());
		expect(when[0]).toBe('2019年度');
		expect(when.at(-1)).toBe('実施中');
		expect(when).toEqual(expect.arrayContaining(['2020年度', '2021年2月', '2021年4月15日', '2021年7月', '2022年', '2023年2月20日', '2024年3月15日']));
		const text = await timeline.innerText();
		for (const fact of ['1,064社', '1,117社', '最初の5つ', '1.1版', 'セキュリティ対策推進枠', '6つのサービス', '2類', '42事業者', '2,000社超', '新類型']) expect(text, fact).toContain(fact);
		// Milestones and figures carry machine-readable dates, oldest first.
		const dates = await timeline.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
		expect(dates).toEqual([...dates].sort());
	});

	it("gives every entry of the history a source in the page's numbered list", async () => {
		const entries = h.page.locator('ol[data-timeline="otasuketai"] p[data-kind]');
		expect(await entries.count()).toBeGreaterThanOrEqual(12);
		expect(await unsourced(h.page, entries)).toEqual([]);
	});

	it("numbers the page's sources without gaps, so every [n] has a target", async () => {
		const ids = await h.page.locator('li[id^="service-source-"]').evaluateAll((lis) => lis.map((li) => li.id));
		expect(ids.length).toBeGreaterThan(0);
		expect(ids).toEqual(ids.map((_, i) => `service-source-${i + 1}`));
	});
});

describe('お助け隊 prefecture pages', () => {
	it('show the 1類 price ceilings with their sources and a link to the details', async () => {
		const v = await open('/otasuketai/tokyo/');
		const prices = v.page.locator('[data-prices]');
		const text = await prices.innerText();
		expect(text).toContain('月額1万円以下');
		expect(text).toContain('1台あたり月額2,000円以下');
		expect(await prices.locator('a[href="/otasuketai/#service-standard"]').count()).toBe(1);
		expect(await prices.locator('.sources li').count()).toBeGreaterThan(0);
		await v.close();
	});
});

describe('the prefecture picker on /otasuketai/ at 375 px', () => {
	it('leaves a gap between its button and the paragraph below it', async () => {
		const phone = await visit(browser, '/otasuketai/', { viewport: { width: 375, height: 812 } });
		try {
			const form = phone.page.locator('form.picker:not([hidden])');
			await form.waitFor();
			const gap = await form.evaluate((f) => {
				let next = f.nextElementSibling;
				while (next && next.getBoundingClientRect().height === 0) next = next.nextElementSibling;
				return next!.getBoundingClientRect().top - f.getBoundingClientRect().bottom;
			});
			expect(gap).toBeGreaterThanOrEqual(8);
		} finally {
			await phone.close();
		}
	});
});
