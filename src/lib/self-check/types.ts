// Types shared by the self-check's pure functions. They need only the item facts that scoring and
// planning use, so the functions run anywhere: at build time, in the island and in unit tests.

import type { Actor, Answer, Part } from '../../vocab/self-check.ts';
import { ANSWERS } from '../../vocab/self-check.ts';

export { ACTORS, ANSWERS, PARTS, type Actor, type Answer, type Part } from '../../vocab/self-check.ts';

/** The facts about an item that scoring and planning need. */
export interface CheckItem {
	/** 1–25, as on IPA's sheet. */
	number: number;
	part: Part;
	actor: Actor;
}

/** Answers keyed by item number; an unanswered item has no key. */
export type Answers = Partial<Record<number, Answer>>;

/** A completed check kept for comparison later. */
export interface Result {
	/** Day it was kept, YYYY-MM-DD (local time). */
	date: string;
	answers: Answers;
}

/** Everything the page keeps in the browser. */
export interface SavedState {
	answers: Answers;
	/** Kept results, oldest first. */
	history: Result[];
}

/** The number of items on the sheet. */
export const ITEM_COUNT = 25;

/** Is `value` one of the four answers? */
export function isAnswer(value: unknown): value is Answer {
	return typeof value === 'string' && (ANSWERS as readonly string[]).includes(value);
}
