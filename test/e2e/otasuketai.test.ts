import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all, builtPage } from '../../scripts/html.ts';
import { PREFECTURES } from '../../src/lib/prefectures.ts';
import { EXPECTED } from '../expected-coverage.ts';
import { baseUrl, launch, visit } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

// What a reader without scripts gets (each prefecture's teams, the directory list) is checked over the
// built HTML in test/build/otasuketai.test.ts; here, what needs scripts, layout or printing.

describe('お助け隊 prefecture pages', () => {
	it('say so where no region team served the prefecture, and still list the nationwide industry teams', async () => {
		const v = await visit(browser, '/otasuketai/tokyo/');
		expect(await v.page.getByText('東京都を担当地域として挙げた地域向けのチームはありません').count()).toBe(1);
		expect(await v.page.locator('ul.teams li .name').allTextContents()).toEqual(['14. 防衛・航空宇宙産業', '15. 自動車産業']);
		await v.close();
	});

	it('offer chambers of commerce the page address and a snippet for their newsletter', async () => {
		const v = await visit(browser, '/otasuketai/kumamoto/');
		expect(await v.page.locator('.kit .url').textContent()).toContain('/otasuketai/kumamoto/');
		expect(await v.page.locator('.kit #newsletter-text').inputValue()).toContain('熊本県の中小企業の皆さまへ');
		await v.page.emulateMedia({ media: 'print' });
		expect(await v.page.locator('.kit').isVisible()).toBe(false);
		await v.close();
	});
});

describe('お助け隊 directory', () => {
	it('lets a keyboard user reach a prefecture on the map with Tab, see where focus is, and open it with Enter', async () => {
		const v = await visit(browser, '/otasuketai/');
		const label = () => v.page.evaluate(() => document.activeElement?.closest('.tile-map a')?.getAttribute('aria-label') ?? '');
		let presses = 0;
		while (!(await label()).startsWith('熊本県') && presses < 300) {
			await v.page.keyboard.press('Tab');
			presses += 1;
		}
		expect(await label()).toMatch(/^熊本県/);
		const focused = v.page.locator('.tile-map a[aria-label^="熊本県"]');
		// A visible focus indicator: the tile's outline differs from an unfocused tile's.
		const ring = (loc: typeof focused) =>
			loc.evaluate((a) => `${getComputedStyle(a).outlineStyle} ${getComputedStyle(a.querySelector('rect')!).stroke} ${getComputedStyle(a.querySelector('rect')!).strokeWidth}`);
		expect(await ring(focused)).not.toBe(await ring(v.page.locator('.tile-map a[aria-label^="大分県"]')));
		await Promise.all([v.page.waitForURL('**/otasuketai/kumamoto/#ask-now'), v.page.keyboard.press('Enter')]);
		await v.close();
	});

	it('outlines a tile under the pointer and names its prefecture and team count in a tooltip', async () => {
		const v = await visit(browser, '/otasuketai/');
		const tile = v.page.locator('.tile-map a[aria-label^="熊本県"]');
		expect(await tile.locator('title').textContent()).toBe(await tile.getAttribute('aria-label'));
		const stroke = () => tile.locator('rect').evaluate((r) => getComputedStyle(r).stroke);
		const before = await stroke();
		await tile.hover();
		await expect.poll(stroke).not.toBe(before);
		await v.close();
	});

	it('sends the home page prefecture picker straight to the prefecture page when scripts run', async () => {
		const v = await visit(browser, '/');
		await v.page.selectOption('#pref-picker', 'okinawa');
		await Promise.all([v.page.waitForURL('**/otasuketai/okinawa/'), v.page.getByRole('button', { name: '相談先を見る' }).click()]);
		expect(v.errors).toEqual([]);
		await v.close();
	});
});

describe('お助け隊 map', () => {
	it.each(['light', 'dark'] as const)('labels every tile in a colour that differs from its tile (%s)', async (colorScheme) => {
		const v = await visit(browser, '/otasuketai/', { colorScheme });
		const same = await v.page
			.locator('.tile-map a')
			.evaluateAll((links) => links.filter((a) => getComputedStyle(a.querySelector('rect')!).fill === getComputedStyle(a.querySelector('text')!).fill).map((a) => a.getAttribute('aria-label')));
		expect(same).toEqual([]);
		await v.close();
	});
});

