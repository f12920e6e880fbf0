// MDX turns raw HTML into real elements, so a <script>, an onclick= or a javascript: link written in a
// content file would reach the page, stopped only by the Content-Security-Policy. Content is text and
// components, never code: this pass reads the MDX source (before the build, with the other content
// rules) and names the file and line of anything that could run, load or restyle the page.
// It reads the source rather than the compiled tree so it needs no MDX parser of its own and sees what
// an author wrote, including JSX inside `export`s and {expressions}; only code (fenced blocks and
// `inline code`), where such text is shown rather than run, is left out.

/** One piece of raw HTML that must not be in content. */
export interface UnsafeHtml {
	/** 1-based line in the file (frontmatter included), as an editor shows it. */
	line: number;
	message: string;
}

/** Elements that run code, load another document or restyle the page. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'base', 'link', 'meta', 'form', 'template']);

/** Attributes that carry code, markup or style rather than text; `on…` handlers are matched by prefix. */
const FORBIDDEN_ATTRIBUTES = new Set(['style', 'srcdoc', 'formaction', 'set:html', 'dangerouslysetinnerhtml']);

/** URL schemes that run code when followed. */
const SCRIPT_URL = /(?:java|vb)script:|data:text\/html/gi;

const FIX = 'content is text and the components in src/components/mdx/';

/** Blank out `[from, to)` of `text` (UTF-16 indices), keeping line breaks so line numbers and indices stay right. */
function blank(text: string, from: number, to: number): string {
	return text.slice(0, from) + text.slice(from, to).replace(/[^\n]/g, ' ') + text.slice(to);
}

/** The source with frontmatter and fenced code blocks (``` or ~~~) blanked out. */
function maskBlocks(source: string): string {
	let text = source;
	const front = /^---\r?\n[\s\S]*?\r?\n---\r?(?:\n|$)/.exec(text);
	if (front) text = blank(text, 0, front[0].length);
	let offset = 0;
	let fence: string | null = null;
	let start = 0;
	for (const line of text.split('\n')) {
		const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
		if (fence === null && open) {
			fence = open[1]!;
			start = offset;
		} else if (fence !== null && new RegExp(`^ {0,3}\\${fence[0]}{${fence.length},}\\s*$`).test(line)) {
			text = blank(text, start, offset + line.length);
			fence = null;
		}
		offset += line.length + 1;
	}
	return fence === null ? text : blank(text, start, text.length);
}

/** Inline code spans: a run of backticks up to the next run of the same length, within one paragraph. */
function codeSpans(text: string): [number, number][] {
	return [...text.matchAll(/(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n)[\s\S])*?(?<!`)\1(?!`)/g)].map((m) => [m.index, m.index + m[0].length]);
}

/** The source with frontmatter, fenced code blocks and inline code spans blanked out. */
export function maskCode(source: string): string {
	let text = maskBlocks(source);
	for (const [from, to] of codeSpans(text)) text = blank(text, from, to);
	return text;
}

const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', lpar: '(', rpar: ')', sol: '/', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', period: '.' };

/**
 * The text as a browser would read a URL in it: character references decoded, Markdown backslash
 * escapes removed, and tabs, line breaks and NULs dropped (browsers ignore them inside URLs),
 * with the line each remaining character came from.
 */
