import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, reusedTab, visit } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** Text of each row of the table with the given caption, cells joined by '|'. */
async function rows(page: import('playwright-core').Page, caption: string): Promise<string[]> {
	return page
		.locator('table', { has: page.locator(`caption:text-is("${caption}")`) })
		.locator('tbody tr')
		.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.querySelector('a')?.textContent ?? c.firstChild?.textContent ?? '').trim()).join('|')));
}

// The split of 2018's combined item, read from the edition files themselves (notes.md, 2026-12-05).
interface YamlEntry {
	rank?: number;
	threat: string;
	title: string | null;
	previousRank?: number;
	splitFrom?: string;
	continuesPredecessor?: boolean;
}
const yamlEditions = readdirSync('content/threats/editions').map((f) => parse(readFileSync(`content/threats/editions/${f}`, 'utf8')) as { edition: number; individual: { entries: YamlEntry[] } });
const splitEdition = yamlEditions.find((e) => e.individual.entries.some((x) => x.splitFrom))!;
const splitItems = splitEdition.individual.entries.filter((x) => x.splitFrom);

describe('the 2019 split of the combined card and banking item', () => {
	it('the edition page shows each split item with the rank it came from, never as 圏外から', async () => {
		expect(splitItems.length).toBeGreaterThan(1);
		const v = await visit(browser, `/threats/editions/${splitEdition.edition}/`);
		for (const item of splitItems) {
			const row = v.page.locator(`section:has(#list-individual) tr[data-threat="${item.threat}"]`);
			const cells = await row.locator('td').allTextContents();
			expect(cells[0]).toBe(`${item.rank}位`);
			expect(cells[1], item.threat).not.toMatch(/圏外|10位以内になかった/);
			expect(cells[1]).toContain(`${item.previousRank}位から分割`);
			expect(cells[1]).toContain(`${splitEdition.edition - 1}年版${item.previousRank}位の脅威から分かれた`);
			expect(cells[2]).toBe(`${item.previousRank}位`);
		}
		await v.close();
	});

	it('the credit-card page runs its history through the combined predecessor, with its ranks', async () => {
		const item = splitItems.find((x) => x.continuesPredecessor && x.threat === 'credit-card-fraud')!;
		const before = yamlEditions
			.filter((e) => e.edition < splitEdition.edition)
			.flatMap((e) => e.individual.entries.filter((x) => x.threat === item.splitFrom).map((x) => ({ edition: e.edition, rank: x.rank, title: x.title })))
			.sort((a, b) => a.edition - b.edition);
		expect(before.length).toBeGreaterThan(0);
		const v = await visit(browser, `/threats/${item.threat}/`);
		expect(await v.page.locator(`tr[data-via="${item.splitFrom}"]`).evaluateAll((trs) => trs.every((tr) => tr.querySelector('td')?.textContent === '個人'))).toBe(true);
		const inherited = await v.page
			.locator(`tr[data-via="${item.splitFrom}"]`)
			.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelectorAll('td')[1]!.textContent!.trim(), tr.querySelectorAll('td')[2]!.textContent!]));
		expect(inherited).toEqual(before.map((b) => [`${b.edition}年版`, `${b.rank}位`, expect.stringContaining(b.title!)]));
		const own = v.page.locator(`tr:not([data-via]):has(a[href="/threats/editions/${splitEdition.edition}/"])`);
		expect(await own.locator('td').nth(1).textContent()).toBe(`${item.rank}位`);
		expect(await v.page.locator(`[data-split="${item.splitFrom}"]`).textContent()).toContain(`${splitEdition.edition}年版で`);
		await v.close();
	});
});

