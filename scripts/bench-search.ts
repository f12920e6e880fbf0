// Search figures for `npm run bench`: bytes Pagefind fetches for a first and a later query, and the
// time from the last keystroke to rendered results in the header box, in headless Chromium.
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const QUERIES = ['ランサムウェア', 'ＢＥＣ', 'お助け隊 熊本', 'phishing', 'サプライチェーン', '相談窓口'];
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface SearchBench {
	query: string;
	/** Bytes of /pagefind/ responses this query caused (the first one includes the runtime and wasm). */
	bytes: number;
	/** The same, with the JavaScript gzipped as a static host sends it (index files are compressed already). */
	wire: number;
	/** Milliseconds from the last keystroke to results on screen, the box's 150 ms typing pause included. */
	ms: number;
}

/** Type each query into the header box of one page (cold for the first, warm after) and measure. */
export async function benchSearch(baseUrl: string): Promise<SearchBench[]> {
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
	try {
		const page = await browser.newPage();
		let bytes = 0;
		let wire = 0;
		const reading = new Set<Promise<void>>();
		page.on('response', (r) => {
			const path = new URL(r.url()).pathname;
			if (!path.startsWith('/pagefind/')) return;
			const read = r.body().then(
				(body) => {
					bytes += body.length;
					wire += path.endsWith('.js') ? gzipSync(body).length : body.length;
				},
				() => {},
			);
			reading.add(read);
			void read.finally(() => reading.delete(read));
		});
		await page.goto(baseUrl + '/guideline/', { waitUntil: 'load' });
		const out: SearchBench[] = [];
		for (const query of QUERIES) {
			bytes = 0;
			wire = 0;
			await page.locator('#site-search').fill('');
			await page.locator('#site-search').focus();
			// Type all but the last character, then time the last keystroke until the options render.
			await page.keyboard.type(query.slice(0, -1));
			const ms = await page.evaluate(async (last) => {
				const input = document.querySelector<HTMLInputElement>('#site-search')!;
				const list = document.querySelector('#site-search-results')!;
				const before = list.innerHTML;
				const t = performance.now();
				input.value += last;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				await new Promise<void>((resolve) => {
					const check = () => (list.innerHTML !== before && !(list as HTMLElement).hidden ? resolve() : requestAnimationFrame(check));
					check();
				});
				return performance.now() - t;
			}, query.slice(-1));
			// Count the fetches for the shown results too: wait until nothing has been requested for half a second.
			await page.waitForTimeout(500);
			await Promise.all(reading);
			out.push({ query, bytes, wire, ms });
		}
		return out;
	} finally {
		await browser.close();
	}
}
