import { PARTS, type Answer, type Answers, type CheckItem, type Part } from './types.ts';

// Points and result bands of IPA's 5分でできる！情報セキュリティ自社診断 (sources in
// content/guideline/self-check.mdx). −1 for わからない is in the Tokyo Metropolitan Government's
// 2023 seminar material only; the page says so.

/** Points per answer. */
export const POINTS: Readonly<Record<Answer, number>> = { yes: 4, partial: 2, no: 0, unknown: -1 };

/** Points of the best answer: 25 items × 4 = 100. */
export const BEST = POINTS.yes;

/** Score of one part, or of the whole check. */
export interface Tally {
	/** Sum of the points of the answered items (can be negative: わからない is −1). */
	score: number;
	/** Best possible score: items × 4. */
	max: number;
	/** Items answered. */
	answered: number;
	/** Items in all. */
	count: number;
}

/** Totals for the whole check and per part. */
export interface Score extends Tally {
	parts: ({ part: Part } & Tally)[];
	/** Every item answered: only then does the band mean anything. */
	complete: boolean;
}

function tally(items: readonly CheckItem[], answers: Answers): Tally {
	let score = 0;
	let answered = 0;
	for (const item of items) {
		const a = answers[item.number];
		if (a === undefined) continue;
		score += POINTS[a];
		answered += 1;
	}
	return { score, max: items.length * BEST, answered, count: items.length };
}

/** Score `answers` against `items`, in total and per part. */
export function scoreOf(items: readonly CheckItem[], answers: Answers): Score {
	const total = tally(items, answers);
	const parts = PARTS.map((part) => ({
		part,
		...tally(
			items.filter((i) => i.part === part),
			answers,
		),
	}));
	return { ...total, parts, complete: total.answered === total.count };
}

/**
 * The four result bands, best first. Their words (range, state, what to do next; the answers' wording as on
 * IPA's sheet too) are in the dictionary: selfCheck.band.<id>.* and selfCheck.answer.* in src/i18n.
 */
export const BANDS = [
	{ id: 'full', min: 100 },
	{ id: 'mostly', min: 70 },
	{ id: 'gaps', min: 50 },
	{ id: 'urgent', min: -Infinity },
] as const;
export type Band = (typeof BANDS)[number];

/** The band a total of the full 25-item check falls in. */
export function bandOf(total: number): Band {
	return BANDS.find((b) => total >= b.min)!;
}
