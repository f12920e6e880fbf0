import { BEST, POINTS } from './scoring.ts';
import { ACTORS, type Actor, type Answer, type Answers, type CheckItem } from './types.ts';

/** How urgent an action is. Basic measures come first, as IPA's sheet says they are for every firm. */
export const PRIORITIES = ['basic', 'missing', 'partial'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** One thing to do: an item answered below 実施している. */
export interface Action {
	number: number;
	answer: Exclude<Answer, 'yes'>;
	priority: Priority;
	actor: Actor;
}

function priorityOf(item: CheckItem, answer: Answer): Priority {
	if (item.part === 'basic') return 'basic';
	return answer === 'partial' ? 'partial' : 'missing';
}

/** Every answered item below 実施している, most urgent first; within a priority, fewest points first, then by number. */
export function actionsOf(items: readonly CheckItem[], answers: Answers): Action[] {
	const actions: Action[] = [];
	for (const item of items) {
		const answer = answers[item.number];
		if (answer === undefined || answer === 'yes') continue;
		actions.push({ number: item.number, answer, priority: priorityOf(item, answer), actor: item.actor });
	}
	const rank = (a: Action) => PRIORITIES.indexOf(a.priority);
	return actions.sort((a, b) => rank(a) - rank(b) || POINTS[a.answer] - POINTS[b.answer] || a.number - b.number);
}

/** Actions in groups, by priority or by who acts; empty groups are left out, order within a group kept. */
export function groupActions<K extends 'priority' | 'actor'>(actions: readonly Action[], by: K): { key: Action[K]; actions: Action[] }[] {
	const keys: readonly string[] = by === 'priority' ? PRIORITIES : ACTORS;
	return keys.map((key) => ({ key: key as Action[K], actions: actions.filter((a) => a[by] === key) })).filter((g) => g.actions.length > 0);
}

/** How far the answers are from declaring SECURITY ACTION. */
export interface Readiness {
	/** ★: all five basic measures (the 情報セキュリティ5か条) are 実施している. */
	oneStar: boolean;
	/** Basic items not yet 実施している (unanswered included). */
	oneStarMissing: number[];
	/** ★★ needs the self-check done: every item answered. */
	checkComplete: boolean;
	/** Items still unanswered. */
	unanswered: number[];
}

/** SECURITY ACTION readiness. ★★ also needs a published security policy, which no answer here can show. */
export function readinessOf(items: readonly CheckItem[], answers: Answers): Readiness {
	const basic = items.filter((i) => i.part === 'basic');
	const oneStarMissing = basic.filter((i) => answers[i.number] !== 'yes').map((i) => i.number);
	const unanswered = items.filter((i) => answers[i.number] === undefined).map((i) => i.number);
	return { oneStar: basic.length > 0 && oneStarMissing.length === 0, oneStarMissing, checkComplete: unanswered.length === 0, unanswered };
}

/** Points an action can still gain: from its answer up to 実施している. */
export function gainOf(action: Action): number {
	return BEST - POINTS[action.answer];
}
