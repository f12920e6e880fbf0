// Words with links inside a sentence (#21): a dictionary entry or a page's prose in content/ writes a link
// as [link text](name), and the page supplies the address for each name from src/lib/routes.ts. So the
// words stay in one place, the paths in another, and the sentence is not cut into pieces around its link.
// It sits in vocab/ (no imports) because the page schema (src/schemas/page.ts) checks the same notation.

/** One piece of a sentence: plain text, a link's text with its address, or `code` / **strong** text. */
export type RichSegment = { text: string; href?: undefined; as?: 'code' | 'strong' } | { text: string; href: string; as?: undefined };

/** A link, `code` (a file or field name) or **strong** words. */
const MARK = /\[([^\]]+)\]\(([\w-]+)\)|`([^`]+)`|\*\*([^*]+)\*\*/g;

/** Why a text's link markup is malformed (a stray bracket), or undefined when it reads cleanly. */
export function richTextProblem(text: string): string | undefined {
	const rest = text.replace(MARK, '');
	if (/[[\]]/.test(rest)) return `a "[" or "]" that is not part of a [text](name) link: ${JSON.stringify(text)}`;
	if (rest.includes('`') || rest.includes('**')) return `a "\`" or "**" that is not closed: ${JSON.stringify(text)}`;
	return undefined;
}

/**
 * The pieces of a text with [text](name) links, each link's address looked up in `links`. A name
 * without an address, or a stray bracket, throws naming the text, so the build stops instead of
 * printing a broken link.
 */
export function richSegments(text: string, links: Readonly<Record<string, string>> = {}): RichSegment[] {
	const problem = richTextProblem(text);
	if (problem) throw new Error(problem);
	const out: RichSegment[] = [];
	let at = 0;
	for (const m of text.matchAll(MARK)) {
		if (m.index > at) out.push({ text: text.slice(at, m.index) });
		at = m.index + m[0].length;
		if (m[3] !== undefined || m[4] !== undefined) {
			out.push(m[3] !== undefined ? { text: m[3], as: 'code' } : { text: m[4]!, as: 'strong' });
			continue;
		}
		const href = Object.hasOwn(links, m[2]!) ? links[m[2]!] : undefined;
		if (href === undefined) throw new Error(`link "${m[2]}" has no address in ${JSON.stringify(text)}`);
		out.push({ text: m[1]!, href });
	}
	if (at < text.length) out.push({ text: text.slice(at) });
	return out;
}
