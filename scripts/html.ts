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

/** Where one element sits in the document: from its start tag to just after its end tag. */
export interface ElementSpan {
	/** Index of '<' of the start tag. */
	start: number;
	/** Index just after the end tag. */
	end: number;
	/** The whole start tag, for reading its attributes. */
	open: string;
}

/** Every element named `tag` (not a void element), nested ones included, in order of their start tags. */
export function elementSpans(html: string, tag: string): ElementSpan[] {
	const out: ElementSpan[] = [];
	const stack: { start: number; open: string }[] = [];
	for (const m of html.matchAll(new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi'))) {
		if (!m[1]) stack.push({ start: m.index, open: m[0] });
		else {
			const opened = stack.pop();
			if (opened) out.push({ ...opened, end: m.index + m[0].length });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

/** The innermost span that contains `index`, or undefined. */
export function enclosing(spans: readonly ElementSpan[], index: number): ElementSpan | undefined {
	return spans.filter((s) => s.start < index && index < s.end).at(-1);
}
