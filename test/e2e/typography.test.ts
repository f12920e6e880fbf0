import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, reusedTab } from './harness.ts';

// Issue #20: Japanese line breaking on a phone, page lengths, and the table of contents on wide screens.
let browser: Browser;
let tab: Awaited<ReturnType<typeof reusedTab>>;
beforeAll(async () => {
	browser = await launch();
	tab = await reusedTab(browser, { viewport: { width: 375, height: 812 } });
});
afterAll(() => browser?.close());

/** Pages with data tables and long headings, one of each kind. */
const PAGES = [
	'/',
	'/stats/',
	'/policy/stars/',
	'/policy/timeline/',
	'/threats/',
	'/threats/phishing/',
	'/guideline/',
	'/guideline/executives/',
	'/guideline/step-up/',
	'/data/',
	'/otasuketai/',
	'/threats/editions/2026/',
];
/** Words seen split across lines before (「中／小企業」, 「ガイドラ／イン」, 「サービ／ス」, 「組／織」, 「前回／比」) and other common ones. */
// looks4: 「5か条」 (split 「5か／条」 in a /guideline/ heading) and 「選出」 (in the edition tables' change column).
const WORDS = ['中小企業', 'ガイドライン', 'サービス', 'セキュリティ', '組織', '前回比', '取引先', '対策', '5か条', '選出'];
/** Eight phone screens of 375 × 812. */
const BUDGET = 8 * 812;

describe('Japanese line breaking at 375 px', () => {
	it('never narrows a table header cell below two characters nor splits a word in a heading or header cell', async () => {
		const problems: string[] = [];
		for (const path of PAGES) {
			const { page, status } = await tab.go(path);
			expect(status, path).toBe(200);
			const found = await page.evaluate((words) => {
				// Folded detail (data tables behind 「データを表で見る」) is measured as a reader who opens it sees it.
				for (const d of document.querySelectorAll('details')) d.open = true;
				const out: string[] = [];
				for (const th of document.querySelectorAll('main th')) {
					const box = th.getBoundingClientRect();
					if (!box.width) continue;
					const cs = getComputedStyle(th);
					const inner = box.width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
					if (inner < 2 * parseFloat(cs.fontSize) - 0.5) out.push(`th 「${th.textContent!.trim()}」 is ${inner.toFixed(1)} px wide`);
				}
				for (const el of document.querySelectorAll('main :is(h1, h2, h3, h4, th, td[data-change])')) {
					const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
					for (let n = walker.nextNode(); n; n = walker.nextNode()) {
						for (const w of words) {
							for (let i = n.textContent!.indexOf(w); i >= 0; i = n.textContent!.indexOf(w, i + 1)) {
								const range = document.createRange();
								range.setStart(n, i);
								range.setEnd(n, i + w.length);
								const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
								if (lines.size > 1) out.push(`${el.tagName} splits 「${w}」: ${el.textContent!.trim().slice(0, 40)}`);
							}
						}
					}
				}
				return out;
			}, WORDS);
			problems.push(...found.map((f) => `${path}: ${f}`));
		}
		expect(problems).toEqual([]);
	});
});

