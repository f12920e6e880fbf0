import { fill } from '../../i18n/fill.ts';
import type { UiKey } from '../../i18n/ja.ts';
import { HISTORY_LIMIT } from './history.ts';
import { ANSWERS, ITEM_COUNT, isAnswer, type Answers, type Result, type SavedState } from './types.ts';

// The saved-state codec: what the page keeps in localStorage and what an exported JSON file holds.
// Everything read back is treated as untrusted: another tab, an old version of the site, a browser
// extension or a hand-edited file may have written it. Reading never throws; it returns the state or
// the list of problems, each naming the field, so the page can explain what is wrong and change nothing.

/** localStorage key; the version is in the key so an older site never misreads a newer value. */
export const STORAGE_KEY = 'mamori.self-check.v1';

/**
 * localStorage key of the English self-check (/en/self-check/, issue 22): its answers are its own, so
 * answering in one language never overwrites or shows up in the other.
 */
export const STORAGE_KEY_EN = 'mamori.self-check.en.v1';

/** Format version inside the value and in exported files. */
export const VERSION = 1;

/** The `format` field of an exported file. */
export const EXPORT_FORMAT = 'mamori-self-check';

/** Larger values are refused unread: 100 results of 25 answers take about 40 kB. */
export const MAX_CHARS = 200_000;

/**
 * Import files larger than this are refused before they are read into memory. A file within MAX_CHARS
 * characters takes at most 3 bytes per character in UTF-8, so nothing valid is refused.
 */
export const MAX_IMPORT_BYTES = MAX_CHARS * 4;

/** At most this many problems are listed; the rest are counted. */
const MAX_PROBLEMS = 10;

export type Decoded = { ok: true; state: SavedState } | { ok: false; problems: string[] };

/**
 * A problem message's name. The words are in the dictionary (selfCheck.problem.<name> in src/i18n), so the
 * decoder speaks the page's language; the page picks them and passes them in (the island cannot import
 * the dictionary without shipping it whole). Type-only import: no dictionary reaches the bundle.
 */
export type ProblemKey = NameOf<UiKey>;
type NameOf<K> = K extends `selfCheck.problem.${infer Name}` ? Name : never;

/** The problem messages in one language. */
export type ProblemWords = Readonly<Record<ProblemKey, string>>;

