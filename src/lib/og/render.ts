// Preview images (1200 × 630 PNG) drawn at build time: satori lays out the Japanese text and turns it
// into SVG paths with Noto Sans JP from the npm registry; resvg rasterises the SVG. Nothing is fetched.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { markSvg } from '../mark.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
// Bump when the drawing changes, so cached images are drawn again.
const DESIGN_VERSION = 3;

const require = createRequire(import.meta.url);
/**
 * Fontsource's "japanese" subset (kana, JIS kanji, Latin) as WOFF, which satori reads; its other 120
 * slices and the other weights are never loaded. The font is only read here: no page ships it.
 */
function font(weight: 400 | 700): Buffer {
	return readFileSync(join(dirname(require.resolve('@fontsource/noto-sans-jp/package.json')), 'files', `noto-sans-jp-japanese-${weight}-normal.woff`));
}
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
const loadFonts = () => (fonts ??= [400, 700].map((w) => ({ name: 'Noto Sans JP', data: font(w as 400 | 700), weight: w as 400 | 700, style: 'normal' as const })));

/** What one preview image shows. */
export interface PreviewText {
	/** The page's title, drawn large (wrapped, at most three lines). */
	title: string;
	/** The kind of page above the title (e.g. '脅威'), or none for the site's own image. */
	kind?: string;
	/** Site name and tagline at the bottom. */
	site: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown; src?: string; width?: number; height?: number } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** Title size by length, so a long title still fits three lines and a short one fills the card. */
export function titleSize(title: string): number {
	const n = [...title].length;
	return n <= 14 ? 80 : n <= 26 ? 68 : n <= 45 ? 56 : 46;
}

/** The site's mark (src/lib/mark.ts, as in the header and favicon, #20), in DA's key blue. */
export const PREVIEW_MARK = `data:image/svg+xml;base64,${Buffer.from(markSvg('#0017c1')).toString('base64')}`;

/** Draw one preview as PNG bytes. */
export async function renderPreview(t: PreviewText): Promise<Buffer> {
	const tree = h(
		'div',
		{ width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: 'Noto Sans JP', color: '#1a1a1a', borderTop: '20px solid #00234b' },
		[
			h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 0', justifyContent: 'center' }, [
				t.kind ? h('div', { display: 'flex', fontSize: 34, fontWeight: 700, color: '#0017c1', marginBottom: 20 }, t.kind) : h('div', { display: 'flex' }, ''),
				h('div', { display: 'flex', width: OG_WIDTH - 144, fontSize: titleSize(t.title), fontWeight: 700, lineHeight: 1.35, lineClamp: 3 }, t.title),
			]),
			h('div', { display: 'flex', alignItems: 'center', gap: 20, padding: '28px 72px 40px', borderTop: '2px solid #d0d7de', fontSize: 30, color: '#3d4752' }, [
				{ type: 'img', props: { src: PREVIEW_MARK, width: 56, height: 56, style: {} } },
				h('div', { display: 'flex' }, t.site),
			]),
		],
	);
	const svg = await satori(tree as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
	// Rasterising is most of the cost; renderAsync runs it off the main thread, so several images draw at once.
	return (await renderAsync(svg, { fitTo: { mode: 'width', value: OG_WIDTH } })).asPng();
}

/**
 * Write the preview for `t` to `file`, reusing a drawing cached under `cacheDir` by its text: CI builds
 * the site twice (without and with an address) and the second build draws nothing. Returns true when drawn.
 */
export async function writePreview(t: PreviewText, file: string, cacheDir: string): Promise<boolean> {
	const key = createHash('sha256')
		.update(JSON.stringify([DESIGN_VERSION, t.kind ?? '', t.title, t.site]))
		.digest('hex')
		.slice(0, 20);
	const cached = join(cacheDir, `${key}.png`);
	mkdirSync(dirname(file), { recursive: true });
	if (existsSync(cached)) {
		writeFileSync(file, readFileSync(cached));
		return false;
	}
	const png = await renderPreview(t);
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(cached, png);
	writeFileSync(file, png);
	return true;
}

/** Run `work` over `items`, `limit` at a time (the rasteriser's thread pool does the drawing). */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) await work(items[next++]!);
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