describe('Japanese line breaking at 320 px', () => {
	let narrow: Awaited<ReturnType<typeof reusedTab>>;
	beforeAll(async () => {
		narrow = await reusedTab(browser, { viewport: { width: 320, height: 640 } });
	});

	// A line that ends and the next that starts in katakana almost always cut one word (「サイバーセキュ／リティ」 in the
	// contact cards of /help/ at 360 px, 「ブロードバンドルー／ター」 in a case's title at 375): the pages where a scan of
	// every page at 320, 360 and 375 px found one, measured at the narrowest.
	it.each(['/help/', '/for-chambers/help-card/', '/policy/', '/policy/management/', '/cases/broadband-router-hijacking/', '/otasuketai/pilots/'])(
		'on %s never ends a heading line inside a katakana word',
		async (path) => {
			const { page } = await narrow.go(path);
			const cuts = await page.evaluate(() => {
				const katakana = /[\u30A1-\u30FA\u30FC]/u;
				const out: string[] = [];
				for (const el of document.querySelectorAll('main :is(h1, h2, h3, h4, th, caption, summary)')) {
					let last: { ch: string; top: number } | null = null;
					const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
					for (let n = walker.nextNode(); n; n = walker.nextNode()) {
						for (let i = 0; i < n.textContent!.length; i++) {
							const range = document.createRange();
							range.setStart(n, i);
							range.setEnd(n, i + 1);
							const box = [...range.getClientRects()].find((r) => r.width > 0);
							if (!box) continue;
							const ch = n.textContent![i]!;
							if (last && box.top > last.top + 4 && katakana.test(last.ch) && katakana.test(ch)) out.push(`${el.tagName}: ${el.textContent!.trim()}`);
							last = { ch, top: box.top };
						}
					}
				}
				return out;
			});
			expect(cuts).toEqual([]);
		},
	);
});

describe('long pages on a phone', () => {
	// looks4: /otasuketai/, the third page #20 names, was 8.6 screens and not checked.
	// #20: /otasuketai/pilots/, the team lists' own page since they left /otasuketai/, shows them open (6,338 px when measured).
	it.each(['/stats/', '/policy/stars/', '/otasuketai/', '/otasuketai/pilots/'])('%s fits in eight screens of 375 × 812', async (path) => {
		const { page } = await tab.go(path);
		// Measured as the reader gets it: after islands that hydrate or mount once idle (the お助け隊 filter) have drawn.
		await page.waitForFunction(() => !document.querySelector('[data-island]:not([data-mounted])'));
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		expect(height).toBeLessThanOrEqual(BUDGET);
		// What is folded is still there: it opens with a tap, without a script, and prints open.
		const folded = page.locator('main details:not([open])');
		expect(await folded.count()).toBeGreaterThan(0);
		await page.emulateMedia({ media: 'print' });
		// A folded list of in-page links is navigation, which print leaves out everywhere.
		const hidden = await folded.evaluateAll(
			(ds) =>
				ds.filter((d) => {
					const content = [...d.children].filter((c) => c.tagName !== 'SUMMARY' && c.tagName !== 'NAV');
					return content.length > 0 && !content.some((c) => (c as HTMLElement).offsetHeight > 0);
				}).length,
		);
		await page.emulateMedia({ media: 'screen' });
		expect(hidden, 'closed disclosures that print nothing').toBe(0);
	});
});

describe('rank tables at 375 px', () => {
	// looks4: the change column (引き続き選出, 再登場（2022年版以来）) did not wrap, so the individual list ran out of its box.
	// #20: the individual list's table is on its own page.
	it.each(['/threats/', '/threats/individual/'])('fit the three columns of %s without scrolling', async (path) => {
		const { page } = await tab.go(path);
		const overflow = await page.evaluate(() => [...document.querySelectorAll('.mm-table-scroll:has(> .rank-table)')].map((box) => box.scrollWidth - box.clientWidth));
		expect(overflow.length).toBeGreaterThanOrEqual(1);
		expect(overflow.filter((px) => px > 0)).toEqual([]);
	});
});

