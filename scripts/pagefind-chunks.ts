// After `pagefind --site dist`: re-cut Pagefind's word index into smaller chunks (see
// src/lib/search-chunks.ts for why), write the language's new metadata file and point
// pagefind-entry.json at it. Run again over an already re-cut index, it re-cuts to the same size.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { chunkBounds, cutWords, readPagefind, writePagefind, type Cbor } from '../src/lib/search-chunks.ts';

/**
 * Encoded bytes per chunk before gzip (a chunk runs on past it to a point where words part, see
 * cutWords). Pagefind's chunks are about 57 kB (25 kB gzip) here. Measured with
 * `node scripts/bench-search.ts` (first query cold / later median, kB gzip): Pagefind's own chunks
 * 146.1 / 22.4; 3,000 → 103.9 / 13.6; 2,000 → 103.7 / 11.9; 1,500 → 102.9 / 11.4; 1,000 → 105.8 /
 * 10.7, where the metadata every first search loads (about 20 bytes a chunk) outgrows the savings.
 */
const TARGET = Number(process.env.PAGEFIND_CHUNK_BYTES ?? 1_500);

const bundle = join(process.argv[2] ?? 'dist', 'pagefind');
const entryPath = join(bundle, 'pagefind-entry.json');
const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { version: string; languages: Record<string, { hash: string }> };
// The files' layout is Pagefind's internal format: check it again before allowing another version.
if (!/^1\.6\./.test(entry.version)) throw new Error(`${entryPath}: Pagefind ${entry.version}; scripts/pagefind-chunks.ts knows the index layout of 1.6 only`);
const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 });

for (const [language, info] of Object.entries(entry.languages)) {
	const metaPath = join(bundle, `pagefind.${info.hash}.pf_meta`);
	const meta = readPagefind(gunzipSync(readFileSync(metaPath))) as Cbor[];
	// [version, pages, index chunks ([from, to, hash]), filters, sorts, meta fields]
	const oldChunks = meta[2] as [string, string, string][];
	if (!Array.isArray(oldChunks) || oldChunks.some((c) => !Array.isArray(c) || c.length !== 3 || typeof c[2] !== 'string')) {
		throw new Error(`${metaPath}: not the metadata layout of Pagefind 1.6 (index chunks as [from, to, hash])`);
	}
	const words: Cbor[] = [];
	for (const [, , hash] of oldChunks) {
		const index = readPagefind(gunzipSync(readFileSync(join(bundle, 'index', `${hash}.pf_index`)))) as Cbor[][];
		words.push(...index[0]!);
	}
	const chunks = cutWords(words, TARGET);
	const bounds = chunkBounds(chunks.map((c) => c.map((w) => (w as Cbor[])[0] as string)));
	for (const [, , hash] of oldChunks) rmSync(join(bundle, 'index', `${hash}.pf_index`));
	const newChunks: Cbor[] = [];
	const used = new Set<string>();
	for (const [i, chunk] of chunks.entries()) {
		const file = gzip(writePagefind([chunk]));
		const full = hex(file);
		let length = 7;
		while (used.has(full.slice(0, length))) length++;
		const hash = `${language}_${full.slice(0, length)}`;
		used.add(full.slice(0, length));
		writeFileSync(join(bundle, 'index', `${hash}.pf_index`), file);
		newChunks.push([bounds[i]!.from, bounds[i]!.to, hash]);
	}
	meta[2] = newChunks;
	const metaFile = gzip(writePagefind(meta));
	const metaHash = `${language}_${hex(metaFile).slice(0, 10)}`;
	rmSync(metaPath);
	writeFileSync(join(bundle, `pagefind.${metaHash}.pf_meta`), metaFile);
	info.hash = metaHash;
	console.log(`✓ ${language}: ${words.length} words in ${newChunks.length} index chunks (there were ${oldChunks.length})`);
}
writeFileSync(entryPath, JSON.stringify(entry));
