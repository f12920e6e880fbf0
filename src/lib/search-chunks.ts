/**
 * Smaller Pagefind index chunks. Pagefind 1.6 cuts its word index into chunks of 20,000 word
 * positions (hard-coded, not an option), about 25 kB gzip each here, and a search fetches the chunk of
 * every word it looks up: one or two words cost 25–75 kB. Re-cut into smaller chunks, a word costs a
 * few kB. The chunks are Pagefind's own CBOR, so this reads and writes that (the subset Pagefind
 * uses: unsigned and negative integers, text, byte strings, arrays, maps) and changes nothing else.
 */

/** A CBOR value as Pagefind writes it. */
export type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor>;

/** Pagefind's decompressed files start with this signature, then one CBOR value. */
export const SIGNATURE = 'pagefind_dcd';

/** Decode one CBOR value from `bytes` at `at`; returns it and the offset after it. */
export function decodeCbor(bytes: Uint8Array, at = 0): [Cbor, number] {
	const head = bytes[at]!;
	const major = head >> 5;
	const info = head & 31;
	let n: number;
	let p = at + 1;
	if (info < 24) n = info;
	else if (info === 24) n = bytes[p++]!;
	else if (info === 25) (n = (bytes[p]! << 8) | bytes[p + 1]!), (p += 2);
	else if (info === 26) (n = ((bytes[p]! << 24) >>> 0) + (bytes[p + 1]! << 16) + (bytes[p + 2]! << 8) + bytes[p + 3]!), (p += 4);
	else throw new Error(`CBOR: unsupported head 0x${head.toString(16)} at ${at}`);
	switch (major) {
		case 0:
			return [n, p];
		case 1:
			return [-1 - n, p];
		case 2:
			return [bytes.slice(p, p + n), p + n];
		case 3:
			return [new TextDecoder().decode(bytes.subarray(p, p + n)), p + n];
		case 4: {
			const items: Cbor[] = [];
			for (let i = 0; i < n; i++) {
				const [v, next] = decodeCbor(bytes, p);
				items.push(v);
				p = next;
			}
			return [items, p];
		}
		case 5: {
			const map = new Map<Cbor, Cbor>();
			for (let i = 0; i < n; i++) {
				const [k, afterKey] = decodeCbor(bytes, p);
				const [v, next] = decodeCbor(bytes, afterKey);
				map.set(k, v);
				p = next;
			}
			return [map, p];
		}
		default:
			throw new Error(`CBOR: unsupported major type ${major} at ${at}`);
	}
}

function head(major: number, n: number, out: number[]): void {
	const m = major << 5;
	if (n < 24) out.push(m | n);
	else if (n < 0x100) out.push(m | 24, n);
	else if (n < 0x10000) out.push(m | 25, n >> 8, n & 0xff);
	else if (n < 0x100000000) out.push(m | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
	else throw new Error(`CBOR: ${n} is too large`);
}

/** Encode a value the way minicbor (Pagefind's encoder) does: shortest heads, definite lengths. */
export function encodeCbor(value: Cbor, out: number[] = []): number[] {
	if (typeof value === 'number') {
		if (!Number.isInteger(value)) throw new Error(`CBOR: ${value} is not an integer`);
		if (value >= 0) head(0, value, out);
		else head(1, -1 - value, out);
	} else if (typeof value === 'string') {
		const b = new TextEncoder().encode(value);
		head(3, b.length, out);
		for (const x of b) out.push(x);
	} else if (value instanceof Uint8Array) {
		head(2, value.length, out);
		for (const x of value) out.push(x);
	} else if (Array.isArray(value)) {
		head(4, value.length, out);
		for (const v of value) encodeCbor(v, out);
	} else {
		head(5, value.size, out);
		for (const [k, v] of value) encodeCbor(k, out), encodeCbor(v, out);
	}
	return out;
}

/** Read a decompressed Pagefind file (signature + CBOR). */
export function readPagefind(bytes: Uint8Array): Cbor {
	const sig = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length));
	if (sig !== SIGNATURE) throw new Error('not a Pagefind file: the signature is missing');
	const [value, end] = decodeCbor(bytes, SIGNATURE.length);
	if (end !== bytes.length) throw new Error(`Pagefind file: ${bytes.length - end} bytes after the value`);
	return value;
}

/** Write a value as a decompressed Pagefind file. */
export function writePagefind(value: Cbor): Uint8Array {
	return Uint8Array.from([...new TextEncoder().encode(SIGNATURE), ...encodeCbor(value)]);
}

/** Characters two words share at their start. */
function sharedPrefix(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	let n = 0;
	while (n < x.length && n < y.length && x[n] === y[n]) n++;
	return n;
}

/**
 * Cut the words (in Pagefind's order, every chunk's words in turn) into chunks of about `target`
 * encoded bytes. Pagefind looks a term up in one chunk only, so the words a term is the start of
 * (標的型 → 標的型攻撃) must not be cut apart: past the target a chunk ends only where the next word
 * starts with another character; past three times the target, where it shares at most one; past
 * six times, anywhere. A word is never split.
 */
export function cutWords(words: readonly Cbor[], target: number): Cbor[][] {
	const text = (w: Cbor) => (w as Cbor[])[0] as string;
	const chunks: Cbor[][] = [];
	let chunk: Cbor[] = [];
	let size = 0;
	for (const [i, word] of words.entries()) {
		chunk.push(word);
		size += encodeCbor(word).length;
		const next = words[i + 1];
		if (next === undefined || size < target) continue;
		const shared = sharedPrefix(text(word), text(next));
		if (shared === 0 || (shared === 1 && size >= 3 * target) || size >= 6 * target) {
			chunks.push(chunk);
			chunk = [];
			size = 0;
		}
	}
	if (chunk.length) chunks.push(chunk);
	return chunks;
}

/**
 * The `from` and `to` Pagefind's search looks a term up by (from ≤ term ≤ to). Pagefind writes
 * shortened bounds (apple | apricot → to "app", from "apr"), which leave gaps: a term such as "apple"
 * is above one chunk's `to` and below the next one's `from`, and in a query of several words it is
 * then looked up in no chunk. Here the chunks meet exactly: `to` is the chunk's last word and `from`
 * the string right after the previous chunk's last word, so a term goes to the one chunk holding the
 * first word that starts with it.
 */
export function chunkBounds(chunks: readonly (readonly string[])[]): { from: string; to: string }[] {
	return chunks.map((words, i) => ({ from: i === 0 ? '' : `${chunks[i - 1]!.at(-1) ?? ''}\u0000`, to: words.at(-1) ?? '' }));
}
