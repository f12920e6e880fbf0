import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, reusedTab } from './harness.ts';

let browser: Browser;
let tab: Awaited<ReturnType<typeof reusedTab>>;
beforeAll(async () => {
	browser = await launch();
	tab = await reusedTab(browser, { viewport: { width: 375, height: 812 } });
});
afterAll(() => browser?.close());

// One page for each kind of chart that draws words: bar (statistics), bump (the threats index), slope and bar
// (trends), timeline (policy). The SVGs scale with the column, so their words are only as large as the
// column lets them be: on a 375 px phone every word must still draw at 12 px or more (#20), inside its chart.
// The individual list's bump chart is on a page of its own, /threats/individual/ (#20); the prefecture tile
// map's labels were 8–10 px at 375 px and the supply-chain diagram's 11.4 px.
const PAGES = ['/stats/', '/threats/', '/threats/individual/', '/threats/trends/', '/policy/timeline/', '/otasuketai/', '/policy/supply-chain-framework/'];

describe('chart words on a 375 px phone', () => {
	it.each(PAGES)('%s: every word in a chart draws at 12 px or more and stays inside its chart', async (path) => {
		const v = await tab.go(path);
		const texts = await v.page.evaluate(() =>
			// The tile map is a figure of its own (its names and counts are in the prefecture list beside it).
			[...document.querySelectorAll<SVGTextElement>(':is(figure[data-chart], figure.tile-map) svg text')]
				.filter((t) => t.getClientRects().length > 0 && t.textContent!.trim())
				.map((t) => {
					const m = t.getScreenCTM()!;
					const box = t.getBBox();
					const view = t.ownerSVGElement!.viewBox.baseVal;
					return {
						text: t.textContent!.trim(),
						// The size on screen: the font size in viewBox units times the SVG's scale (rotation included).
						px: Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b),
						inside: box.x >= -1 && box.x + box.width <= view.width + 1,
					};
				}),
		);
		expect(texts.length).toBeGreaterThan(0);
		expect(texts.filter((t) => t.px < 12).map((t) => `${t.text}: ${t.px.toFixed(1)} px`)).toEqual([]);
		expect(texts.filter((t) => !t.inside).map((t) => t.text)).toEqual([]);
		// The page itself never scrolls sideways: a chart too wide for the phone scrolls in its own box.
		expect(await v.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
	});
});
