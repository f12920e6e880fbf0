import { describe, expect, it } from 'vitest';
import { chunkBounds, cutWords, decodeCbor, encodeCbor, readPagefind, SIGNATURE, writePagefind, type Cbor } from '../../src/lib/search-chunks.ts';

describe('the CBOR that Pagefind writes', () => {
	it.each<[string, Cbor, number[]]>([
		['a small integer', 10, [0x0a]],
		['a one-byte integer', 250, [0x18, 0xfa]],
		['a two-byte integer', 738, [0x19, 0x02, 0xe2]],
		['a four-byte integer', 70000, [0x1a, 0x00, 0x01, 0x11, 0x70]],
		['a negative integer (a weight marker)', -25, [0x38, 0x18]],
		['text', 'さい', [0x66, 0xe3, 0x81, 0x95, 0xe3, 0x81, 0x84]],
		['an array', [1, []], [0x82, 0x01, 0x80]],
	])('writes and reads back %s', (_, value, bytes) => {
		expect(encodeCbor(value)).toEqual(bytes);
		expect(decodeCbor(Uint8Array.from(bytes))).toEqual([value, bytes.length]);
	});

	it('reads back a whole file with its signature, and refuses one without', () => {
		const value: Cbor = [[['word', [[3, [-25, 10, 4], []]]]]];
		expect(readPagefind(writePagefind(value))).toEqual(value);
		expect(new TextDecoder().decode(writePagefind(value).subarray(0, SIGNATURE.length))).toBe(SIGNATURE);
		expect(() => readPagefind(Uint8Array.from(encodeCbor(value)))).toThrow(/signature/);
	});
});

describe('cutting the word index into chunks', () => {
	const word = (w: string, locs: number) => [w, [[0, Array.from({ length: locs }, (_, i) => i), []]]] as Cbor;

	it('keeps every word, in order, and never splits one', () => {
		const words = ['apple', 'apricot', 'banana', 'peach'].map((w) => word(w, 10));
		const chunks = cutWords(words, 30);
		expect(chunks.flat()).toEqual(words);
		expect(chunks.length).toBeGreaterThan(1);
		// A word far larger than the target still goes whole into one chunk.
		expect(cutWords([word('big', 500)], 30)).toEqual([[word('big', 500)]]);
	});

	it('keeps the words a term starts together, cutting where the next word starts with another character', () => {
		const words = ['標的', '標的型', '標的型攻撃', '標準', '模倣'].map((w) => word(w, 10));
		const chunks = cutWords(words, 40);
		expect(chunks.map((c) => c.map((w) => (w as Cbor[])[0]))).toEqual([['標的', '標的型', '標的型攻撃', '標準'], ['模倣']]);
		// Far past the target, a long run of words with one first character is cut after all.
		const run = Array.from({ length: 40 }, (_, i) => word(`情${String.fromCharCode(0x3042 + i)}`, 10));
		expect(cutWords(run, 20).length).toBeGreaterThan(1);
	});

	it('bounds each chunk so that a term is looked up in the chunk of the first word that starts with it', () => {
		const bounds = chunkBounds([['apple'], ['apricot', 'banana'], ['peach']]);
		expect(bounds).toEqual([
			{ from: '', to: 'apple' },
			{ from: 'apple\u0000', to: 'banana' },
			{ from: 'banana\u0000', to: 'peach' },
		]);
		// Pagefind's lookup: the first chunk with from ≤ term ≤ to.
		const lookup = (term: string) => {
			const found = bounds.flatMap((b, i) => (term >= b.from && term <= b.to ? [i] : []));
			expect(found.length, `「${term}」 falls in ${found.length} chunks`).toBe(1);
			return found[0];
		};
		expect(['app', 'apple', 'appl'].map(lookup)).toEqual([0, 0, 0]);
		expect(['apples', 'apr', 'b', 'banana'].map(lookup)).toEqual([1, 1, 1, 1]);
		expect(['bananas', 'pea', 'peach'].map(lookup)).toEqual([2, 2, 2]);
	});
});