describe('お助け隊 directory filter', () => {
	/** Team ids a page lists (hidden ones left out). */
	const visibleTeams = (page: import('playwright-core').Page) =>
		page.locator('li[data-team]').evaluateAll((items) => items.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => (li as HTMLElement).dataset.team));
	/** Team ids a page lists without scripts, read from its built HTML. */
	const listedTeams = (path: string) => all(builtPage(path).doc, 'li[data-team]').map((li) => li.attribs['data-team']);
	// #20: the team lists and their filter moved from /otasuketai/ to the pilot teams' own page.
	const openFilter = async (path = '/otasuketai/pilots/') => {
		const v = await visit(browser, path);
		await v.page.waitForSelector('.dir-filter');
		return v;
	};

	describe('choosing one prefecture after another in one tab', () => {
		let v: Awaited<ReturnType<typeof openFilter>>;
		beforeAll(async () => {
			v = await openFilter();
		});
		afterAll(() => v?.close());

		it.each(['iwate', 'tokyo', 'osaka', 'gifu', 'shizuoka', 'fukuoka', 'saga', 'okinawa'])('shows exactly the teams of the %s page when that prefecture is chosen', async (slug) => {
			const expected = listedTeams(`/otasuketai/${slug}/`);
			await v.page.getByLabel('都道府県で絞る').selectOption(slug);
			// The previous prefecture may list the same teams (fukuoka, saga): wait for this choice to apply first.
			await expect.poll(() => new URL(v.page.url()).searchParams.get('prefecture')).toBe(slug);
			// The count sentence starts at a non-digit: a 3 must not match the 23 shown before the filter applies.
			await expect.poll(() => v.page.locator('.dir-count').textContent()).toMatch(new RegExp(`(^|\\D)${expected.length}チームが当てはまります`));
			await expect.poll(async () => (await visibleTeams(v.page)).toSorted()).toEqual(expected.toSorted());
			expect(v.errors).toEqual([]);
		});
	});

	it('shows a region’s teams, and offers the same list as a plain link without scripts', async () => {
		const expected = listedTeams('/otasuketai/regions/kanto/');
		expect(expected.length).toBeGreaterThan(2);
		const v = await openFilter();
		await v.page.getByLabel('地方で絞る').selectOption('kanto');
		await expect.poll(async () => (await visibleTeams(v.page)).toSorted()).toEqual(expected.toSorted());
		await v.close();

		const plain = await visit(browser, '/otasuketai/pilots/', { javaScriptEnabled: false });
		await Promise.all([plain.page.waitForURL('**/otasuketai/regions/kanto/'), plain.page.locator('.by-region a', { hasText: '関東' }).click()]);
		expect(await plain.page.locator('h1').textContent()).toBe('関東地方のサイバーセキュリティお助け隊');
		await plain.close();
	});

	it('narrows to the nationwide industry teams, hides empty year sections, and resets', async () => {
		const v = await openFilter();
		await v.page.getByLabel('種類・業界で絞る').selectOption('industry');
		// The list is filtered after the change renders, so wait for it as a reader would.
		await expect.poll(() => v.page.locator('li[data-team]:not([hidden]) .name').allTextContents()).toEqual(['14. 防衛・航空宇宙産業', '15. 自動車産業']);
		expect(await v.page.locator('#teams-2019').isVisible()).toBe(false);
		await v.page.getByRole('button', { name: '条件をはずす' }).click();
		await expect.poll(async () => (await visibleTeams(v.page)).length).toBe(23);
		expect(new URL(v.page.url()).search).toBe('');
		await v.close();
	});

	it('narrows to one industry, keeps it in the link, and offers the same as a plain link without scripts', async () => {
		const v = await openFilter();
		await v.page.getByLabel('種類・業界で絞る').selectOption({ label: '自動車産業' });
		await expect.poll(() => v.page.locator('li[data-team]:not([hidden]) .name').allTextContents()).toEqual(['15. 自動車産業']);
		const id = new URL(v.page.url()).searchParams.get('industry');
		expect(id).toBeTruthy();
		await v.close();

		const linked = await openFilter(`/otasuketai/pilots/?industry=${id}`);
		await expect.poll(() => linked.page.locator('li[data-team]:not([hidden]) .name').allTextContents()).toEqual(['15. 自動車産業']);
		await linked.close();

		const plain = await visit(browser, '/otasuketai/pilots/', { javaScriptEnabled: false });
		await Promise.all([plain.page.waitForURL(`**/otasuketai/teams/${id}/`), plain.page.locator('.by-region a', { hasText: '自動車産業' }).click()]);
		expect(await plain.page.locator('h1').textContent()).toContain('自動車産業');
		await plain.close();
	});

	it('restores a filtered view from its link', async () => {
		const v = await openFilter('/otasuketai/pilots/?region=kinki&kind=region');
		expect(await v.page.getByLabel('地方で絞る').inputValue()).toBe('kinki');
		await expect.poll(() => v.page.locator('li[data-team][hidden]').count()).toBeGreaterThan(0);
		const names = await v.page.locator('li[data-team]:not([hidden]) .name').allTextContents();
		expect(names.length).toBeGreaterThan(0);
		expect(names.join()).not.toContain('自動車産業');
		await v.close();
	});

	// #20: on its own page the filter is in the first screen; drawn once the page is idle, it pushed the lists down.
	it.each([375, 412, 1280])('draws itself at %i px without moving the team lists (no layout shift)', async (width) => {
		// Unfiltered, as a first visit opens it (a filtered link then hides teams, which moves the lists on purpose).
		const v = await visit(browser, '/otasuketai/pilots/', { viewport: { width, height: 900 } });
		await v.page.waitForSelector('.dir-filter');
		await expect.poll(() => v.page.locator('.dir-count').textContent()).toContain('23チーム');
		const shift = await v.page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					new PerformanceObserver((list) => resolve(list.getEntries().reduce((n, e) => n + (e as unknown as { value: number }).value, 0))).observe({ type: 'layout-shift', buffered: true });
					setTimeout(() => resolve(0), 500);
				}),
		);
		expect(shift).toBe(0);
		await v.close();
	});

	it('opens a link with ?prefecture=shiga showing only the teams of the Shiga page', async () => {
		const expected = listedTeams('/otasuketai/shiga/');
		expect(expected.length).toBeGreaterThan(2);
		const v = await openFilter('/otasuketai/pilots/?prefecture=shiga');
		expect(await v.page.getByLabel('都道府県で絞る').inputValue()).toBe('shiga');
		await expect.poll(async () => (await visibleTeams(v.page)).toSorted()).toEqual(expected.toSorted());
		expect(v.errors).toEqual([]);
		await v.close();
	});
});