describe('edition pages', () => {
	it('show the 2020 organisation list in order, with changes and the previous ranks the slide prints', async () => {
		const v = await visit(browser, '/threats/editions/2020/');
		const org = await rows(v.page, '情報セキュリティ10大脅威 2020（組織）');
		expect(org).toHaveLength(10);
		expect(org[0]).toBe('1位|標的型攻撃による機密情報の窃取|→|1位');
		expect(org[5]).toBe('6位|予期せぬIT基盤の障害に伴う業務停止|16位→6位|16位');
		const ind = await rows(v.page, '情報セキュリティ10大脅威 2020（個人）');
		expect(ind[0]).toBe('1位|スマホ決済の不正利用|NEW|—');
		expect(await v.page.getByRole('link', { name: '← 2019年版' }).getAttribute('href')).toBe('/threats/editions/2019/');
		await v.close();
	});

	it('show an unranked list without ranks and say so', async () => {
		const v = await visit(browser, '/threats/editions/2026/');
		const ind = await rows(v.page, '情報セキュリティ10大脅威 2026（個人）');
		expect(ind).toHaveLength(10);
		expect(ind.every((r) => !r.includes('位|'))).toBe(true);
		expect(await v.page.getByText('順位を付けずに五十音順で発表されています').count()).toBe(1);
		await v.close();
	});
});

describe('the trend chart on /threats/', () => {
	it('is in the page, with its data table, when scripts are off', async () => {
		const v = await visit(browser, '/threats/', { javaScriptEnabled: false });
		const figure = v.page.locator('#chart-organization');
		expect(await figure.locator('svg.wide[role="img"] > title').textContent()).toBe('情報セキュリティ10大脅威（組織）の順位の推移');
		expect(await figure.locator('[data-threat="ransomware"] path').count()).toBeGreaterThan(0);
		expect(await figure.locator('details table tbody tr').count()).toBeGreaterThan(10);
		expect(await v.page.locator('.chart-tools button').count()).toBe(0);
		expect(await v.page.locator('#list-organization ~ .mm-note, section:has(#list-organization) .mm-note').first().textContent()).toContain(
			'2025年版の「システムの脆弱性を突いた攻撃」（3位）は、前の版の「ゼロデイ攻撃」',
		);
		await v.close();
	});

	it('toggles threats with pressed buttons, any number at once, and keeps them in the URL', async () => {
		const v = await visit(browser, '/threats/');
		const chip = (id: string) => v.page.locator(`#chart-organization ~ [data-island] [data-threat-button="${id}"]`);
		await chip('insider-threat').waitFor();
		await chip('insider-threat').focus();
		await v.page.keyboard.press('Enter');
		await chip('ransomware').click();
		await v.page.waitForURL(/highlight=ransomware(%2C|,)insider-threat$/);
		expect(await chip('insider-threat').getAttribute('aria-pressed')).toBe('true');
		expect(await v.page.locator('#chart-organization svg.wide g[data-threat][data-active]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-threat')).sort())).toEqual([
			'insider-threat',
			'ransomware',
		]);
		await chip('insider-threat').focus();
		await v.page.keyboard.press('Space');
		await v.page.waitForURL(/highlight=ransomware$/);
		expect(await chip('insider-threat').getAttribute('aria-pressed')).toBe('false');
		expect(v.errors).toEqual([]);
		await v.close();
	});

	it('opens with every threat named in ?highlight= on, and says under the chart what each did', async () => {
		const v = await visit(browser, '/threats/?highlight=ransomware,supply-chain-attack');
		await v.page.locator('#chart-organization[data-highlight="ransomware supply-chain-attack"]').waitFor();
		for (const id of ['ransomware', 'supply-chain-attack']) expect(await v.page.locator(`[data-threat-button="${id}"]`).first().getAttribute('aria-pressed')).toBe('true');
		const sentences = await v.page.locator('#chart-organization ~ [data-island] [data-highlight-summary] p').allTextContents();
		// The first selected year comes from the edition files, read here without src/lib.
		const firstOrg = (id: string) =>
			yamlEditions
				.filter((e) => (e as unknown as { organization: { entries: YamlEntry[] } }).organization.entries.some((x) => x.threat === id))
				.map((e) => e.edition)
				.sort()[0];
		expect(sentences).toHaveLength(2);
		expect(sentences[0]).toMatch(new RegExp(`^ランサムウェア.*は、${firstOrg('ransomware')}年版で`));
		expect(sentences[1]).toMatch(new RegExp(`^サプライチェーン.*は、${firstOrg('supply-chain-attack')}年版で初めて選ばれ`));
		await v.close();
	});

	it('saves the chart as a standalone SVG file and as a PNG', async () => {
		const v = await visit(browser, '/threats/', { acceptDownloads: true });
		// The downloads sit with the table, under 「データを表で見る・CSV・画像・引用」.
		await v.page.locator('#chart-organization > details > summary').click();
		const tools = v.page.locator('#chart-organization [data-figure-tools]');
		await tools.locator('[data-export]:not([hidden])').waitFor();
		const [svg] = await Promise.all([v.page.waitForEvent('download'), tools.getByRole('button', { name: 'SVGで保存' }).click()]);
		expect(svg.suggestedFilename()).toBe('mamori-10threats-organization.svg');
		const body = readFileSync((await svg.path())!, 'utf8');
		expect(body).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(body).toContain('ランサムウェア');
		const [png] = await Promise.all([v.page.waitForEvent('download'), tools.getByRole('button', { name: 'PNGで保存' }).click()]);
		expect(png.suggestedFilename()).toBe('mamori-10threats-organization.png');
		const bytes = readFileSync((await png.path())!);
		expect(bytes.subarray(1, 4).toString()).toBe('PNG');
		expect(v.errors).toEqual([]);
		await v.close();
	});
});

