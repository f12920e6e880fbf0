// Search figures for `npm run bench` (or alone: `node scripts/bench-search.ts` over an existing dist/):
// bytes the header box fetches for the first typed query and for later ones, the time from the last
// keystroke to the final results on screen, and the share of queries that find nothing; headless Chromium.
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

// Words readers type (see test/search/quality.test.ts), not page titles; the first is typed into a cold page.
const QUERIES = [
	'ランサムウェア 対策',
	'ＢＥＣ',
	'お助け隊 熊本',
	'phishing',
	'サプライチェーン',
	'相談 どこ',
	'顧客名簿',
	'2020年 1位',
	'パスワード 使い回し',
	'らんさむうぇあ',
	'情報漏洩',
	'請求書 振込先',
	'フリーWi-Fi 危険',
	'SECURITY ACTION',
	'ホームページ 改ざん',
	'お助け隊 滋賀',
	'ランキング 推移',
	'emotet',
	'セクストーション 熊本',
	'クレジットカード 不正利用',
];
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

type Kind = 'index' | 'fragment' | 'filter' | 'runtime';
const KINDS: Kind[] = ['index', 'fragment', 'filter', 'runtime'];
const kindOf = (path: string): Kind => (path.endsWith('.pf_index') ? 'index' : path.endsWith('.pf_fragment') ? 'fragment' : path.endsWith('.pf_filter') ? 'filter' : 'runtime');

export interface SearchBench {
	query: string;
	/** Bytes the search fetched (Pagefind's files, the vocabulary and the search code; the first one includes the runtime and wasm). */
	bytes: number;
	/** The same as a static host sends them: JavaScript and JSON gzipped (Pagefind's index files are compressed already). */
	wire: number;
	/** The gzip bytes by kind: index chunks, page fragments (titles and excerpts), filter lists, and the rest (runtime, wasm, metadata, vocabulary, our code). */
	kinds: Record<Kind, number>;
	/** Milliseconds from the last keystroke to the final results on screen, the box's typing pause included. */
	ms: number;
	/** Whether the box said nothing was found. */
	empty: boolean;
}

/** Type each query into the header box of one page (cold for the first, warm after) and measure. */
export async function benchSearch(baseUrl: string): Promise<SearchBench[]> {
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
	try {
		const page = await browser.newPage();
		let bytes = 0;
		let wire = 0;
		let kinds = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
		const reading = new Set<Promise<void>>();
		page.on('response', (r) => {
			const path = new URL(r.url()).pathname;
			if (!path.startsWith('/pagefind/') && path !== '/search/hints.json' && !/^\/_astro\/search-run\./.test(path)) return;
			const read = r.body().then(
				(body) => {
					const sent = /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length;
					bytes += body.length;
					wire += sent;
					kinds[kindOf(path)] += sent;
				},
				() => {},
			);
			reading.add(read);
			void read.finally(() => reading.delete(read));
		});
		await page.goto(baseUrl + '/guideline/', { waitUntil: 'load' });
		const out: SearchBench[] = [];
		for (const [i, query] of QUERIES.entries()) {
			bytes = 0;
			wire = 0;
			kinds = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
			await page.locator('#site-search').fill('');
			await page.locator('#site-search').focus();
			// The first query is typed as a reader types it, so the box could search each partial text if it
			// were going to: Japanese through an IME (each kana an input event while composing, the
			// conversion confirmed at the end), other text key by key. Later ones go in at once. Then the
			// last keystroke (for the IME, the confirming one) is timed to the final results.
			const ime = i === 0 && /[^\x00-\x7f]/.test(query);
			if (ime) await composeInto(page, query);
			else await page.keyboard.type(query.slice(0, -1), { delay: i === 0 ? 120 : 0 });
			const ms = await page.evaluate(
				async ([last, composed]) => {
					const input = document.querySelector<HTMLInputElement>('#site-search')!;
					const list = document.querySelector<HTMLElement>('#site-search-results')!;
					const none = document.querySelector<HTMLElement>('form[data-header-search] [data-none]')!;
					const before = list.innerHTML;
					const t = performance.now();
					if (composed) input.dispatchEvent(new CompositionEvent('compositionend', { data: input.value }));
					else {
						input.value += last;
						input.dispatchEvent(new Event('input', { bubbles: true }));
					}
					await new Promise<void>((resolve) => {
						const check = () => ((list.innerHTML !== before && !list.hidden) || !none.hidden ? resolve() : requestAnimationFrame(check));
						check();
					});
					return performance.now() - t;
				},
				[query.slice(-1), ime] as const,
			);
			const empty = await page.locator('form[data-header-search] [data-none]').isVisible();
			// Count the fetches for the shown results too: wait until nothing has been requested for half a second.
			await page.waitForTimeout(500);
			await Promise.all(reading);
			out.push({ query, bytes, wire, kinds, ms, empty });
		}
		return out;
	} finally {
		await browser.close();
	}
}

