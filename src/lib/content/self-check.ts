import { getCollection } from 'astro:content';
import type { SelfCheckItem } from '../../schemas/self-check.ts';
import { PARTS, type Part } from '../self-check/types.ts';

export { ACTOR_LABELS, PART_LABELS } from '../self-check/types.ts';

/** The 25 items in number order. */
export async function getSelfCheckItems(): Promise<SelfCheckItem[]> {
	return (await getCollection('selfCheck')).map((e) => e.data as SelfCheckItem).sort((a, b) => a.number - b.number);
}

/** Items grouped by part, parts in order. */
export function groupByPart(items: readonly SelfCheckItem[]): { part: Part; items: SelfCheckItem[] }[] {
	return PARTS.map((part) => ({ part, items: items.filter((i) => i.part === part) }));
}
