// What a content rule reports, and the wording shared by the schema pass and the rules. No rule imports
// validate.ts: it reads the files and runs the rules, so the arrows point one way.
import type { z } from 'astro/zod';
import type { COLLECTIONS, CollectionName } from '../collections.ts';

/** One problem in one content file, phrased for the person who edits that file. */
export interface ContentProblem {
	/** Path of the file, relative to the project (e.g. content/threats/editions/2026.yaml). */
	file: string;
	/** Entry id (the file name without extension). */
	entry: string;
	/** Dotted path of the field, e.g. organization.entries[2].threat; empty for the whole file. */
	field: string;
	/** What is wrong and how to fix it. */
	message: string;
}

/** A content file that passed its schema, with the parsed data. */
export interface Checked<T> {
	/** Path shown to the author. */
	file: string;
	/** Entry id (the file name without extension). */
	id: string;
	/** The data as the schema returned it. */
	data: T;
}

/** Every collection's entries that passed their schema, typed by the collection's schema. */
export type CheckedContent = { [K in CollectionName]: Checked<z.output<(typeof COLLECTIONS)[K]['schema']>>[] };

/** What the rules read: the entries that passed their schema, and the ids of every file, valid or not. */
export interface RuleInput {
	/** Entries that passed their schema. */
	valid: CheckedContent;
	/** Ids of every file found, so one broken entry is reported once, not by each file that names it. */
	ids: Record<CollectionName, Set<string>>;
}

/** A rule that spans entries: it reads the checked content and returns what is wrong, in file order. */
export type ContentRule = (input: RuleInput) => ContentProblem[];

/** A problem in one entry. */
export function problemAt(e: { file: string; id: string }, field: string, message: string): ContentProblem {
	return { file: e.file, entry: e.id, field, message };
}

/** The message for an id that names no threat in the catalog. */
export function unknownThreat(id: string): string {
	return `"${id}" names no threat: add content/threats/catalog/${id}.mdx or fix the id`;
}

/** The message for a 5か条 rule number with no file. */
export function unknownRule(n: number): string {
	return `rule ${n} is not in content/guideline/basic-rules/: link an existing 5か条 rule`;
}

/** The message for a self-check number with no file. */
export function unknownItem(n: number): string {
	return `no file in content/self-check/ has number ${n}: link an existing self-check item`;
}

/** Turn a zod issue path into `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

/** Reword zod's generic messages for a content author. */
export function explainIssue(issue: { code: string; message: string; keys?: string[]; origin?: string; maximum?: unknown; minimum?: unknown }): string {
	const unit = issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : '';
	if (issue.code === 'too_big' && issue.maximum !== undefined) return `must be at most ${String(issue.maximum)}${unit}`;
	// A custom message (e.g. 'give at least one source') says more than the generic one.
	if (issue.code === 'too_small' && issue.minimum !== undefined && issue.message.startsWith('Too small')) return `must be at least ${String(issue.minimum)}${unit}`;
	const missing = /^Invalid input: expected (\w+), received undefined$/.exec(issue.message);
	if (issue.code === 'invalid_type' && missing) return `is required (${missing[1]})`;
	const wrongType = /^Invalid input: expected (\w+), received (\w+)$/.exec(issue.message);
	if (issue.code === 'invalid_type' && wrongType) return `must be a ${wrongType[1]}, not a ${wrongType[2]}`;
	if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys!.map((k) => `"${k}"`).join(', ')}: remove it or fix its spelling`;
	return issue.message;
}

/** Numbers (rule or item numbers) must be unique; optionally the file must be named after the number. */
export function uniqueNumbers(entries: readonly Checked<{ number: number }>[], field: string, matchFile: boolean): ContentProblem[] {
	const out: ContentProblem[] = [];
	const seen = new Map<number, string>();
	for (const e of entries) {
		const n = e.data.number;
		if (seen.has(n)) out.push({ file: e.file, entry: e.id, field, message: `${n} is already used by ${seen.get(n)}` });
		else seen.set(n, e.file);
		if (matchFile && e.id !== String(n)) out.push({ file: e.file, entry: e.id, field, message: `is ${n} but the file is ${e.id}.yaml: name the file after the number` });
	}
	return out;
}
