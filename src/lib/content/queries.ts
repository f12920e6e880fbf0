import { getCollection } from 'astro:content';
import type { Edition } from '../../schemas/edition.ts';
import type { BasicRule } from '../../schemas/guideline.ts';
import { sortEditions } from './rankings.ts';
import { getThreats } from './threats.ts';

// Thin typed wrappers over the collections, so pages never repeat sorting or casting.

/** All editions of 情報セキュリティ10大脅威, oldest first. */
export async function getEditions(): Promise<Edition[]> {
	return sortEditions((await getCollection('editions')).map((e) => e.data as Edition));
}

/** The 5 basic rules in their official order. */
export async function getBasicRules(): Promise<BasicRule[]> {
	return (await getCollection('basicRules')).map((e) => e.data as BasicRule).sort((a, b) => a.number - b.number);
}

/** Threat catalog titles by id, for labels and links. */
export async function getThreatTitles(): Promise<Map<string, string>> {
	return new Map((await getThreats()).map((t) => [t.id, t.data.title]));
}