describe('a policymaker comparing ransomware and supply-chain attacks', () => {
	it.each([375, 1280])('at %i px: turns both on, downloads the CSV and PNG, and copies a citation that links this view', async (width) => {
		const v = await visit(browser, '/threats/', { viewport: { width, height: 800 }, acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
		for (const id of ['ransomware', 'supply-chain-attack']) await v.page.locator(`#chart-organization ~ [data-island] [data-threat-button="${id}"]`).click();
		await v.page.waitForURL(/highlight=ransomware(%2C|,)supply-chain-attack/);
		expect(await v.page.locator('#chart-organization ~ [data-island] [data-highlight-summary] p').count()).toBe(2);
		await v.page.locator('#chart-organization > details > summary').click();
		const tools = v.page.locator('#chart-organization [data-figure-tools]');
		const [csv] = await Promise.all([v.page.waitForEvent('download'), tools.getByRole('link', { name: 'CSV（この図のデータ）' }).click()]);
		expect(csv.suggestedFilename()).toBe('mamori-10threats-organization.csv');
		expect(readFileSync((await csv.path())!, 'utf8')).toContain('ランサムウェア');
		const [png] = await Promise.all([v.page.waitForEvent('download'), tools.getByRole('button', { name: 'PNGで保存' }).click()]);
		expect(png.suggestedFilename()).toBe('mamori-10threats-organization-ransomware-supply-chain-attack.png');
		await tools.getByRole('button', { name: '引用をコピー' }).click();
		await tools.getByRole('button', { name: '引用をコピーしました' }).waitFor();
		const cited = await v.page.evaluate(() => navigator.clipboard.readText());
		expect(cited).toMatch(
			/^「情報セキュリティ10大脅威（組織）の順位の推移」Mamori（\d{4}年\d+月\d+日作成）http\S+\/threats\/\?highlight=ransomware(%2C|,)supply-chain-attack#chart-organization 出典：IPA/,
		);
		expect(await tools.locator('a[data-permalink]').getAttribute('href')).toBe(cited.split(' ')[0]!.replace(/^.*作成）/, ''));
		expect(v.errors).toEqual([]);
		await v.close();
	});
});

// #20: the individual (個人) list has a page of its own, so /threats/ paints sooner on a phone.
describe("the individual list's page", () => {
	it('is one tap from /threats/, and the old #list-individual anchor lands on a section that links there', async () => {
		const tab = await reusedTab(browser, { viewport: { width: 375, height: 800 } });
		let v = await tab.go('/threats/');
		await Promise.all([v.page.waitForURL('**/threats/individual/'), v.page.getByRole('navigation', { name: '一覧の切り替え' }).getByRole('link', { name: '個人向け' }).click()]);
		expect(await v.page.locator('h1').textContent()).toBe('情報セキュリティ10大脅威（個人向け）');
		v = await tab.go('/threats/#list-individual');
		const section = v.page.locator('section:has(> #list-individual)');
		expect(await section.isVisible()).toBe(true);
		expect(await v.page.locator('#list-individual').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(200);
		// The link keeps the reader's anchor, which names the list on its page too.
		await Promise.all([v.page.waitForURL('**/threats/individual/#list-individual'), section.getByRole('link', { name: '個人向けの脅威の順位と一覧' }).click()]);
		expect(await v.page.locator('h1#list-individual').isVisible()).toBe(true);
		expect(v.errors).toEqual([]);
		await v.page.context().close();
	});

	// A citation copied before the move (/threats/?highlight=phishing#chart-individual) still reaches the highlighted chart.
	it('carries an old cited highlight from /threats/ to the chart on its own page', async () => {
		const v = await visit(browser, '/threats/?highlight=phishing#chart-individual', { viewport: { width: 375, height: 800 } });
		const link = v.page.locator('#chart-individual').getByRole('link', { name: '個人向けの脅威の順位と一覧' });
		await Promise.all([v.page.waitForURL('**/threats/individual/?highlight=phishing#chart-individual'), link.click()]);
		await v.page.locator('#chart-individual[data-highlight="phishing"]').waitFor();
		expect(await v.page.locator('#chart-individual ~ [data-island] [data-threat-button="phishing"]').getAttribute('aria-pressed')).toBe('true');
		expect(v.errors).toEqual([]);
		await v.close();
	});

	it('opens with ?highlight=phishing on in the legend and the chart, says what phishing did, and shows the newest table', async () => {
		const v = await visit(browser, '/threats/individual/?highlight=phishing');
		await v.page.locator('#chart-individual[data-highlight="phishing"]').waitFor();
		const chip = (id: string) => v.page.locator(`#chart-individual ~ [data-island] [data-threat-button="${id}"]`);
		expect(await chip('phishing').getAttribute('aria-pressed')).toBe('true');
		expect(await v.page.locator('#chart-individual svg.wide g[data-threat][data-active]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-threat')))).toEqual(['phishing']);
		const sentences = await v.page.locator('#chart-individual ~ [data-island] [data-highlight-summary] p').allTextContents();
		expect(sentences).toHaveLength(1);
		expect(sentences[0]).toMatch(/^フィッシング/);
		// Another threat's button adds it to the link a reader can copy.
		const legend = await v.page.locator('#chart-individual ~ [data-island] [data-threat-button]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-threat-button')!));
		const other = legend.find((id) => id !== 'phishing')!;
		await chip(other).click();
		await v.page.waitForURL(new RegExp(`highlight=phishing(%2C|,)${other}$`));
		// The newest edition's table, from the edition file.
		const newest = yamlEditions.reduce((a, b) => (a.edition > b.edition ? a : b));
		expect(await rows(v.page, `情報セキュリティ10大脅威 ${newest.edition}（個人）`)).toHaveLength(newest.individual.entries.length);
		expect(v.errors).toEqual([]);
		await v.close();
	});
});

