/** Small, dependency-free readers for the HTML Astro emits (attributes are always double-quoted). */

/** Decode the few entities Astro writes into attribute values. */
export function decodeEntities(s: string): string {
	return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Values of `attr` on every tag named `tag` (e.g. all href of <a>). */
export function attrValues(html: string, tag: string, attr: string): string[] {
	const out: string[] = [];
	for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
		const a = new RegExp(`\\s${attr}="([^"]*)"`, 'i').exec(m[0]);
		if (a) out.push(decodeEntities(a[1]!));
	}
	return out;
}

/** Every whole start tag named `tag`. */
export function tags(html: string, tag: string): string[] {
	return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))].map((m) => m[0]);
}

/** Every id defined in the document. */
export function ids(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
}

/** The content of the page's <meta http-equiv="content-security-policy">, or null. */
export function metaCsp(html: string): string | null {
	const tag = tags(html, 'meta').find((t) => /http-equiv="content-security-policy"/i.test(t));
	return tag ? decodeEntities(/content="([^"]*)"/.exec(tag)![1]!) : null;
}
