/** DOM for search results, built from text nodes only (see excerptParts). */
import { excerptParts } from '../../lib/search.ts';

/** An element with the given class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text) node.textContent = text;
	return node;
}

/** A Pagefind excerpt with its matches in <mark>. */
export function excerptNode(excerpt: string, className: string): HTMLElement {
	const p = el('span', className);
	for (const part of excerptParts(excerpt)) p.append(part.mark ? el('mark', '', part.text) : document.createTextNode(part.text));
	return p;
}

/** The section a result belongs to (its Pagefind `section` filter). */
export function sectionOfResult(filters: Partial<Record<string, string[]>>): string {
	return filters.section?.[0] ?? '';
}