describe('the trends page', () => {
	it('is linked from /threats/ and shows, at 375 px, who rose and fell over the last 3, 5 and 10 editions from the edition files', async () => {
		const v = await visit(browser, '/threats/', { viewport: { width: 375, height: 800 } });
		await Promise.all([v.page.waitForURL('**/threats/trends/'), v.page.getByRole('link', { name: /^傾向/ }).click()]);
		// Read the organisation ranks without src/lib: the last 3, 5 and 10 ranked editions.
		const org = yamlEditions
			.map((e) => e as unknown as { edition: number; organization: { ranked: boolean; entries: YamlEntry[] } })
			.filter((e) => e.organization.ranked)
			.sort((a, b) => a.edition - b.edition);
		for (const span of [3, 5, 10]) {
			const [a, b] = [org.at(-span)!, org.at(-1)!];
			expect(await v.page.locator(`#moves-${span}`).textContent()).toBe(`直近${span}回（${a.edition}年版→${b.edition}年版）`);
			const rows = await v.page.locator(`#trend-moves-${span} details tbody tr`).count();
			expect(rows).toBe(new Set([...a.organization.entries, ...b.organization.entries].map((x) => x.threat)).size);
			const rank = (e: typeof a, id: string) => e.organization.entries.find((x) => x.threat === id)?.rank;
			const both = b.organization.entries.filter((x) => rank(a, x.threat)).map((x) => ({ id: x.threat, by: rank(a, x.threat)! - x.rank! }));
			const top = both.filter((x) => x.by > 0).sort((p, q) => q.by - p.by)[0];
			if (top) expect(await v.page.locator(`section:has(#moves-${span}) [data-trend-summary]`).textContent()).toContain(`（${rank(a, top.id)}位→${rank(b, top.id)}位）`);
			expect(await outsideWidth(v.page, `#trend-moves-${span} .plot`)).toBe(false);
		}
		expect(await v.page.locator('figure[data-chart] a[data-csv]').count()).toBe(await v.page.locator('figure[data-chart]').count());
		expect(v.errors).toEqual([]);
		await v.close();
	});
});

