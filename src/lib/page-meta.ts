// What a page tells link previews, search engines and feed readers about itself: its check date,
// its preview image and its structured data. Pure: BaseLayout and the preview-image step call it.
import { t, type UiKey } from '../i18n/index.ts';
import type { Locale } from './routes.ts';

/** The check dates of the content files a page shows, reduced to what the page states. */
export interface PageDates {
	/** Oldest check date: every fact on the page was checked on or after this day (shown as 「内容の確認」). */
	reviewed: string;
	/** Newest check date: when anything on the page last changed (JSON-LD dateModified). */
	modified: string;
}

/** Reduce the `reviewed` dates (YYYY-MM-DD) of the files a page draws on; undefined when it draws on none. */
export function pageDates(dates: string | readonly string[] | undefined): PageDates | undefined {
	const list = (typeof dates === 'string' ? [dates] : [...(dates ?? [])]).sort();
	return list.length ? { reviewed: list[0]!, modified: list.at(-1)! } : undefined;
}

/** Page kinds that get a preview image of their own, by path prefix; the label is drawn above the title. */
const PREVIEW_KINDS: readonly [pattern: RegExp, label: UiKey][] = [
	[/^\/$/, 'preview.home'],
	[/^\/threats\/editions\/\d{4}\/$/, 'preview.edition'],
	[/^\/threats\/(?!compare\/|editions\/)[a-z0-9-]+\/$/, 'preview.threat'],
	[/^\/otasuketai\/[a-z]+\/$/, 'preview.otasuketai'],
	[/^\/guideline\/([a-z0-9-]+\/)?$/, 'preview.guideline'],
	[/^\/self-check\/$/, 'preview.selfCheck'],
	[/^\/help\/([a-z0-9-]+\/)?$/, 'preview.help'],
	[/^\/cases\/[a-z0-9-]+\/$/, 'preview.case'],
	[/^\/policy\/([a-z0-9-]+\/)?$/, 'preview.policy'],
];

/** The one preview image shared by pages without one of their own (drawn with the site's tagline). */
export const SITE_PREVIEW = '/og/site.png';

/** A page's preview image: its path and the kind label drawn on it. */
export interface Preview {
	/** Path of the 1200 × 630 PNG under /og/. */
	path: string;
	/** Kind of page drawn above the title, e.g. '脅威'; undefined for the shared site image. */
	kind?: string;
}

/** The preview image of the page at `pathname`: its own for the kinds above, else the site's. */
export function previewOf(pathname: string, locale: Locale = 'ja'): Preview {
	const key = PREVIEW_KINDS.find(([re]) => re.test(pathname))?.[1];
	const kind = key && t(key, locale);
	if (!kind) return { path: SITE_PREVIEW };
	return { path: pathname === '/' ? '/og/home.png' : `/og${pathname.slice(0, -1)}.png`, kind };
}

/** An absolute URL when the site's address is known, else the path (previews then cannot be fetched, but nothing breaks). */
export function absolute(path: string, site: URL | string | undefined): string {
	return site ? new URL(path, site).href : path;
}

/** JSON for a <script type="application/ld+json">, with '<' escaped so no text can close the script element. */
export function jsonLd(data: object): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
