import { POINTS, scoreOf } from './scoring.ts';
import type { Answer, Answers, CheckItem, Part, Result } from './types.ts';

/** Most results kept; the oldest go first. A weekly check for two years fits. */
export const HISTORY_LIMIT = 100;

/** Today's date in the reader's time zone, YYYY-MM-DD. */
export function localDate(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Keep `answers` as the result of `date`: one result per day (a second check that day replaces the first), oldest first. */
export function keepResult(history: readonly Result[], date: string, answers: Answers): Result[] {
	const others = history.filter((r) => r.date !== date);
	const next = [...others, { date, answers: { ...answers } }].sort((a, b) => a.date.localeCompare(b.date));
	return next.slice(-HISTORY_LIMIT);
}

/** One item whose answer changed between two results (both answered). */
export interface Change {
	number: number;
	from: Answer;
	to: Answer;
}

/** How the later of two results differs from the earlier one. */
export interface Comparison {
	total: { before: number; after: number };
	parts: { part: Part; before: number; after: number }[];
	/** Items answered both times with more points than before, by number. */
	improved: Change[];
	/** Items answered both times with fewer points than before, by number. */
	slipped: Change[];
}

/** Compare two results item by item and part by part. */
export function compareResults(items: readonly CheckItem[], before: Answers, after: Answers): Comparison {
	const b = scoreOf(items, before);
	const a = scoreOf(items, after);
	const improved: Change[] = [];
	const slipped: Change[] = [];
	for (const item of items) {
		const from = before[item.number];
		const to = after[item.number];
		// An item answered only once has no change to report: unanswered → わからない (−1) has not slipped,
		// and an answer not yet given this time has not got worse.
		if (from === undefined || to === undefined) continue;
		const delta = POINTS[to] - POINTS[from];
		if (delta > 0) improved.push({ number: item.number, from, to });
		else if (delta < 0) slipped.push({ number: item.number, from, to });
	}
	return {
		total: { before: b.score, after: a.score },
		parts: a.parts.map((p, i) => ({ part: p.part, before: b.parts[i]!.score, after: p.score })),
		improved,
		slipped,
	};
}

/** Do two sets of answers give the same answer to every item? */
export function sameAnswers(a: Answers, b: Answers): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((k) => a[Number(k)] === b[Number(k)]);
}

/** What the result view compares: an earlier kept result with the current answers, or with a later kept result. */
export interface HistoryComparison {
	/** The earlier kept result. */
	before: Result;
	/** The later kept result, when the current answers are that result; absent when they are compared themselves. */
	after?: Result;
	comparison: Comparison;
}

/**
 * Pick what to compare. While the reader changes answers, the current answers are compared with the latest
 * result kept before today (a result kept today is replaced by the next one kept today). When the current
 * answers are the latest kept result, as for a reader who comes back without changing anything, that
 * result is compared with the one before it, so the change since then still shows.
 */
export function compareWithHistory(items: readonly CheckItem[], history: readonly Result[], answers: Answers, today: string): HistoryComparison | undefined {
	const latest = history.at(-1);
	if (latest && Object.keys(answers).length > 0 && sameAnswers(latest.answers, answers)) {
		const before = history.at(-2);
		return before && { before, after: latest, comparison: compareResults(items, before.answers, latest.answers) };
	}
	const before = history.filter((r) => r.date < today).at(-1);
	if (!before || Object.keys(answers).length === 0) return undefined;
	return { before, comparison: compareResults(items, before.answers, answers) };
}
