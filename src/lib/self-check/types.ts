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

/** Japanese names of the three parts, as on IPA's sheet. */
export const PART_LABELS: Readonly<Record<Part, string>> = { basic: 'Part1 基本的対策', employee: 'Part2 従業員としての対策', organization: 'Part3 組織としての対策' };

/** Japanese names of who acts on an item in a small firm. */
export const ACTOR_LABELS: Readonly<Record<Actor, string>> = { owner: '経営者', it: 'IT担当者', everyone: '従業員全員' };
