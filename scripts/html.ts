/**
 * The one reader of built HTML. The link check, the build tests, the headers and the bench parse each page
 * once with a real parser (htmlparser2) and ask the tree with CSS selectors (css-select), so a check does
 * not depend on how Astro happens to quote, order or space attributes, and a tag named in a text or a
 * comment is not taken for an element.
 */
import { readFileSync } from 'node:fs';
import { is, selectAll, selectOne } from 'css-select';
import { type AnyNode, type Document, type Element, isTag } from 'domhandler';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { htmlFiles, urlPathOf } from './dist-files.ts';

export type { Document, Element };

/** Markup as text, or already parsed (a node or a list of nodes). */
type Html = string | AnyNode | AnyNode[];

// Keyed by the markup itself: a page read by several checks is parsed only the first time.
const parsed = new Map<string, Document>();

/** The parsed tree of `html` (entities decoded, tag and attribute names in lower case). */
export function parse(html: Html): AnyNode | AnyNode[] {
	if (typeof html !== 'string') return html;
	let doc = parsed.get(html);
	if (!doc) parsed.set(html, (doc = parseDocument(html)));
	return doc;
}

/** Every element under `root` that matches the CSS `selector`, in document order. */
export function all(root: Html, selector: string): Element[] {
	return selectAll(selector, parse(root));
}

/** The first element under `root` that matches `selector`, or null. */
export function one(root: Html, selector: string): Element | null {
	return selectOne(selector, parse(root));
}

/** The nearest ancestor of `el` that matches `selector`, or null. */
export function closest(el: Element, selector: string): Element | null {
	for (let p = el.parent; p && p.type !== 'root'; p = p.parent) if (is(p as Element, selector)) return p as Element;
	return null;
}

/** The element children of `el` (text and comments left out). */
export function childElements(el: Element): Element[] {
	return el.children.filter((c): c is Element => isTag(c));
}

/** The text of a node, as a reader sees it: white space collapsed and trimmed. */
export function text(node: Html | null | undefined): string {
	return node == null ? '' : textContent(parse(node)).replace(/\s+/g, ' ').trim();
}

/** Values of attribute `attr` on every element matching `selector` (e.g. every href of <a>), decoded. */
export function attrValues(html: Html, selector: string, attr: string): string[] {
	return all(html, selector).flatMap((el) => (el.attribs[attr] === undefined ? [] : [el.attribs[attr]]));
}

/** Every id defined in the document. */
export function ids(html: Html): Set<string> {
	return new Set(attrValues(html, '[id]', 'id'));
}

/** The content of the page's <meta http-equiv="content-security-policy">, or null. */
export function metaCsp(html: Html): string | null {
	return one(html, 'meta[http-equiv="content-security-policy" i]')?.attribs.content ?? null;
}

/** One built page: its file, the URL path it is served at, its markup and (parsed on first use) its tree. */
export interface BuiltPage {
	file: string;
	path: string;
	html: string;
	readonly doc: Document;
}

const sites = new Map<string, BuiltPage[]>();

/** Every HTML page under `root` (dist/ by default), read once per process and parsed on first use. */
export function builtPages(root = 'dist'): BuiltPage[] {
	let pages = sites.get(root);
	if (!pages) {
		pages = htmlFiles(root).map((file) => {
			const html = readFileSync(file, 'utf8');
			return {
				file,
				path: urlPathOf(root, file),
				html,
				get doc() {
					return parse(html) as Document;
				},
			};
		});
		sites.set(root, pages);
	}
	return pages;
}

/** The built page served at URL `path` ('/', '/threats/', '/404.html') under `root`; throws if there is none. */
export function builtPage(path: string, root = 'dist'): BuiltPage {
	const page = builtPages(root).find((p) => p.path === path);
	if (!page) throw new Error(`${root} has no page at ${path}`);
	return page;
}
