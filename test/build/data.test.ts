import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { all, attrValues, builtPage, childElements, text } from '../../scripts/html.ts';

// Checks the built downloads against the edition files themselves (read with `yaml`, not through
// src/lib), so a bug in the export code cannot hide behind the same bug in the test.

/** Parse RFC 4180 CSV into records of fields: quoted fields may hold commas, CRLF and doubled quotes. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let i = 0;
	while (i < text.length) {
		const c = text[i]!;
		if (c === '"' && field === '') {
			// The closing quote is a quote not followed by another; a doubled quote is an escaped one.
			let k = i + 1;
			while (!(text[k] === '"' && text[k + 1] !== '"')) {
				if (k >= text.length) throw new Error(`unterminated quoted field at ${i}`);
				k += text[k] === '"' ? 2 : 1;
			}
			field = text.slice(i + 1, k).replaceAll('""', '"');
			i = k + 1;
		} else if (c === ',') {
			record.push(field);
			field = '';
			i++;
		} else if (c === '\r' && text[i + 1] === '\n') {
			records.push([...record, field]);
			record = [];
			field = '';
			i += 2;
		} else {
			if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
			field += c;
			i++;
		}
	}
	if (field !== '' || record.length) records.push([...record, field]);
	return records;
}

interface YamlEntry {
	rank?: number;
	threat: string;
	title: string | null;
}
interface YamlEdition {
	edition: number;
	organization: { entries: YamlEntry[] };
	individual: { entries: YamlEntry[] };
}

const DIR = 'content/threats/editions';
const editions = readdirSync(DIR)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => parse(readFileSync(join(DIR, f), 'utf8')) as YamlEdition)
	.sort((a, b) => a.edition - b.edition);
// The expected rows, straight from the files: editions oldest first, organisation before individual, entries as printed.
const expected = editions.flatMap((e) =>
	(['organization', 'individual'] as const).flatMap((list) => e[list].entries.map((x) => ({ edition: e.edition, list, rank: x.rank ?? null, threat_id: x.threat, title: x.title ?? '' }))),
);

const csvText = readFileSync('dist/data/rankings.csv', 'utf8');
const [header, ...records] = parseCsv(csvText.replace(/^\uFEFF/, ''));
const csvRows = records.map((r) => Object.fromEntries(header!.map((name, i) => [name, r[i]])) as Record<string, string>);
const json = JSON.parse(readFileSync('dist/data/rankings.json', 'utf8')) as { columns: { name: string }[]; rows: Record<string, unknown>[] };

describe('the CSV download', () => {
	it('starts with a byte order mark and uses CRLF line ends only', () => {
		expect(csvText.startsWith('\uFEFF')).toBe(true);
		expect(csvText.endsWith('\r\n')).toBe(true);
		expect(parseCsv('a,"b,""c""\r\nd",\r\n')).toEqual([['a', 'b,"c"\r\nd', '']]);
	});

	it('has the documented header', () => {
		expect(header).toEqual(['edition', 'list', 'rank', 'threat_id', 'title', 'title_note', 'previous_rank', 'change', 'new', 'ranked_list', 'confidence', 'source']);
		expect(records.every((r) => r.length === header!.length)).toBe(true);
	});

	it('has one row for every entry in every edition file', () => {
		expect(csvRows).toHaveLength(expected.length);
	});

	it("agrees with the edition files on every row's edition, list, rank, threat and title", () => {
		expect(csvRows.map((r) => ({ edition: Number(r.edition), list: r.list, rank: r.rank === '' ? null : Number(r.rank), threat_id: r.threat_id, title: r.title }))).toEqual(expected);
	});
});

describe('the JSON download', () => {
	it('describes the same columns as the CSV header', () => {
		expect(json.columns.map((c) => c.name)).toEqual(header);
	});

	it('holds the same rows as the CSV', () => {
		const asCsv = (v: unknown) => (v === null ? '' : String(v));
		expect(json.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, asCsv(v)])))).toEqual(csvRows);
	});
});

describe('the /data/ page', () => {
	const page = builtPage('/data/').doc;

	it('links both files and states their sizes', () => {
		expect(attrValues(page, 'a', 'href')).toEqual(expect.arrayContaining(['/data/rankings.csv', '/data/rankings.json']));
		expect(text(page).match(/\d+(\.\d)? KB/g)?.length).toBeGreaterThanOrEqual(2);
	});

	it('describes every column in its table', () => {
		// Row headers that hold nothing but the column name, as code.
		const described = all(page, 'th[scope="row"]')
			.filter((th) => th.children.length === 1 && childElements(th)[0]?.name === 'code')
			.map((th) => text(th));
		for (const name of header!) expect(described).toContain(name);
	});
});
