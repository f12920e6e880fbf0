import { getCollection } from 'astro:content';
import type { SelfCheckItem } from '../../schemas/self-check.ts';

/** The 25 items in number order. */
export async function getSelfCheckItems(): Promise<SelfCheckItem[]> {
	return (await getCollection('selfCheck')).map((e) => e.data as SelfCheckItem).sort((a, b) => a.number - b.number);
}

