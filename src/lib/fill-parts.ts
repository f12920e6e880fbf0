// A dictionary template whose placeholders stand for markup (a link, a <strong>), not text: split it so a
// component can put its own nodes in their places. Pure, so the word order stays the dictionary's in
// every language ("see {link}" vs 「{link}で確かめてください」).
import { PLACEHOLDER } from '../i18n/fill.ts';

/**
 * The template as pieces: text with its plain {name}s filled from `text`, and, where a name is in
 * `nodes`, that node. Unknown names stay visible, as in fill().
 */
export function fillParts<T>(template: string, nodes: Readonly<Record<string, T>>, text: Readonly<Record<string, string | number>> = {}): (string | T)[] {
	const out: (string | T)[] = [];
	let last = 0;
	let buffer = '';
	for (const m of template.matchAll(PLACEHOLDER)) {
		buffer += template.slice(last, m.index);
		last = m.index + m[0].length;
		const name = m[1]!;
		if (Object.hasOwn(nodes, name)) {
			if (buffer) out.push(buffer);
			buffer = '';
			out.push(nodes[name]!);
		} else buffer += Object.hasOwn(text, name) ? String(text[name]) : m[0];
	}
	buffer += template.slice(last);
	if (buffer) out.push(buffer);
	return out;
}
