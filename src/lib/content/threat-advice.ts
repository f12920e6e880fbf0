// English threat advice (issue 22): a threat's "what to do" is the bulleted list under its MDX body's
// 「まず何をするか」 heading. The English file translates that list item for item; this reads the Japanese
// list so the build can tell a translator when the two have drifted apart. Pure: takes the file's text.

import { t } from '../../i18n/index.ts';

/**
 * The heading of the advice section in a threat's MDX body: the dictionary's Japanese word, so this parser,
 * the English page's link to the section and the heading the Japanese body writes are one word.
 */
export const ADVICE_HEADING = t('threatAdvice.heading', 'ja');

/** The items of the 「まず何をするか」 list of a threat's MDX source (empty when it has none). */
export function adviceItems(source: string): string[] {
	const lines = source.split(/\r?\n/);
	const start = lines.findIndex((l) => l.trim() === `## ${ADVICE_HEADING}`);
	if (start < 0) return [];
	const items: string[] = [];
	for (const line of lines.slice(start + 1)) {
		if (/^#{1,6}\s/.test(line)) break;
		const item = /^[-*]\s+(.*)$/.exec(line);
		if (item) items.push(item[1]!.trim());
		// A continuation line (indented) belongs to the item before it.
		else if (/^\s+\S/.test(line) && items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
	}
	return items;
}
