/** One entry of a page's table of contents. */
export interface TocEntry {
	/** The heading's id, the link target. */
	id: string;
	/** The heading's text, tags removed. */
	text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

/**
 * The h2 headings of rendered HTML that carry an id, in order: the page's table of contents is built
 * from them at build time, so it needs no script. Headings inside a <nav> (section lists) are left out.
 */
export function tocFromHtml(html: string): TocEntry[] {
	const withoutNav = html.replace(/<nav\b[\s\S]*?<\/nav>/gi, '');
	const entries: TocEntry[] = [];
	for (const m of withoutNav.matchAll(/<h2\b([^>]*)>([\s\S]*?)<\/h2>/gi)) {
		const id = /\bid="([^"]+)"/.exec(m[1]!)?.[1];
		if (!id) continue;
		const text = m[2]!
			.replace(/<[^>]+>/g, '')
			.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e]!)
			.replace(/\s+/g, ' ')
			.trim();
		if (text) entries.push({ id, text });
	}
	return entries;
}
