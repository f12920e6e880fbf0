import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MARK } from '../../src/lib/mark.ts';

describe('the mark', () => {
	const favicon = readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8');

	it('public/favicon.svg draws the same cord, pouch and shield as the header', () => {
		expect(favicon).toContain(`viewBox="${MARK.viewBox}"`);
		for (const d of [MARK.cord, MARK.pouch, MARK.shield]) expect(favicon).toContain(`d="${d}"`);
	});

	it('the favicon needs no font and loads nothing else', () => {
		expect(favicon).not.toMatch(/<text|font-family|href=|url\(/);
	});
});