function urlText(masked: string): { flat: string; lineOf: number[] } {
	let flat = '';
	const lineOf: number[] = [];
	let line = 1;
	for (const m of masked.matchAll(/&(#x[0-9a-f]+|#\d+|[a-z]+);?|\\([!-/:-@[-`{-~])|[\s\S]/giu)) {
		let ch = m[0];
		if (m[1]) {
			const ref = m[1].toLowerCase();
			const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : ref.startsWith('#') ? Number(ref.slice(1)) : NaN;
			ch = Number.isNaN(code) ? (NAMED[ref] ?? m[0]) : code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
		} else if (m[2]) ch = m[2];
		if (m[0].includes('\n')) line += m[0].split('\n').length - 1;
		for (const c of ch.replace(/[\t\n\r\0]/g, '')) {
			flat += c;
			lineOf.push(line);
		}
	}
	return { flat, lineOf };
}

/** Read a balanced {…} starting at `i` (the brace); returns the index after it. */
function skipBraces(s: string, i: number): number {
	let depth = 0;
	for (; i < s.length; i++) {
		if (s[i] === '{') depth++;
		else if (s[i] === '}' && --depth === 0) return i + 1;
	}
	return s.length;
}

interface Tag {
	name: string;
	line: number;
	attributes: { name: string; value: string; line: number }[];
}

/** Every tag outside inline code in `text` (code blocks already blanked), with its attributes and lines. */
function tags(text: string): Tag[] {
	const out: Tag[] = [];
	const spans = codeSpans(text);
	const lineAt = (i: number) => text.slice(0, i).split('\n').length;
	for (const m of text.matchAll(/<([A-Za-z][\w.:-]*)/g)) {
		// Shown as text inside `code`; a name with a colon is an autolink such as <https://…>.
		if (spans.some(([from, to]) => m.index >= from && m.index < to) || m[1]!.includes(':')) continue;
		const tag: Tag = { name: m[1]!, line: lineAt(m.index), attributes: [] };
		let i = m.index + m[0].length;
		// Attributes until '>' (quoted values and {expressions} may hold '>').
		while (i < text.length && text[i] !== '>') {
			const c = text[i]!;
			if (c === '{') {
				// A spread such as {...props}: its contents are checked as a value of no name.
				const end = skipBraces(text, i);
				tag.attributes.push({ name: '', value: text.slice(i, end), line: lineAt(i) });
				i = end;
			} else if (/[^\s=/"']/.test(c)) {
				const name = /^[^\s=/>{"']+/.exec(text.slice(i))![0];
				const attr = { name, value: '', line: lineAt(i) };
				tag.attributes.push(attr);
				i += name.length;
				const eq = /^\s*=\s*/.exec(text.slice(i));
				if (eq) {
					i += eq[0].length;
					const q = text[i];
					const end = q === '{' ? skipBraces(text, i) : q === '"' || q === "'" ? text.indexOf(q, i + 1) + 1 || text.length : i + /^[^\s>]*/.exec(text.slice(i))![0].length;
					attr.value = text.slice(i, end);
					i = end;
				}
			} else i++;
		}
		out.push(tag);
	}
	return out;
}

/** Find raw HTML in an MDX source that could run, load or restyle the page; none means the file is safe to render. */
export function findUnsafeHtml(source: string): UnsafeHtml[] {
	const found: UnsafeHtml[] = [];
	const scriptUrl = (line: number, scheme: string) => ({ line, message: `a ${scheme.toLowerCase()} address runs code when followed: link to a page instead (https:// or a path on this site)` });
	for (const tag of tags(maskBlocks(source))) {
		const name = tag.name.toLowerCase();
		if (FORBIDDEN_ELEMENTS.has(name)) found.push({ line: tag.line, message: `<${tag.name}> is raw HTML that could run code, load another page or restyle this one: remove it (${FIX})` });
		for (const a of tag.attributes) {
			const attr = a.name.toLowerCase();
			if (/^on/.test(attr)) found.push({ line: a.line, message: `${a.name}= on <${tag.name}> is an event handler (code run in the page): remove it (${FIX})` });
			else if (FORBIDDEN_ATTRIBUTES.has(attr))
				found.push({ line: a.line, message: `${a.name}= on <${tag.name}> puts ${attr === 'style' ? 'inline style' : 'code or markup'} into the page: remove it (styles live in src/styles/; ${FIX})` });
			// JSX treats a lowercase name as an HTML element: its values reach the page as they are, and an
			// {expression} could build what the checks here look for ('java' + 'script:'), so only "text" is allowed.
			const html = /^[a-z]/.test(tag.name);
			if (html && a.value.startsWith('{') && !/^on/.test(attr) && !FORBIDDEN_ATTRIBUTES.has(attr)) {
				found.push({
					line: a.line,
					message: `${a.name ? `${a.name}={…}` : '{…}'} on <${tag.name}> is an expression: give an HTML element plain "text" values (an expression can build code or a javascript: address)`,
				});
			}
			// Values are checked whole, template literals and all: `inline code` rules do not apply inside a tag.
			const { flat, lineOf } = urlText(a.value);
			for (const m of flat.matchAll(SCRIPT_URL)) found.push(scriptUrl(a.line + lineOf[m.index]! - 1, m[0]));
		}
	}
	// Markdown links, images, definitions and anything else outside code.
	const { flat, lineOf } = urlText(maskCode(source));
	for (const m of flat.matchAll(SCRIPT_URL)) found.push(scriptUrl(lineOf[m.index]!, m[0]));
	const seen = new Set<string>();
	return found.filter((p) => !seen.has(`${p.line} ${p.message}`) && !!seen.add(`${p.line} ${p.message}`)).sort((a, b) => a.line - b.line);
}
