// #20: the design tokens are built on the Digital Agency design system's, and the site says so: the
// token file names the package and version it copies, and /about/ credits it with its licence and link.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { all, builtPage, text } from '../../scripts/html.ts';

const tokens = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

describe('the design basis', () => {
	it('names the Digital Agency package, its version and licence in the token file', () => {
		const version = /@digital-go-jp\/design-tokens (\d+\.\d+\.\d+)/.exec(tokens)?.[1];
		expect(version).toBeDefined();
		expect(tokens).toContain('MIT License');
		// Each light-scheme colour names the DA token it comes from in a comment on its line.
		const light = tokens.slice(0, tokens.indexOf('@media (prefers-color-scheme: dark)'));
		const colours = [...light.matchAll(/^\s*--mm-color-[\w-]+: #[0-9a-f]{6};(.*)$/gm)];
		expect(colours.length).toBeGreaterThan(20);
		expect(colours.filter((c) => !c[1]!.includes('/*')).map((c) => c[0].trim())).toEqual([]);
	});

	it('credits the package on /about/ with the same version, its copyright and a link', () => {
		const about = builtPage('/about/').doc;
		const version = /@digital-go-jp\/design-tokens (\d+\.\d+\.\d+)/.exec(tokens)![1]!;
		const credit = all(about, 'li').find((li) => text(li).includes('@digital-go-jp/design-tokens'));
		expect(text(credit)).toContain(version);
		expect(text(credit)).toMatch(/Copyright \(c\) 2023 デジタル庁/);
		expect(all(credit!, 'a').map((a) => a.attribs.href)).toContain('https://github.com/digital-go-jp/design-tokens');
	});
});
