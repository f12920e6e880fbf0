import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MARK, markSvg } from '../../src/lib/mark.ts';
import { PREVIEW_MARK } from '../../src/lib/og/render.ts';

describe('the mark', () => {
	const favicon = readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8');

	it('public/favicon.svg draws the same cord, pouch and shield as the header', () => {
		expect(favicon).toContain(`viewBox="${MARK.viewBox}"`);
		for (const d of [MARK.cord, MARK.pouch, MARK.shield]) expect(favicon).toContain(`d="${d}"`);
	});

	it('the favicon needs no font and loads nothing else', () => {
		expect(favicon).not.toMatch(/<text|font-family|href=|url\(/);
	});

	it('the preview images draw the same mark (#20), not a shield of their own', () => {
		const svg = Buffer.from(PREVIEW_MARK.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString('utf8');
		expect(svg).toBe(markSvg('#0017c1'));
		for (const d of [MARK.cord, MARK.pouch, MARK.shield]) expect(svg).toContain(`d="${d}"`);
	});
});
