import type { Actor, Part } from '../../lib/self-check/types.ts';

/** An item as the island receives it: plain, serialisable, only what the form and the plan show. */
export interface IslandItem {
	number: number;
	part: Part;
	actor: Actor;
	topic: string;
	question: string;
	why: string;
	how: string;
	/** Where the guideline explains the measure: a 5か条 rule for Part1, the step-up path otherwise. */
	guide: { href: string; label: string };
	/** Threat pages the measure protects against. */
	threats: { href: string; title: string }[];
}

/** Format a YYYY-MM-DD day as 「2026年11月22日」. */
export function formatDay(date: string): string {
	const [y, m, d] = date.split('-').map(Number);
	return `${y}年${m}月${d}日`;
}
