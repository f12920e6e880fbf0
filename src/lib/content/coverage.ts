import type { Pilot, Team } from '../../schemas/otasuketai.ts';
import { findPrefecture, type Region } from '../prefectures.ts';

/** A team together with the pilot year it ran in. */
export interface PilotTeam {
	/** Fiscal year of the pilot. */
	year: number;
	/** The team. */
	team: Team;
}

/** Every team of every pilot, oldest pilot first, in the order the source lists them. */
export function allTeams(pilots: readonly Pilot[]): PilotTeam[] {
	return [...pilots].sort((a, b) => a.year - b.year).flatMap((p) => p.teams.map((team) => ({ year: p.year, team })));
}

/** A choice in the directory filter; an absent field does not narrow the list. */
export interface TeamFilter {
	/** JIS code of a prefecture the team must have served. */
	prefecture?: string | undefined;
	/** Region at least one of whose prefectures the team must have served. */
	region?: Region | undefined;
	/** Region teams or nationwide industry teams only. */
	kind?: Team['kind'] | undefined;
}

/**
 * Whether a team is shown for a filter: the one rule behind the prefecture and region pages and the
 * directory filter. Industry teams served every prefecture, so a place never excludes them.
 */
export function teamMatches(team: Pick<Team, 'kind' | 'prefectures'>, filter: TeamFilter): boolean {
	if (filter.kind && team.kind !== filter.kind) return false;
	if (team.kind === 'industry') return true;
	if (filter.prefecture && !team.prefectures.includes(filter.prefecture)) return false;
	if (filter.region && !team.prefectures.some((code) => findPrefecture(code)?.region === filter.region)) return false;
	return true;
}

/** Which teams served a place (a prefecture or a region): its region teams and the nationwide industry teams. */
function teamsFor(pilots: readonly Pilot[], filter: TeamFilter): { regional: PilotTeam[]; industry: PilotTeam[] } {
	const teams = allTeams(pilots).filter((t) => teamMatches(t.team, filter));
	return { regional: teams.filter((t) => t.team.kind === 'region'), industry: teams.filter((t) => t.team.kind === 'industry') };
}

/** Which teams served a prefecture: region teams that covered its code, and the nationwide industry teams. */
export function teamsForPrefecture(pilots: readonly Pilot[], code: string): { regional: PilotTeam[]; industry: PilotTeam[] } {
	return teamsFor(pilots, { prefecture: code });
}

/** Which teams served a region: region teams that covered any of its prefectures, and the industry teams. */
export function teamsForRegion(pilots: readonly Pilot[], region: Region): { regional: PilotTeam[]; industry: PilotTeam[] } {
	return teamsFor(pilots, { region });
}

/** Number of region teams (all pilot years) that served each prefecture code; codes with none are absent. */
export function regionTeamCounts(pilots: readonly Pilot[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const { team } of allTeams(pilots)) {
		if (team.kind !== 'region') continue;
		for (const code of team.prefectures) counts.set(code, (counts.get(code) ?? 0) + 1);
	}
	return counts;
}
