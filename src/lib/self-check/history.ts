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

/** One item whose answer changed between two results. */
export interface Change {
	number: number;
	from: Answer | undefined;
	to: Answer | undefined;
}

/** How the later of two results differs from the earlier one. */
export interface Comparison {
	total: { before: number; after: number };
	parts: { part: Part; before: number; after: number }[];
	/** Items with more points than before, by number. */
	improved: Change[];
	/** Items with fewer points than before, by number. */
	slipped: Change[];
}

const pointsOf = (a: Answer | undefined) => (a === undefined ? 0 : POINTS[a]);

/** Compare two results item by item and part by part. */
export function compareResults(items: readonly CheckItem[], before: Answers, after: Answers): Comparison {
	const b = scoreOf(items, before);
	const a = scoreOf(items, after);
	const improved: Change[] = [];
	const slipped: Change[] = [];
	for (const item of items) {
		const from = before[item.number];
		const to = after[item.number];
		const delta = pointsOf(to) - pointsOf(from);
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
