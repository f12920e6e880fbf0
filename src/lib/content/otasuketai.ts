import { getCollection, getEntry } from 'astro:content';
import type { Pilot } from '../../schemas/otasuketai.ts';
import type { ServiceStandard } from '../../schemas/otasuketai-service.ts';

/** Both お助け隊 pilots, oldest first. */
export async function getPilots(): Promise<Pilot[]> {
	return (await getCollection('otasuketai')).map((e) => e.data as Pilot).sort((a, b) => a.year - b.year);
}

/** The お助け隊 service standard, price ceilings, history and subsidy (content/otasuketai-service/standard.yaml). */
export async function getServiceStandard(): Promise<ServiceStandard> {
	const entry = await getEntry('otasuketaiService', 'standard');
	// The /otasuketai/ pages cannot show prices or the history without it, so a missing file stops the build.
	if (!entry) throw new Error('content/otasuketai-service/standard.yaml is missing: the お助け隊 pages need it');
	return entry.data as ServiceStandard;
}
