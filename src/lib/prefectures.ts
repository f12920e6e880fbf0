// Lookups over the prefecture table; the table itself is vocabulary (src/vocab/prefectures.ts).
import { PREFECTURES, REGIONS, REGION_SLUGS, type Prefecture, type Region } from '../vocab/prefectures.ts';

export { PREFECTURE_CODES, PREFECTURES, REGIONS, REGION_SLUGS, type Prefecture, type Region } from '../vocab/prefectures.ts';

/** The region with URL slug `slug`, or undefined. */
export function regionBySlug(slug: string): Region | undefined {
	return REGIONS.find((r) => REGION_SLUGS[r] === slug);
}

/** Find a prefecture by its JIS code ('13') or slug ('tokyo'); undefined when there is none. */
export function findPrefecture(codeOrSlug: string): Prefecture | undefined {
	return PREFECTURES.find((p) => p.code === codeOrSlug || p.slug === codeOrSlug);
}

/** Group the prefectures by region, regions in north-to-south order. */
export function groupByRegion(): { region: Region; prefectures: Prefecture[] }[] {
	return REGIONS.map((region) => ({
		region,
		prefectures: PREFECTURES.filter((p) => p.region === region),
	}));
}