/** Type `text` into the focused box as an IME does: compositionstart, an input event per character while composing, 120 ms apart. */
async function composeInto(page: import('playwright-core').Page, text: string): Promise<void> {
	await page.evaluate(async (t) => {
		const input = document.querySelector<HTMLInputElement>('#site-search')!;
		input.dispatchEvent(new CompositionEvent('compositionstart'));
		for (const c of t) {
			input.value += c;
			input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, inputType: 'insertCompositionText' }));
			await new Promise((r) => setTimeout(r, 120));
		}
	}, text);
}

/** The value below which a share `p` of the sorted numbers fall (nearest rank). */
function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

/** Print the table and the summary against the targets of issue #18. */
export function reportSearch(rows: readonly SearchBench[]): void {
	const kb = (n: number) => (n / 1024).toFixed(1);
	console.log('query'.padEnd(24) + 'fetched kB'.padStart(11) + 'gzip kB'.padStart(9) + KINDS.map((k) => k.padStart(9)).join('') + 'keystroke→results ms'.padStart(22) + '  found');
	for (const s of rows) {
		// Pad by display width: CJK characters take two columns.
		const label = s.query.padEnd(24 - [...s.query].filter((c) => c.charCodeAt(0) > 0x2e80).length);
		console.log(label + kb(s.bytes).padStart(11) + kb(s.wire).padStart(9) + KINDS.map((k) => kb(s.kinds[k]).padStart(9)).join('') + s.ms.toFixed(0).padStart(22) + (s.empty ? '  nothing' : ''));
	}
	const [first, ...later] = rows;
	if (!first) return;
	const laterKb =
		percentile(
			later.map((s) => s.wire),
			0.5,
		) / 1024;
	const ms = rows.map((s) => s.ms);
	const p50 = percentile(ms, 0.5);
	const p90 = percentile(ms, 0.9);
	const empty = rows.filter((s) => s.empty).length / rows.length;
	const mark = (ok: boolean) => (ok ? '✓' : '✗');
	console.log(`first query (cold): ${kb(first.wire)} kB gzip (target ≤ 120) ${mark(first.wire / 1024 <= 120)}`);
	console.log(`later queries: median ${laterKb.toFixed(1)} kB gzip (target ≤ 15) ${mark(laterKb <= 15)}`);
	console.log(`keystroke to final results: p50 ${p50.toFixed(0)} ms, p90 ${p90.toFixed(0)} ms (target p90 ≤ 300) ${mark(p90 <= 300)}`);
	console.log(
		`queries with no result: ${(empty * 100).toFixed(0)}% (${
			rows
				.filter((s) => s.empty)
				.map((s) => s.query)
				.join(', ') || 'none'
		})`,
	);
}

if (import.meta.main) {
	const { serve } = await import('./serve.ts');
	const { server, url } = await serve('dist', 0);
	try {
		console.log('Search in the header box (headless Chromium, local server, over the existing dist/)');
		reportSearch(await benchSearch(url));
	} finally {
		server.close();
	}
}