/** Whether an element scrolls sideways (its content wider than its box). */
const outsideWidth = (page: import('playwright-core').Page, selector: string) => page.locator(selector).evaluate((el) => el.scrollWidth > el.clientWidth);

describe('threat pages', () => {
	it('show the rank history, the titles a renamed threat carried, and a sparkline', async () => {
		const v = await visit(browser, '/threats/ransomware/');
		expect(await v.page.locator('h1').textContent()).toBe('ランサムウェア（ランサム攻撃）');
		const history = await rows(v.page, 'ランサムウェア（ランサム攻撃）が選ばれた版と順位');
		expect(history[0]).toMatch(/^2016年版\|組織\|7位\|/);
		expect(await v.page.locator('li', { hasText: '「ランサム攻撃による被害」' }).count()).toBe(1);
		expect(await v.page.locator('svg.sparkline').count()).toBe(2);
		await v.close();
	});
});

describe('charts on a 375 px phone', () => {
	/** Boxes of the marks matching `selector` that are not inside the visible part of the figure's plot. */
	const outside = (page: import('playwright-core').Page, figure: string, selector: string) =>
		page.locator(figure).evaluate((fig, sel) => {
			const plot = fig.querySelector('.plot')!.getBoundingClientRect();
			const marks = [...fig.querySelectorAll<SVGGraphicsElement>(sel)].filter((el) => el.getClientRects().length > 0);
			if (marks.length === 0) return ['no visible marks'];
			return marks
				.filter((el) => {
					const r = el.getBoundingClientRect();
					return r.left < plot.left - 0.5 || r.right > plot.right + 0.5 || r.top < plot.top - 0.5 || r.bottom > plot.bottom + 0.5;
				})
				.map((el) => el.textContent);
		}, selector);

	it('the trend charts show every year and every rank label inside the figure, without scrolling', async () => {
		// #20: the individual list's chart is on its own page.
		const tab = await reusedTab(browser, { viewport: { width: 375, height: 800 } });
		const pages = new Set<import('playwright-core').Page>();
		for (const [path, id] of [
			['/threats/individual/', '#chart-individual'],
			['/threats/', '#chart-organization'],
		] as const) {
			const v = await tab.go(path);
			pages.add(v.page);
			expect(await outside(v.page, id, 'text.year-tick'), id).toEqual([]);
			expect(await outside(v.page, id, 'text.rank-tick'), id).toEqual([]);
			const years = await v.page.locator(`${id} details thead th`).evaluateAll((ths) => ths.slice(1).map((th) => th.textContent));
			const shown = await v.page.locator(`${id} svg.narrow text.year-tick`).allTextContents();
			// Every ranked edition of the table is on the axis (unranked ones are named in the note).
			expect(years.filter((y) => shown.some((t) => y === `${t}年版`))).toEqual(shown.map((t) => `${t}年版`));
			expect(shown.length).toBeGreaterThan(7);
			const plot = await v.page.locator(`${id} .plot`).evaluate((el) => [el.scrollWidth, el.clientWidth]);
			expect(plot[0]).toBeLessThanOrEqual(plot[1]!);
			// The key names the coloured lines the phone layout draws without end labels.
			if (id === '#chart-organization') expect(await v.page.locator(`${id} .bump-key li`).count()).toBe(10);
		}
		for (const page of pages) await page.context().close();
	});

	it('the compare chart fits the phone with both columns and every name of the newer edition', async () => {
		const v = await visit(browser, '/threats/compare/', { viewport: { width: 375, height: 800 } });
		expect(await outside(v.page, '#compare-chart', 'text')).toEqual([]);
		const plot = await v.page.locator('#compare-chart .plot').evaluate((el) => [el.scrollWidth, el.clientWidth]);
		expect(plot[0]).toBeLessThanOrEqual(plot[1]!);
		await v.close();
	});

	it('a chart wider than the phone says so and scrolls by keyboard', async () => {
		const v = await visit(browser, '/policy/timeline/', { viewport: { width: 375, height: 800 } });
		const figure = v.page.locator('figure[data-chart="timeline"]');
		expect(await figure.locator('.scroll-cue').isVisible()).toBe(true);
		const plot = figure.locator('.plot[tabindex="0"]');
		expect(await plot.getAttribute('aria-label')).toContain('横にスクロールできます');
		await plot.focus();
		const before = await plot.evaluate((el) => el.scrollLeft);
		await v.page.keyboard.press('ArrowRight');
		await v.page.waitForFunction((b) => document.querySelector('figure[data-chart="timeline"] .plot')!.scrollLeft !== b, before);
		await v.close();
	});
});

