// After `astro build`: each page links at most two stylesheets, a site sheet shared by nearly every page
// and one sheet for the page's own components, instead of the four to nine per-component chunks Vite
// writes (issue #20). On a slow phone connection every render-blocking file costs a request, and past
// the browser's six connections a round trip more; with Lighthouse's CPU cost set to zero, pages' largest
// paint was still 1.3–1.5× the one-paragraph floor page, so the requests, not only the main thread, held
// it back. Joined, the blocking CSS a page sends halves (11–13 kB to 5–6 kB on the wire, headers included).
// The files are still files (no inline style: the one site-wide CSP).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from './dist-files.ts';

/** A stylesheet on at least this share of pages goes into the site sheet. */
const SHARED = 0.8;

export interface SheetPlan {
	/** The site sheet's parts, in order: the shared files a page links, when it links all of them. */
	site: string[];
	/** Each page's links after the rewrite, as lists of the parts to concatenate, in order. */
	pages: string[][][];
}

/**
 * Which stylesheets to join, from each page's stylesheet links in document order. The site sheet is the
 * files nearly every page links; a page that links them all gets it first, then one sheet of its other
 * files in their order (files are only ever concatenated, never reordered among themselves). A page
 * without them all (an embed) gets one sheet of everything it links, in its order.
 */
export function planSheets(pages: readonly (readonly string[])[]): SheetPlan {
	const count = new Map<string, number>();
	for (const links of pages) for (const href of new Set(links)) count.set(href, (count.get(href) ?? 0) + 1);
	const shared = new Set([...count].filter(([, n]) => n >= SHARED * pages.length).map(([href]) => href));
	// The site sheet keeps the order the shared files have on the first page that links them all.
	const site = pages.find((links) => [...shared].every((s) => links.includes(s)))?.filter((h) => shared.has(h)) ?? [];
	return {
		site,
		pages: pages.map((links) => {
			if (links.length === 0) return [];
			const hasSite = site.length > 0 && site.every((s) => links.includes(s));
			const own = hasSite ? links.filter((h) => !shared.has(h)) : [...links];
			return [...(hasSite ? [site] : []), ...(own.length ? [own] : [])];
		}),
	};
}

const LINK = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/g;

/** The stylesheet hrefs a page links, in order. */
export function stylesheetLinks(html: string): string[] {
	return [...html.matchAll(LINK)].map((m) => m[1]!);
}

/** Replace a page's stylesheet links with `hrefs`, where the first of them stood. */
export function relink(html: string, hrefs: readonly string[]): string {
	let first = true;
	return html.replace(LINK, () => {
		if (!first) return '';
		first = false;
		return hrefs.map((h) => `<link rel="stylesheet" href="${h}">`).join('');
	});
}

/** Join the stylesheets of every page under `root` as planned; returns how many sheets were written. */
export function joinStylesheets(root: string): number {
	const files = htmlFiles(root);
	const html = files.map((f) => readFileSync(f, 'utf8'));
	const plan = planSheets(html.map(stylesheetLinks));
	const written = new Map<string, string>();
	/** Write the concatenation of `parts` once, named by its content, and return its href. */
	const sheet = (parts: readonly string[], name: string): string => {
		const key = parts.join('\n');
		const known = written.get(key);
		if (known) return known;
		const css = parts.map((p) => readFileSync(join(root, p), 'utf8')).join('\n');
		const href = `/_astro/${name}.${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`;
		if (parts.length > 1) writeFileSync(join(root, href), css);
		written.set(key, parts.length === 1 ? parts[0]! : href);
		return written.get(key)!;
	};
	files.forEach((file, i) => {
		const sheets = plan.pages[i]!;
		if (sheets.length)
			writeFileSync(
				file,
				relink(
					html[i]!,
					sheets.map((parts) => sheet(parts, parts === plan.site ? 'site' : 'page')),
				),
			);
	});
	return [...written.keys()].filter((k) => k.includes('\n')).length;
}
