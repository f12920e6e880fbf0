// English edition, part 1 of 3 (issue 22): which Japanese page has which English twin.
//
// HOW TWINS WORK (read this before adding an English page):
// - Every English page has a Japanese original. The pairs live in ONE build-time registry,
//   src/lib/content/english.ts `getTwins()`: a list of [japanesePath, englishPath] pairs built from
//   fixed pages (ENGLISH_PAGES there) and from content (content/en/<kind>/<id>.yaml, `original: <id>`).
// - BaseLayout looks the current path up in it: a Japanese page with a twin gets hreflang links and the
//   header's language switch; an English page gets them too, plus the "Japanese is authoritative" notice
//   linking its original. An English page missing from the registry fails the build naming its path.
// - So a new English page = the page under src/pages/en/ + one pair in the registry. No Japanese page
//   needs editing, and test/build/hreflang.test.ts checks over dist/ that each pair points both ways.
// Pure: no astro:content, so it is unit-tested (test/unit/twins.test.ts).
import { localeOf, type Locale } from './routes.ts';

/** One page in both languages. */
export type TwinPair = readonly [ja: string, en: string];

/** The registry of pairs, looked up from either side. */
export interface Twins {
	/** The other-language path of a page, or undefined when it has none. */
	of(path: string): string | undefined;
	/** Every pair, Japanese first. */
	readonly pairs: readonly TwinPair[];
}

/** Build the registry; a pair on the wrong side of /en/ or a page paired twice is a programming error. */
export function makeTwins(pairs: readonly TwinPair[]): Twins {
	const map = new Map<string, string>();
	for (const [ja, en] of pairs) {
		if (localeOf(ja) !== 'ja' || localeOf(en) !== 'en') throw new Error(`twin pair [${ja}, ${en}]: the Japanese path comes first, the English one under /en/`);
		for (const [from, to] of [
			[ja, en],
			[en, ja],
		] as const) {
			const had = map.get(from);
			if (had !== undefined && had !== to) throw new Error(`${from} is paired with both ${had} and ${to}`);
			map.set(from, to);
		}
	}
	return { of: (path) => map.get(path), pairs };
}

/** A `<link rel="alternate" hreflang>` of a page. */
export interface Alternate {
	hreflang: 'ja' | 'en' | 'x-default';
	href: string;
}

/**
 * The hreflang links of a page with a twin: both languages (each page lists itself too, as search engines
 * expect) and x-default pointing at the Japanese page, the authoritative one. None without a twin.
 */
export function alternatesOf(path: string, twin: string | undefined): Alternate[] {
	if (twin === undefined) return [];
	const [ja, en] = localeOf(path) === 'ja' ? [path, twin] : [twin, path];
	return [
		{ hreflang: 'ja', href: ja },
		{ hreflang: 'en', href: en },
		{ hreflang: 'x-default', href: ja },
	];
}

/** Open Graph locale of a page's language. */
export function ogLocaleOf(locale: Locale): string {
	return locale === 'ja' ? 'ja_JP' : 'en_US';
}
