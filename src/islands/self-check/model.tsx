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
	/** Where the guideline explains the measure: a 5か条 rule for Part1, the section the item names otherwise. */
	guide: { href: string; label: string };
	/** Threat pages the measure protects against. */
	threats: { href: string; title: string }[];
}

/** The threat pages an item protects against, as links separated by 「、」. */
export function ThreatLinks({ threats }: { threats: IslandItem['threats'] }) {
	return (
		<>
			{threats.map((t, i) => (
				<>
					{i > 0 && '、'}
					<a href={t.href}>{t.title}</a>
				</>
			))}
		</>
	);
}