describe('compare page', () => {
	it('shows the two newest organisation editions without scripts', async () => {
		const v = await visit(browser, '/threats/compare/', { javaScriptEnabled: false });
		expect(await v.page.locator('#compare-chart svg.wide[role="img"] > title').textContent()).toBe('2025年版と2026年版の比較（組織）');
		expect(await v.page.locator('#compare-chart [data-threat="ai-usage-cyber-risk"]').count()).toBeGreaterThan(0);
		await v.close();
	});

	it('goes to the stable page of the pair chosen in the form', async () => {
		const v = await visit(browser, '/threats/compare/');
		await v.page.selectOption('select[name="a"]', '2020');
		await v.page.selectOption('select[name="b"]', '2016');
		await Promise.all([v.page.waitForURL('**/threats/compare/organization/2016/2020/'), v.page.getByRole('button', { name: '比べる' }).click()]);
		expect(await v.page.locator('h1').textContent()).toBe('2016年版と2020年版の比較（組織）');
		await v.close();
	});
});

describe('compare form', () => {
	it('explains, instead of failing, when the individual list has no ranks for a chosen edition', async () => {
		const v = await visit(browser, '/threats/compare/');
		await v.page.selectOption('select[name="list"]', 'individual');
		await v.page.selectOption('select[name="a"]', '2020');
		await v.page.selectOption('select[name="b"]', '2025');
		await v.page.getByRole('button', { name: '比べる' }).click();
		await v.page.getByText('個人向けで順位を比べられるのは2016〜2023年版です。').waitFor();
		expect(new URL(v.page.url()).pathname).toBe('/threats/compare/');
		await v.close();
	});
});
