// #20 (no repeated paragraphs): the trends page says a merger's effect on ranks once, above the 3-, 5- and
// 10-edition windows it falls in, not again under each of them.
import { describe, expect, it } from 'vitest';
import { all, builtPage, text } from '../../scripts/html.ts';

describe('the trends page', () => {
	it.each(['/threats/trends/', '/en/threats/trends/'])('%s says each note once', (path) => {
		const notes = all(builtPage(path).doc, 'main .mm-note').map((n) => text(n));
		expect(notes.length).toBeGreaterThan(0);
		expect(notes).toEqual([...new Set(notes)]);
	});
});
