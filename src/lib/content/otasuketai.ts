import { getCollection } from 'astro:content';
import type { Pilot } from '../../schemas/otasuketai.ts';

/** Both お助け隊 pilots, oldest first. */
export async function getPilots(): Promise<Pilot[]> {
	return (await getCollection('otasuketai')).map((e) => e.data as Pilot).sort((a, b) => a.year - b.year);
}
