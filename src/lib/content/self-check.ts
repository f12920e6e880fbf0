import { getCollection } from 'astro:content';
import type { SelfCheckItem } from '../../schemas/self-check.ts';

/** Japanese names of the three parts, in order. */
export const PART_LABELS = { basic: 'Part1 基本的対策', employee: 'Part2 従業員としての対策', organization: 'Part3 組織としての対策' } as const;

/** Japanese names of who acts on an item in a small firm. */
export const ACTOR_LABELS = { owner: '経営者', it: 'IT担当者', everyone: '従業員全員' } as const;

/** The 25 items in number order. */
export async function getSelfCheckItems(): Promise<SelfCheckItem[]> {
	return (await getCollection('selfCheck')).map((e) => e.data as SelfCheckItem).sort((a, b) => a.number - b.number);
}

/** Items grouped by part, parts in order. */
export function groupByPart(items: readonly SelfCheckItem[]): { part: keyof typeof PART_LABELS; items: SelfCheckItem[] }[] {
	return (Object.keys(PART_LABELS) as (keyof typeof PART_LABELS)[]).map((part) => ({ part, items: items.filter((i) => i.part === part) }));
}
