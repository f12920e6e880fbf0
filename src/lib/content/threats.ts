import { getCollection, type CollectionEntry } from 'astro:content';
import type { Threat } from '../../schemas/threat.ts';

/** A catalog entry with its typed data. */
export type ThreatEntry = CollectionEntry<'threats'> & { data: Threat };

/** All threat catalog entries, sorted by id. */
export async function getThreats(): Promise<ThreatEntry[]> {
	return ((await getCollection('threats')) as ThreatEntry[]).sort((a, b) => a.id.localeCompare(b.id));
}

let cases: ReturnType<typeof getCollection<'cases'>> | undefined;

/** All incident cases, read once per build (Astro warns on every read of an empty collection). */
export function getCases(): ReturnType<typeof getCollection<'cases'>> {
	cases ??= getCollection('cases');
	return cases;
}
