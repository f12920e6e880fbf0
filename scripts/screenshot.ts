// Screenshots of built pages at phone and desktop width, light and dark, for looking at changes.
// Usage: node scripts/screenshot.ts [out-dir] [/path,/other/] [full]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.ts';

const [out = 'screenshots', list = '/', full] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const { server, url } = await serve('dist', 0);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const path of list.split(',')) {
	for (const width of [375, 1280]) {
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
			const page = await context.newPage();
			await page.goto(url + path);
			const file = `${out}/${path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`;
			await page.screenshot({ path: file, fullPage: full === 'full' });
			console.log(file);
			await context.close();
		}
	}
}
await browser.close();
server.close();
