import { sameAnswers } from './history.ts';
import { ITEM_COUNT, type Answer, type Answers, type Result, type SavedState } from './types.ts';

// Two tabs of the self-check share one localStorage value. When another tab saves, this tab must not
// simply keep writing its own copy over it (the other tab's answers would be lost without a word), nor
// silently take the other copy (this tab's unsaved or differing answers would be lost). Instead the
// other tab's change (the value it replaced → the value it wrote) is applied to this tab's state, item
// by item and record by record, as a three-way merge: what only one side changed is taken from that
// side; what both changed differently is a conflict, where this tab keeps its own answer and the page
// names the other one so the reader can choose it.

/** An item this tab changed to follow another tab. */
export interface AppliedChange {
	number: number;
	/** This tab's answer before (undefined: unanswered). */
	from?: Answer;
	/** The other tab's answer (undefined: cleared). */
	to?: Answer;
}

/** An item both tabs changed differently: this tab kept `ours`; `theirs` is the other tab's answer. */
export interface Conflict {
	number: number;
	ours?: Answer;
	theirs?: Answer;
}

/** A kept result both tabs changed differently (by date): this tab kept its own; `theirs` is the other's (undefined: removed). */
export interface RecordConflict {
	date: string;
	theirs?: Answers;
}

/** What merging another tab's change into this tab's state did. */
export interface Merge {
	/** The state this tab shows and saves from now on. */
	state: SavedState;
	/** Items taken from the other tab, by number. */
	applied: AppliedChange[];
	/** Items both tabs changed differently, by number; this tab's answer was kept. */
	conflicts: Conflict[];
	/** Dates of kept results added, removed or changed to follow the other tab. */
	records: string[];
	/** Kept results both tabs changed differently; this tab's were kept. */
	recordConflicts: RecordConflict[];
}

/** Three-way choice for one value: undefined when the other side's change conflicts with ours. */
function pick<T>(base: T, theirs: T, ours: T, same: (a: T, b: T) => boolean): { value: T; from: 'ours' | 'theirs' | 'conflict' } {
	if (same(theirs, base) || same(ours, theirs)) return { value: ours, from: 'ours' };
	if (same(ours, base)) return { value: theirs, from: 'theirs' };
	return { value: ours, from: 'conflict' };
}

/** Two kept results (either may be missing) hold the same answers. */
const sameRecord = (a?: Answers, b?: Answers) => (a && b ? sameAnswers(a, b) : a === b);

/** Answers in a canonical shape (keys in number order), so equal answers compare and encode equal. */
function canonical(answers: Answers): Answers {
	const out: Answers = {};
	for (let n = 1; n <= ITEM_COUNT; n++) if (answers[n] !== undefined) out[n] = answers[n];
	return out;
}

/**
 * Apply another tab's change (`base` → `theirs`) to this tab's state `ours`.
 * `base` is the value the other tab replaced; when it is unknown or unreadable, pass an empty state.
 */
export function mergeSaved(base: SavedState, theirs: SavedState, ours: SavedState): Merge {
	const answers: Answers = {};
	const applied: AppliedChange[] = [];
	const conflicts: Conflict[] = [];
	for (let n = 1; n <= ITEM_COUNT; n++) {
		const [b, t, o] = [base.answers[n], theirs.answers[n], ours.answers[n]];
		const r = pick(b, t, o, (x, y) => x === y);
		if (r.value !== undefined) answers[n] = r.value;
		if (r.from === 'theirs') applied.push({ number: n, from: o, to: t });
		if (r.from === 'conflict') conflicts.push({ number: n, ours: o, theirs: t });
	}
	const byDate = (h: readonly Result[]) => new Map(h.map((r) => [r.date, r.answers]));
	const [b, t, o] = [byDate(base.history), byDate(theirs.history), byDate(ours.history)];
	const history: Result[] = [];
	const records: string[] = [];
	const recordConflicts: RecordConflict[] = [];
	for (const date of [...new Set([...b.keys(), ...t.keys(), ...o.keys()])].sort()) {
		const r = pick(b.get(date), t.get(date), o.get(date), sameRecord);
		if (r.value) history.push({ date, answers: canonical(r.value) });
		if (r.from === 'theirs') records.push(date);
		if (r.from === 'conflict') recordConflicts.push({ date, theirs: t.get(date) });
	}
	return { state: { answers, history }, applied, conflicts, records, recordConflicts };
}

/** `state` with the other tab's side of every conflict taken instead of this tab's. */
export function takeTheirs(state: SavedState, conflicts: readonly Conflict[], recordConflicts: readonly RecordConflict[]): SavedState {
	const answers: Answers = { ...state.answers };
	for (const c of conflicts) {
		if (c.theirs === undefined) delete answers[c.number];
		else answers[c.number] = c.theirs;
	}
	const replaced = new Map(recordConflicts.map((c) => [c.date, c.theirs]));
	const history = state.history.filter((r) => !replaced.has(r.date));
	for (const [date, theirs] of replaced) if (theirs) history.push({ date, answers: canonical(theirs) });
	history.sort((a, b) => a.date.localeCompare(b.date));
	return { answers: canonical(answers), history };
}

/** What the page tells the reader about other tabs, gathered since the reader last closed the message. */
export interface OtherTabReport {
	applied: AppliedChange[];
	conflicts: Conflict[];
	records: string[];
	recordConflicts: RecordConflict[];
}

/**
 * Add a new merge to what the reader has not yet dismissed: one line per item (from the answer this tab
 * had to the other tab's latest; dropped when it came back to where it started), the latest conflict per item
 * (dropped once the item followed the other tab after all), each record date once.
 */
export function addToReport(report: OtherTabReport | undefined, merge: Merge): OtherTabReport {
	const applied = new Map((report?.applied ?? []).map((c) => [c.number, c]));
	for (const c of merge.applied) {
		const first = applied.get(c.number);
		// When the reader changed the item in between, the line starts again from their answer.
		applied.set(c.number, { number: c.number, from: first && first.to === c.from ? first.from : c.from, to: c.to });
	}
	const conflicts = new Map((report?.conflicts ?? []).map((c) => [c.number, c]));
	for (const c of merge.applied) conflicts.delete(c.number);
	for (const c of merge.conflicts) conflicts.set(c.number, c);
	const recordConflicts = new Map((report?.recordConflicts ?? []).map((c) => [c.date, c]));
	for (const d of merge.records) recordConflicts.delete(d);
	for (const c of merge.recordConflicts) recordConflicts.set(c.date, c);
	const byNumber = <T extends { number: number }>(m: Map<number, T>) => [...m.values()].sort((a, b) => a.number - b.number);
	return {
		applied: byNumber(applied).filter((c) => c.from !== c.to),
		conflicts: byNumber(conflicts),
		records: [...new Set([...(report?.records ?? []), ...merge.records])].sort(),
		recordConflicts: [...recordConflicts.values()].sort((a, b) => a.date.localeCompare(b.date)),
	};
}

/** Did the merge change anything the reader should hear about? */
export function isNews(merge: Merge): boolean {
	return merge.applied.length + merge.conflicts.length + merge.records.length + merge.recordConflicts.length > 0;
}
