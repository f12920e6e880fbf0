import { chromium } from 'playwright-core';
import { serve } from '/work/wt/help/scripts/serve.ts';
const { server, url } = await serve('dist', 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ javaScriptEnabled: false });
const page = await ctx.newPage();
for (const p of process.argv.slice(2)) {
	await page.goto(url + p);
	const pdf = await page.pdf({ format: 'A4' });
	const n = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	console.log(p, n);
}
await browser.close(); server.close();
