// Sentences with links kept whole in the dictionary and content/ (#21): the page gives each link name
// its address, and a missing address or a stray bracket stops the build instead of printing a dead link.
import { describe, expect, it } from 'vitest';
import { richSegments, richTextProblem } from '../../src/vocab/rich-text.ts';

describe('sentences with [text](name) links', () => {
	it('splits a sentence into text and links with the addresses the page gives', () => {
		expect(richSegments('自社でできているかは、[5分でできる自社診断](selfCheck)で確かめられます。', { selfCheck: '/self-check/' })).toEqual([
			{ text: '自社でできているかは、' },
			{ text: '5分でできる自社診断', href: '/self-check/' },
			{ text: 'で確かめられます。' },
		]);
	});

	it('keeps a sentence without links as one piece, and handles links at either end', () => {
		expect(richSegments('リンクなし')).toEqual([{ text: 'リンクなし' }]);
		expect(richSegments('[a](x) and [b](y)', { x: '/a/', y: '/b/' })).toEqual([{ text: 'a', href: '/a/' }, { text: ' and ' }, { text: 'b', href: '/b/' }]);
	});

	it('refuses a link the page gave no address for, naming it', () => {
		expect(() => richSegments('[年表](timeline)を見る', {})).toThrow(/link "timeline" has no address/);
		expect(() => richSegments('[x](constructor)', {})).toThrow(/constructor/);
	});

	it('refuses a stray bracket, so a half-written link is not printed as text', () => {
		expect(richTextProblem('[年表(timeline)')).toMatch(/not part of a \[text\]\(name\) link/);
		expect(() => richSegments('年表](timeline)')).toThrow();
		expect(richTextProblem('[年表](timeline)')).toBeUndefined();
	});

	it('marks `code` and **strong** words, and refuses an unclosed mark', () => {
		expect(richSegments('列 `rank` は **空欄**。')).toEqual([{ text: '列 ' }, { text: 'rank', as: 'code' }, { text: ' は ' }, { text: '空欄', as: 'strong' }, { text: '。' }]);
		expect(richTextProblem('列 `rank は空欄')).toMatch(/not closed/);
		expect(richTextProblem('**空欄')).toMatch(/not closed/);
	});
});
