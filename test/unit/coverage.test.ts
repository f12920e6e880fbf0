import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allTeams, regionTeamCounts, teamMatches, teamsForPrefecture, teamsForRegion } from '../../src/lib/content/coverage.ts';
import { PREFECTURES, REGION_SLUGS, REGIONS, regionBySlug } from '../../src/lib/prefectures.ts';
import { PilotSchema, type Pilot } from '../../src/schemas/otasuketai.ts';
import { EXPECTED } from '../expected-coverage.ts';

// The real pilot data, so the expectations below are a second, hand-made reading of the METI slide.
const pilots: Pilot[] = readdirSync('content/otasuketai').map((f) => PilotSchema.parse(parse(readFileSync(`content/otasuketai/${f}`, 'utf8'))));

describe('teamsForPrefecture', () => {
	it.each(PREFECTURES.map((p) => [p.code, p.name] as const))('lists the region teams that served %s %s in each pilot year', (code) => {
		const { regional, possible } = teamsForPrefecture(pilots, code);
		const byYear = (year: number) => regional.filter((t) => t.year === year).map((t) => t.team.number);
		const [y2019, y2020, maybe = []] = EXPECTED[code]!;
		expect([byYear(2019), byYear(2020), possible.map((t) => t.team.number)]).toEqual([y2019, y2020, maybe]);
	});

	it('offers the two nationwide industry teams in every prefecture', () => {
		for (const p of PREFECTURES) expect(teamsForPrefecture(pilots, p.code).industry.map((t) => t.team.area)).toEqual(['防衛・航空宇宙産業', '自動車産業']);
	});

	it('returns nothing regional for an unknown code', () => {
		expect(teamsForPrefecture(pilots, '48').regional).toEqual([]);
	});
});

describe('teamsForRegion', () => {
	it.each(REGIONS.map((r) => [r]))('lists for %s exactly the region teams of its prefectures, each once', (region) => {
		const codes = PREFECTURES.filter((p) => p.region === region).map((p) => p.code);
		const expected = new Set(codes.flatMap((code) => teamsForPrefecture(pilots, code).regional.map((t) => t.team.id)));
		const ids = teamsForRegion(pilots, region).regional.map((t) => t.team.id);
		expect(ids.toSorted()).toEqual([...expected].sort());
		expect(teamsForRegion(pilots, region).industry).toHaveLength(2);
	});

	it('has a region team for 関東 from both years (2019 team 3, 2020 team 5)', () => {
		const numbers = teamsForRegion(pilots, '関東').regional.map((t) => [t.year, t.team.number]);
		expect(numbers).toEqual(
			expect.arrayContaining([
				[2019, 3],
				[2020, 5],
			]),
		);
	});

	it('finds each region by its URL slug', () => {
		for (const r of REGIONS) expect(regionBySlug(REGION_SLUGS[r])).toBe(r);
		expect(regionBySlug('atlantis')).toBeUndefined();
	});
});

describe('teamMatches', () => {
	const region = { id: 'r', kind: 'region' as const, prefectures: ['13', '14'], maybePrefectures: ['12'] };
	const industry = { id: 'i', kind: 'industry' as const, prefectures: [], maybePrefectures: [] };
	it.each([
		[{ prefecture: '12' }, true, true],
		[{ industry: 'i' }, false, true],
		[{ industry: 'i', prefecture: '13' }, false, true],
		[{ industry: 'other' }, false, false],
		[{}, true, true],
		[{ prefecture: '13' }, true, true],
		[{ prefecture: '01' }, false, true],
		[{ region: '関東' as const }, true, true],
		[{ region: '近畿' as const }, false, true],
		[{ kind: 'region' as const }, true, false],
		[{ kind: 'industry' as const }, false, true],
		[{ kind: 'industry' as const, prefecture: '01' }, false, true],
	])('filter %j: region team %s, industry team %s', (filter, forRegion, forIndustry) => {
		expect(teamMatches(region, filter)).toBe(forRegion);
		expect(teamMatches(industry, filter)).toBe(forIndustry);
	});
});

describe('regionTeamCounts', () => {
	it('counts region teams per prefecture across both pilots, leaving out prefectures with none', () => {
		const counts = regionTeamCounts(pilots);
		for (const [code, [a, b]] of Object.entries(EXPECTED)) expect(counts.get(code) ?? 0).toBe(a.length + b.length);
		expect(counts.has('13')).toBe(false);
	});

	it('never counts a prefecture a team only may have served', () => {
		const counts = regionTeamCounts(pilots);
		expect(['41', '42', '44', '45', '46', '19', '22'].map((code) => counts.get(code) ?? 0)).toEqual([0, 0, 0, 0, 0, 0, 0]);
	});

	it('has 8 teams in 2019 and 15 in 2020', () => {
		expect([2019, 2020].map((y) => allTeams(pilots).filter((t) => t.year === y).length)).toEqual([8, 15]);
	});
});
