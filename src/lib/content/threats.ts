import { getCollection, type CollectionEntry } from 'astro:content';
import type { Case } from '../../schemas/article.ts';
import type { Threat } from '../../schemas/threat.ts';
import { sortCases } from './cases.ts';

/** A catalog entry with its typed data. */
export type ThreatEntry = CollectionEntry<'threats'> & { data: Threat };

/** All threat catalog entries, sorted by id. */
export async function getThreats(): Promise<ThreatEntry[]> {
	return ((await getCollection('threats')) as ThreatEntry[]).sort((a, b) => a.id.localeCompare(b.id));
}

/** An incident case entry with its typed frontmatter. */
export type CaseEntry = CollectionEntry<'cases'> & { data: Case };

let cases: Promise<CaseEntry[]> | undefined;

/** All incident cases, newest first, read once per build (Astro warns on every read of an empty collection). */
export function getCases(): Promise<CaseEntry[]> {
	cases ??= getCollection('cases').then((all) => sortCases(all as CaseEntry[]));
	return cases;
}
