import type { Pilot, Team } from '../../schemas/otasuketai.ts';
import { findPrefecture, type Region } from '../prefectures.ts';

/** A team together with the pilot year it ran in. */
export interface PilotTeam {
	/** Fiscal year of the pilot. */
	year: number;
	/** The same year in the Japanese era (令和元年度), when the pilot's file gives it. */
	eraYear?: string | undefined;
	/** The team. */
	team: Team;
}

/** Every team of every pilot, oldest pilot first, in the order the source lists them. */
export function allTeams(pilots: readonly Pilot[]): PilotTeam[] {
	return [...pilots].sort((a, b) => a.year - b.year).flatMap((p) => p.teams.map((team) => ({ year: p.year, eraYear: p.eraYear, team })));
}

/** A choice in the directory filter; an absent field does not narrow the list. */
export interface TeamFilter {
	/** JIS code of a prefecture the team must have served. */
	prefecture?: string | undefined;
	/** Region at least one of whose prefectures the team must have served. */
	region?: Region | undefined;
	/** Region teams or nationwide industry teams only. */
	kind?: Team['kind'] | undefined;
	/** One nationwide industry team, by id (implies kind 'industry'). */
	industry?: string | undefined;
}

/** What the filter needs to know of a team (also read back from the page's data attributes). */
export type TeamFacts = Pick<Team, 'id' | 'kind' | 'prefectures' | 'maybePrefectures'>;

/** Prefecture codes a team served or, going by the source's vague area name, may have served. */
function reach(team: TeamFacts): string[] {
	return [...team.prefectures, ...team.maybePrefectures];
}

/**
 * Whether a team is shown for a filter: the one rule behind the prefecture and region pages and the
 * directory filter. Industry teams served every prefecture, so a place never excludes them.
 */
export function teamMatches(team: TeamFacts, filter: TeamFilter): boolean {
	if (filter.industry) return team.id === filter.industry;
	if (filter.kind && team.kind !== filter.kind) return false;
	if (team.kind === 'industry') return true;
	// A team whose area only may include the place is still shown: its card gives the area as the source words it.
	if (filter.prefecture && !reach(team).includes(filter.prefecture)) return false;
	if (filter.region && !reach(team).some((code) => findPrefecture(code)?.region === filter.region)) return false;
	return true;
}

/** The teams of a place, split the way its page shows them. */
export interface PlaceTeams {
	/** Region teams the source names the place for. */
	regional: PilotTeam[];
	/** Region teams whose area, as the source words it, may take in the place without naming it. */
	possible: PilotTeam[];
	/** The nationwide industry teams. */
	industry: PilotTeam[];
}

/** Which teams served a place (a prefecture or a region). `named` tells whether the source names it for a team. */
function teamsFor(pilots: readonly Pilot[], filter: TeamFilter, named: (team: Team) => boolean): PlaceTeams {
	const teams = allTeams(pilots).filter((t) => teamMatches(t.team, filter));
	const region = teams.filter((t) => t.team.kind === 'region');
	return {
		regional: region.filter((t) => named(t.team)),
		possible: region.filter((t) => !named(t.team)),
		industry: teams.filter((t) => t.team.kind === 'industry'),
	};
}

/** Which teams served a prefecture: region teams that covered its code (or may have), and the nationwide industry teams. */
export function teamsForPrefecture(pilots: readonly Pilot[], code: string): PlaceTeams {
	return teamsFor(pilots, { prefecture: code }, (team) => team.prefectures.includes(code));
}

/** Which teams served a region: region teams that covered any of its prefectures (or may have), and the industry teams. */
export function teamsForRegion(pilots: readonly Pilot[], region: Region): PlaceTeams {
	return teamsFor(pilots, { region }, (team) => team.prefectures.some((code) => findPrefecture(code)?.region === region));
}

/** Number of region teams (all pilot years) the source names for each prefecture code; codes with none are absent. */
export function regionTeamCounts(pilots: readonly Pilot[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const { team } of allTeams(pilots)) {
		if (team.kind !== 'region') continue;
		for (const code of team.prefectures) counts.set(code, (counts.get(code) ?? 0) + 1);
	}
	return counts;
}
