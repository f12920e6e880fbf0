/**
 * The chamber-of-commerce kit: full addresses built from wherever the site is served, the fields a
 * chamber types onto its flyer, and the newsletter text. Pure: the page script and the build call
 * the same functions.
 */
import { t } from '../i18n/index.ts';
import type { Locale } from '../vocab/locales.ts';
import { SERVICE_PARTS } from './service-parts.ts';

/** Longest chamber name and phone number a flyer shows; longer input is cut, so the page stays one A4 sheet. */
export const FIELD_LIMITS = { from: 40, tel: 24 } as const;

/**
 * The full address of a site path on the origin the site is served from (`location.origin` in the
 * browser, MAMORI_SITE at build time). Returns null for an origin a reader could not open (file:,
 * about:, data:, a broken value), so a caller keeps its fallback instead of printing a useless URL.
 */
export function fullAddress(path: string, origin: string | URL | undefined): string | null {
	if (!origin) return null;
	let base: URL;
	try {
		base = new URL(String(origin));
	} catch {
		return null;
	}
	if (base.protocol !== 'https:' && base.protocol !== 'http:') return null;
	return new URL(path, base.origin).href;
}

// C0/C1 controls, and the bidi and zero-width marks that can make printed text read differently from what was typed.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Clean one free-text field (the chamber's name) from a query parameter or an input: invisible and
 * control characters removed, runs of spaces made one, trimmed, and cut to `max` characters (code
 * points, so a character outside the BMP is never split). The result is shown as text, never as markup.
 */
export function cleanField(raw: unknown, max: number): string {
	if (typeof raw !== 'string') return '';
	const flat = raw.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
	return [...flat].slice(0, max).join('').trim();
}

/**
 * Clean a phone number field: full-width digits and signs made ASCII, anything that is not a digit,
 * '+', '-', '(', ')' or a space dropped (brackets left empty by that too), then cut as cleanField does.
 */
export function cleanTel(raw: unknown, max: number = FIELD_LIMITS.tel): string {
	if (typeof raw !== 'string') return '';
	const ascii = raw
		.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/[－‐―ー−]/g, '-')
		.replace(/＋/g, '+')
		.replace(/（/g, '(')
		.replace(/）/g, ')')
		.replace(/　/g, ' ');
	const kept = ascii.replace(/[^0-9+\-() ]/g, '').replace(/\(\s*\)/g, '');
	return cleanField(kept, max);
}

/** The chamber's own name and phone number from a flyer's query string (`?from=…&tel=…`), cleaned. */
export function flyerFieldsOf(search: string): { from: string; tel: string } {
	const params = new URLSearchParams(search);
	return { from: cleanField(params.get('from'), FIELD_LIMITS.from), tel: cleanTel(params.get('tel')) };
}

/** Where the newsletter text's address goes; the page script swaps it for the full address. */
export const URL_SLOT = '{url}';

/** A second address in the same text (an image's link target), filled in the same way. */
export const PAGE_SLOT = '{page}';

/** Put the full addresses into a text with slots: {url} for `path`, {page} for `page`. */
export function fillAddresses(template: string, origin: string | URL | undefined, path: string, page?: string): string | null {
	const url = fullAddress(path, origin);
	const pageUrl = page === undefined ? '' : fullAddress(page, origin);
	if (url === null || pageUrl === null) return null;
	return template.split(URL_SLOT).join(url).split(PAGE_SLOT).join(pageUrl);
}

/** The short notice a chamber pastes into its newsletter or member email, as plain text (words: the dictionary's kit.newsletter.*). */
export function newsletterText(prefecture: string, url: string, locale: Locale = 'ja'): string {
	const parts = SERVICE_PARTS.join(t('kit.newsletter.partsJoin', locale));
	return [t('kit.newsletter.head', locale, { prefecture }), t('kit.newsletter.service', locale, { parts }), t('kit.newsletter.more', locale, { prefecture }), url].join('\n');
}

/** Escape text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The same notice as HTML for a web page or an HTML mail: one paragraph per line, the address as a link. */
export function newsletterHtml(prefecture: string, url: string, locale: Locale = 'ja'): string {
	const lines = newsletterText(prefecture, url, locale).split('\n');
	const link = lines.pop()!;
	const [head, ...body] = lines.map(escapeHtml);
	const href = escapeHtml(link);
	return [`<p><strong>${head}</strong></p>`, ...body.map((l) => `<p>${l}</p>`), `<p><a href="${href}">${href}</a></p>`].join('\n');
}

/** Copy-paste code that frames an embed page, with a title for screen readers and a fixed height. */
export function iframeCode(src: string, title: string, height: number): string {
	return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border:0;max-width:480px" loading="lazy"></iframe>`;
}

/** What a static image version of an embed says: a heading, lines of text, and the page to visit. */
export interface SvgCard {
	/** Heading, also the SVG's accessible title. */
	title: string;
	/** Body lines; each is wrapped to the card's width. */
	lines: readonly string[];
	/** Last line, e.g. where the full page is. */
	footer: string;
}

const CARD_WIDTH = 480;
const CARD_PAD = 20;
// Japanese text runs one em per character; 16 px type leaves 27 characters per line inside the padding.
const PER_LINE = Math.floor((CARD_WIDTH - 2 * CARD_PAD) / 16);

/**
 * Cut a text into lines at most `perLine` ems wide, for SVG, which does not wrap: a Japanese
 * character is one em, an ASCII one about half (code points, so nothing is split).
 */
export function wrapText(text: string, perLine: number): string[] {
	const out: string[] = [];
	let line = '';
	let width = 0;
	for (const ch of text) {
		const w = ch.charCodeAt(0) < 0x80 ? 0.55 : 1;
		if (width + w > perLine && line) {
			out.push(line);
			line = '';
			width = 0;
		}
		line += ch;
		width += w;
	}
	out.push(line);
	return out;
}

/**
 * A static SVG image of an embed, for sites that cannot use iframes (an <img> in a newsletter or a
 * CMS that strips iframes): black on white, system fonts, every text escaped.
 */
export function svgCard({ title, lines, footer }: SvgCard): string {
	const body = lines.flatMap((l) => wrapText(l, PER_LINE));
	const titleLines = wrapText(title, (CARD_WIDTH - 2 * CARD_PAD) / 20);
	let y = CARD_PAD;
	const texts: string[] = [];
	for (const t of titleLines) texts.push(`<text x="${CARD_PAD}" y="${(y += 26)}" font-size="20" font-weight="700">${escapeHtml(t)}</text>`);
	y += 8;
	for (const t of body) texts.push(`<text x="${CARD_PAD}" y="${(y += 24)}" font-size="16">${escapeHtml(t)}</text>`);
	y += 12;
	for (const t of wrapText(footer, (CARD_WIDTH - 2 * CARD_PAD) / 14)) texts.push(`<text x="${CARD_PAD}" y="${(y += 20)}" font-size="14" fill="#0b5cad">${escapeHtml(t)}</text>`);
	const height = y + CARD_PAD;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CARD_WIDTH} ${height}" width="${CARD_WIDTH}" height="${height}" role="img" font-family="system-ui, 'Hiragino Sans', 'Noto Sans CJK JP', sans-serif" fill="#1b2430">`,
		`<title>${escapeHtml(title)}</title>`,
		`<rect x="0.5" y="0.5" width="${CARD_WIDTH - 1}" height="${height - 1}" rx="8" fill="#fff" stroke="#c9d2dc"/>`,
		...texts,
		'</svg>',
	].join('\n');
}