/** Show an untrusted value briefly and safely in a message. */
function show(value: unknown): string {
	let text: string;
	try {
		text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
	} catch {
		text = String(value);
	}
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readAnswers(value: unknown, path: string, problems: string[], w: ProblemWords): Answers {
	const answers: Answers = {};
	if (!isRecord(value)) {
		problems.push(fill(w.notAnswers, { path, value: show(value) }));
		return answers;
	}
	for (const [key, answer] of Object.entries(value)) {
		const n = /^[1-9]\d?$/.test(key) ? Number(key) : NaN;
		if (!(n >= 1 && n <= ITEM_COUNT)) problems.push(fill(w.notItem, { path: `${path}.${show(key)}`, count: ITEM_COUNT }));
		else if (!isAnswer(answer)) problems.push(fill(w.notAnswer, { path: `${path}.${n}`, value: show(answer), answers: ANSWERS.join(', ') }));
		else answers[n] = answer;
	}
	return answers;
}

function isDate(text: unknown): text is string {
	if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const d = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

function readHistory(value: unknown, problems: string[], w: ProblemWords): Result[] {
	if (value === undefined) return [];
	if (!Array.isArray(value)) {
		problems.push(fill(w.notHistory, { value: show(value) }));
		return [];
	}
	if (value.length > HISTORY_LIMIT) {
		problems.push(fill(w.tooManyResults, { n: value.length, limit: HISTORY_LIMIT }));
		return [];
	}
	const seen = new Set<string>();
	const history: Result[] = [];
	value.forEach((entry, i) => {
		const path = `history[${i}]`;
		if (!isRecord(entry)) return problems.push(fill(w.notResult, { path, value: show(entry) }));
		if (!isDate(entry.date)) return problems.push(fill(w.notDate, { path: `${path}.date`, value: show(entry.date) }));
		if (seen.has(entry.date)) return problems.push(fill(w.twoResults, { path: `${path}.date`, date: entry.date }));
		seen.add(entry.date);
		history.push({ date: entry.date, answers: readAnswers(entry.answers, `${path}.answers`, problems, w) });
	});
	return history.sort((a, b) => a.date.localeCompare(b.date));
}

/** Read a parsed value as saved state (version checked first: a newer format is not guessed at). */
function readState(value: unknown, problems: string[], w: ProblemWords): SavedState {
	const state: SavedState = { answers: {}, history: [] };
	if (!isRecord(value)) {
		problems.push(fill(w.notObject, { value: show(value) }));
		return state;
	}
	if (value.v !== VERSION) {
		problems.push(fill(w.version, { value: show(value.v), version: VERSION }));
		return state;
	}
	state.answers = readAnswers(value.answers, 'answers', problems, w);
	state.history = readHistory(value.history, problems, w);
	return state;
}

function parse(text: string, read: (value: unknown, problems: string[]) => SavedState, w: ProblemWords): Decoded {
	if (text.length > MAX_CHARS) return { ok: false, problems: [fill(w.tooLarge, { n: text.length.toLocaleString('ja-JP'), max: MAX_CHARS.toLocaleString('ja-JP') })] };
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		return { ok: false, problems: [fill(w.notJson, { error: e instanceof Error ? e.message.slice(0, 80) : w.syntax })] };
	}
	const problems: string[] = [];
	const state = read(value, problems);
	if (problems.length === 0) return { ok: true, state };
	const shown = problems.slice(0, MAX_PROBLEMS);
	if (problems.length > MAX_PROBLEMS) shown.push(fill(w.more, { n: problems.length - MAX_PROBLEMS }));
	return { ok: false, problems: shown };
}

/** The value to keep in localStorage. */
export function encodeSaved(state: SavedState): string {
	return JSON.stringify({ v: VERSION, answers: state.answers, history: state.history });
}

/** Read the localStorage value; null (nothing saved) is an empty state, not a problem. */
export function decodeSaved(raw: string | null, w: ProblemWords): Decoded {
	if (raw === null) return { ok: true, state: { answers: {}, history: [] } };
	return parse(raw, (value, problems) => readState(value, problems, w), w);
}

/** Contents of an exported JSON file: the state, plus a summary for people who open the file. */
export function encodeExport(state: SavedState, exported: Date, summary: Record<string, unknown>): string {
	return `${JSON.stringify({ format: EXPORT_FORMAT, v: VERSION, exported: exported.toISOString(), summary, answers: state.answers, history: state.history }, null, 2)}\n`;
}

/** Read an exported JSON file. The summary is ignored: the answers are the facts, scores are recomputed. */
export function decodeExport(text: string, w: ProblemWords): Decoded {
	return parse(
		text.replace(/^\uFEFF/, ''),
		(value, problems) => {
			if (isRecord(value) && value.format !== EXPORT_FORMAT) {
				problems.push(fill(w.notExport, { value: show(value.format) }));
				return { answers: {}, history: [] };
			}
			return readState(value, problems, w);
		},
		w,
	);
}

/** Read a file the reader chose to import: refused unread when too large, otherwise decoded as an export. */
export async function decodeImportFile(file: { readonly size: number; text(): Promise<string> }, w: ProblemWords): Promise<Decoded> {
	if (file.size > MAX_IMPORT_BYTES) {
		return { ok: false, problems: [fill(w.fileTooLarge, { n: file.size.toLocaleString('ja-JP'), max: MAX_IMPORT_BYTES.toLocaleString('ja-JP') })] };
	}
	let text: string;
	try {
		text = await file.text();
	} catch {
		return { ok: false, problems: [w.unreadable] };
	}
	return decodeExport(text, w);
}
