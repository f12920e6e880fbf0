/**
 * Markdown tables that stack their rows on a phone (#20).
 *
 * A table of three or more columns with a sentence in a cell (the stars of /policy/stars/, the four weeks of
 * /guideline/executives/) is wider than a 375 px phone once its cells break only between phrases: at that width
 * each column got five or six characters and words broke inside themselves (「宣／言」, 「1週／目」). Such a table
 * gets `data-stack`, and each body cell the name of its column (`data-label`): global.css stacks each row under
 * 30rem and shows the names beside the values, as the edition RankTable does. Short tables stay tables.
 */

/** A cell this long (in characters) or longer is a sentence, not a value. */
const SENTENCE = 12;

const TAGS = /<[^>]*>/g;
const textOf = (html: string) =>
	html
		.replace(TAGS, '')
		// The few entities a header may hold come back as their characters (attr() escapes them again); others are space.
		.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!)
		.replace(/&[a-z]+;|&#\d+;/g, ' ')
		.trim();

/** Whether a table of these header names and body rows (cell texts) stacks on a phone. */
export function stacksOnPhone(headers: readonly string[], rows: readonly (readonly string[])[]): boolean {
	if (headers.length < 3) return false;
	// A column holding a sentence, beside two others: together they do not fit a phone between phrases.
	return headers.some((_, i) => rows.some((r) => [...(r[i] ?? '')].length >= SENTENCE));
}

/**
 * The inside of a markdown table (as MDX renders it: thead, tbody, rows of plain th/td) with each body cell
 * named by its column, and whether the table stacks on a phone. A table that does not stack comes back as it was.
 */
export function stackTableHtml(html: string): { html: string; stack: boolean } {
	const head = /<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? '';
	const headers = [...head.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) => textOf(m[1]!));
	const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
	const rows = [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((c) => textOf(c[1]!)));
	if (!stacksOnPhone(headers, rows)) return { html, stack: false };
	const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	const named = html.replace(/<tbody>[\s\S]*?<\/tbody>/, (tbody) =>
		tbody.replace(/<tr\b[^>]*>[\s\S]*?<\/tr>/g, (tr) => {
			let i = 0;
			return tr.replace(/<td\b/g, () => `<td data-label="${attr(headers[i++] ?? '')}"`);
		}),
	);
	return { html: named, stack: true };
}