describe('old links to the team lists of /otasuketai/ (#20)', () => {
	it('land /otasuketai/#teams-2019 on a link that takes the reader to the 2019 teams on their own page', async () => {
		const v = await visit(browser, '/otasuketai/#teams-2019');
		const target = v.page.locator(':target');
		expect(await target.evaluate((el) => el.tagName)).toBe('A');
		expect(await target.isVisible()).toBe(true);
		expect(await target.evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(true);
		await Promise.all([v.page.waitForURL('**/otasuketai/pilots/#teams-2019'), target.click()]);
		expect(await v.page.locator('h2#teams-2019').textContent()).toBe('2019年度の実証事業');
		expect(await v.page.locator('li[data-team^="2019-"]').count()).toBe(8);
		await v.close();
	});
});

describe('お助け隊 A4 flyer', () => {
	// Most teams make the longest flyer, fewest the shortest. The published-site test prints all 47,
	// QR codes included; here one print each way keeps the suite's time down.
	const byTeams = PREFECTURES.toSorted((a, b) => EXPECTED[a.code]!.flat().length - EXPECTED[b.code]!.flat().length);
	const printed = new Set([byTeams[0]!.slug, byTeams.at(-1)!.slug]);

	// That every prefecture page links its flyer, addressed to it, is read from the built HTML (test/build/otasuketai.test.ts).
	it(`prints on exactly one A4 page with the most and the fewest teams (${[...printed].join(', ')})`, async () => {
		const v = await visit(browser, '/', { javaScriptEnabled: false });
		for (const slug of printed) {
			await v.page.goto(`${baseUrl()}/otasuketai/${slug}/flyer/`);
			const pdf = await v.page.pdf({ format: 'A4' });
			// Each page object in the PDF is one printed sheet.
			const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
			expect(pages.length, slug).toBe(1);
		}
		await v.close();
	});

	it('leaves out the site header, footer and breadcrumbs when printed, but keeps the page address', async () => {
		const v = await visit(browser, '/otasuketai/iwate/flyer/');
		await v.page.emulateMedia({ media: 'print' });
		for (const sel of ['.site-header', '.site-footer', '.crumbs', '.screen-only']) expect(await v.page.locator(sel).first().isVisible(), sel).toBe(false);
		expect(await v.page.locator('.flyer .url').last().textContent()).toContain('/otasuketai/iwate/');
		expect(await v.page.locator('.flyer .teams li').count()).toBe(3);
		await v.close();
	});
});