describe('edition tables at 375 px', () => {
	// the four columns of an edition's tables ran 30–55 px past a phone's width, 前回順位 off-screen.
	it.each([
		['/threats/editions/2019/', '前回順位', '前回比'],
		['/en/threats/editions/2019/', 'Previous rank', 'Change'],
	])('on %s fit without sideways scrolling, show each previous rank by its name, and stay a table', async (path, previous, change) => {
		const { page } = await tab.go(path);
		const tables = await page.evaluate(() =>
			[...document.querySelectorAll('.mm-table-scroll:has(> .rank-table)')].map((box) => ({
				overflow: box.scrollWidth - box.clientWidth,
				// Each row's last cell, the previous rank: inside the screen, with the name shown before it.
				cells: [...box.querySelectorAll('tbody tr')].map((tr) => {
					const td = tr.lastElementChild!;
					const r = td.getBoundingClientRect();
					return { inside: r.width > 0 && r.left >= 0 && r.right <= window.innerWidth, label: getComputedStyle(td, '::before').content, text: td.textContent!.trim() };
				}),
			})),
		);
		expect(tables).toHaveLength(2);
		for (const t of tables) {
			expect(t.overflow).toBeLessThanOrEqual(0);
			expect(t.cells).toHaveLength(10);
			for (const c of t.cells) {
				expect(c.inside).toBe(true);
				expect(c.label).toContain(previous);
			}
		}
		// The 2019 split items (notes.md): previous rank 1, never 「圏外から」.
		expect(tables[1]!.cells[0]!.text).toMatch(/^(1位|#1)$/);
		// Screen readers still get a table whose cells are named by their column headers.
		const tree = await page.locator('table.rank-table').first().ariaSnapshot();
		expect(tree).toContain(`columnheader "${previous}"`);
		expect(tree).toContain(`columnheader "${change}"`);
		expect(tree).toMatch(/- row "[^"]+"/);
		// … and hear a value once, not after the name shown beside it on a phone.
		expect(tree).not.toContain(`cell "${previous}`);
	});
});

describe('words and figures kept whole at 375 px', () => {
	// From the screenshots: runs of years (「2017–／2024年版」), source dates (「2019-／03」), case and policy
	// titles (「感／染」, 「セキュリ／ティ」) and price-table labels (「監／視型」) broke inside themselves on a phone.
	it.each([
		['/threats/', '.catalog li', '\\d{4}(–\\d{4})?年版'],
		['/threats/ransomware/', 'main li', '\\d{4}(–\\d{4})?年版'],
		['/threats/ransomware/', '.if-hit a', '感染した'],
		['/guideline/', '.sources li', '\\d{4}-\\d{2}(-\\d{2})?'],
		['/cases/', '.cases a', '感染|プログラム|お助け隊'],
		['/policy/', '[data-policy-pages] a', 'セキュリティ|サプライチェーン|ガイドライン'],
		['/otasuketai/', '[data-table="price-ceilings"] strong', 'ネットワーク|監視型'],
		// A team page's pilot name (「サイバーセ／キュリティ」, 「実／証事業」).
		['/otasuketai/teams/2019-aichi/', 'dd', 'サイバーセキュリティ|実証事業'],
		// The links to each pilot's team list (「2020年度（15チー／ム）」).
		['/otasuketai/pilots/', 'a[href^="#teams-20"]', '（\\d+[^）]+）'],
		// #20: the same links on /otasuketai/, now to the pilot teams' page.
		['/otasuketai/', 'a[id^="teams-20"]', '（\\d+[^）]+）'],
		// The Japanese name under a contact's English one (「…相談窓／口」) and its organisation (「都道府県警／察」).
		['/en/help/', '.contact :is(.ja, .org)', '窓口|サイバーセキュリティ|警察'],
	])('on %s, in %s, never split /%s/ across lines', async (path, selector, pattern) => {
		const { page } = await tab.go(path);
		const { seen, split } = await page.evaluate(
			([sel, source]) => {
				const out = { seen: 0, split: [] as string[] };
				for (const el of document.querySelectorAll(sel)) {
					const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
					for (let n = walker.nextNode(); n; n = walker.nextNode()) {
						for (const m of n.textContent!.matchAll(new RegExp(source, 'gu'))) {
							out.seen++;
							const range = document.createRange();
							range.setStart(n, m.index!);
							range.setEnd(n, m.index! + m[0].length);
							const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
							if (lines.size > 1) out.split.push(`${m[0]} in ${el.textContent!.trim().slice(0, 40)}`);
						}
					}
				}
				return out;
			},
			[selector, pattern] as const,
		);
		expect(seen).toBeGreaterThan(0);
		expect(split).toEqual([]);
	});

	// The self-check's count bar broke its link as "See the / result" at 375 px; the link appears once the island runs.
	it('on /en/self-check/ keeps the link to the result on one line', async () => {
		const { page } = await tab.go('/en/self-check/');
		const link = page.locator('.sc-status a[href="#sc-result"]');
		await link.waitFor();
		const lines = await link.evaluate((a) => new Set([...a.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size);
		expect(await link.textContent()).toBe('See the result');
		expect(lines).toBe(1);
	});

	// a phone number's label wrapped back under the number (「急がない相談（…ダイヤ／ル式…」 under 「#9110」).
	it('on /help/ keeps each phone label in its own column beside the number', async () => {
		const { page } = await tab.go('/help/');
		const labels = await page.locator('.reach li > span').evaluateAll((spans) =>
			spans.map((s) => {
				// The line boxes of the label's text: a label set inline started its second line under the number.
				const range = document.createRange();
				range.selectNodeContents(s);
				const lefts = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.left));
				return { lines: lefts.length, lefts: [...new Set(lefts)].length };
			}),
		);
		expect(labels.some((l) => l.lines > 1)).toBe(true);
		expect(labels.filter((l) => l.lefts > 1)).toEqual([]);
	});

	// the count of comparable pairs sat directly under the closed 「隣り合う版の比較へのリンク」 disclosure.
	it('on /threats/compare/ leaves room between the pairs disclosure and the line after it', async () => {
		const { page } = await tab.go('/threats/compare/');
		const details = page.locator('details.pairs');
		const next = details.locator('xpath=following::p[1]');
		const [box, after] = await Promise.all([details.boundingBox(), next.boundingBox()]);
		const gap = after!.y - (box!.y + box!.height);
		expect(gap).toBeGreaterThanOrEqual(12);
	});
});

describe('English table cells at 375 px', () => {
	// looks4: a cell inherited overflow-wrap: anywhere, so a column shrank until 「Organisations」 broke mid-word.
	it('never split an English word across lines', async () => {
		const { page } = await tab.go('/en/threats/ransomware/');
		const split = await page.evaluate(() => {
			const out: string[] = [];
			for (const td of document.querySelectorAll('main td')) {
				const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
				for (let n = walker.nextNode(); n; n = walker.nextNode()) {
					for (const m of n.textContent!.matchAll(/[A-Za-z]{4,}/g)) {
						const range = document.createRange();
						range.setStart(n, m.index!);
						range.setEnd(n, m.index! + m[0].length);
						const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
						if (lines.size > 1) out.push(m[0]);
					}
				}
			}
			return out;
		});
		expect(split).toEqual([]);
	});
});

describe('the reading measure at 1280 px', () => {
	// looks4 (#20): the measure was on <li>, so a list ran its 40 px indent past the paragraphs' right edge.
	it.each(['/threats/ransomware/', '/guideline/executives/'])('on %s ends lists and note boxes where paragraphs end', async (path) => {
		const { page } = await tab.go(path);
		await page.setViewportSize({ width: 1280, height: 900 });
		try {
			const edges = await page.evaluate(() => {
				const right = (selector: string) => Math.max(...[...document.querySelectorAll(selector)].filter((e) => !e.closest('nav, table, figure')).map((e) => e.getBoundingClientRect().right));
				return { paragraphs: right('article p'), lists: right('article li, article .if-hit, article .mm-note') };
			});
			expect(edges.paragraphs).toBeGreaterThan(600);
			expect(edges.lists).toBeLessThanOrEqual(edges.paragraphs + 1);
		} finally {
			await page.setViewportSize({ width: 375, height: 812 });
		}
	});
});

describe('table of contents', () => {
	// looks4: the long pages that had no table of contents (threats index, trends, otasuketai, a help situation, data, a prefecture) too.
	// the English self-check (25 questions and six sections) had none; the English help situations share the Japanese component.
	it.each([
		'/policy/stars/',
		'/threats/phishing/',
		'/threats/',
		'/threats/trends/',
		'/otasuketai/',
		'/help/phishing-entered/',
		'/data/',
		'/otasuketai/tokyo/',
		'/otasuketai/pilots/',
		'/en/self-check/',
		'/en/help/phishing-entered/',
	])('on %s sits beside the text at 1280 px, links to every h2 of the article, and is hidden at 375 px and from search', async (path) => {
		const { page } = await tab.go(path);
		const toc = page.locator('nav.page-toc');
		expect(await toc.isVisible()).toBe(false);
		await page.setViewportSize({ width: 1280, height: 900 });
		try {
			expect(await toc.isVisible()).toBe(true);
			expect(await toc.getAttribute('data-pagefind-ignore')).toBe('all');
			const links = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			// The text column: the article, or the block WithToc puts beside the table of contents.
			const text = page.locator('.toc-columns > :is(article, div)');
			// Every h2 the page is sent with: a heading a script adds later (the self-check's result) is not in it.
			const ids = await text.locator('h2[id]').evaluateAll(async (hs) => {
				const sent = await (await fetch(location.href)).text();
				return hs.filter((h) => !h.closest('nav') && sent.includes(`id="${h.id}"`)).map((h) => `#${h.id}`);
			});
			expect(links).toEqual(ids);
			const [box, side] = await Promise.all([text.boundingBox(), toc.boundingBox()]);
			expect(side!.x).toBeGreaterThanOrEqual(box!.x + box!.width);
		} finally {
			await page.setViewportSize({ width: 375, height: 812 });
		}
	});
});

describe('table body cells at 375 px', () => {
	// #20: narrow columns broke words in their body cells (「宣／言」 in the stars table, 「1週／目」, 「ランサムウェアによ／る被害」
	// in a threat's history). Words are the browser's own Japanese word segmentation (Intl.Segmenter), English words too.
	// A compare page's data table heads each row with a threat's title (「…メッセージに／よる」 broke there).
	it.each(['/policy/stars/', '/guideline/executives/', '/threats/ransomware/', '/en/threats/ransomware/', '/threats/compare/individual/2018/2023/'])(
		'on %s never split a word in a body cell, nor scroll sideways',
		async (path) => {
			const { page } = await tab.go(path);
			const { cells, split, wide } = await page.evaluate(() => {
				for (const d of document.querySelectorAll('details')) d.open = true;
				const seg = new Intl.Segmenter('ja', { granularity: 'word' });
				const out = { cells: 0, split: [] as string[], wide: document.documentElement.scrollWidth > innerWidth };
				for (const cell of document.querySelectorAll('main :is(td, tbody th)')) {
					if (!cell.getClientRects().length) continue;
					out.cells++;
					const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
					for (let n = walker.nextNode(); n; n = walker.nextNode()) {
						for (const s of seg.segment(n.textContent!)) {
							if (!s.isWordLike || [...s.segment].length < 2) continue;
							const range = document.createRange();
							range.setStart(n, s.index);
							range.setEnd(n, s.index + s.segment.length);
							const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
							if (lines.size > 1) out.split.push(`${s.segment} in ${cell.textContent!.trim().slice(0, 30)}`);
						}
					}
				}
				return out;
			});
			expect(cells).toBeGreaterThan(10);
			expect(split).toEqual([]);
			expect(wide).toBe(false);
		},
	);

	// A markdown table with sentences stacks its rows on a phone, each value after its column's name, and stays a table.
	it('stack the stars of /policy/stars/ with each value named by its column', async () => {
		const { page } = await tab.go('/policy/stars/');
		const table = page.locator('table[data-stack]').first();
		const label = await table
			.locator('tbody td:nth-child(3)')
			.first()
			.evaluate((td) => getComputedStyle(td, '::before').content);
		expect(label).toContain('確かめ方');
		const tree = await table.ariaSnapshot();
		expect(tree).toContain('columnheader "確かめ方"');
		expect(tree).not.toContain('cell "確かめ方');
	});
});
