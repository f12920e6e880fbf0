// English threat pages (issue 22, en-more2): each gives the Japanese page's 「まず何をするか」 advice in
// English, item for item, marked as our translation and linking the Japanese advice it translates.
import { describe, expect, it } from 'vitest';
import { all, builtPage, builtPages, one, text } from '../../scripts/html.ts';
import { isThreatPath, switchLocale } from '../../src/lib/routes.ts';

const threatPages = builtPages('dist')
	.map((p) => p.path)
	// The section's own pages (trends, individual, …) are not threats: routes.ts knows which they are.
	.filter((p) => p.startsWith('/en/') && isThreatPath(switchLocale(p, 'ja')));

/** The items of the Japanese page's list under its 「まず何をするか」 heading. */
function japaneseAdvice(path: string): string[] {
	const doc = builtPage(path).doc;
	const heading = one(doc, 'h2[id="まず何をするか"]');
	let el = heading?.nextSibling;
	while (el && (el.type !== 'tag' || el.name !== 'ul')) el = el.nextSibling;
	return el ? all(el, 'li').map((li) => text(li)) : [];
}

describe('English threat advice', () => {
	it('builds an English page for every threat', () => {
		expect(threatPages.length).toBe(32);
	});

	it.each(threatPages.map((p) => [p] as const))('%s gives every item of the Japanese advice, marked as ours', (path) => {
		const doc = builtPage(path).doc;
		const section = one(doc, 'section[data-advice]');
		expect(text(one(section!, 'h2'))).toBe('What to do first');
		const jaPath = path.replace(/^\/en/, '');
		const items = all(section!, 'li').map((li) => text(li));
		expect(items.length).toBeGreaterThan(0);
		expect(items).toHaveLength(japaneseAdvice(jaPath).length);
		// English words only: a Japanese run would need its own lang (Mixed marks it).
		for (const li of all(section!, 'li')) expect(text(li).replace(/[^\u3040-\u30ff\u4e00-\u9fff]/g, '').length === 0 || all(li, '[lang="ja"]').length > 0).toBe(true);
		const note = one(section!, '[data-translation-note]');
		expect(text(note)).toMatch(/Our translation/);
		expect(all(note!, 'a').map((a) => a.attribs.href)).toContain(`${jaPath}#まず何をするか`);
	});
});
