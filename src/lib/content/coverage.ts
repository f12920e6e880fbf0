import type { Pilot, Team } from '../../schemas/otasuketai.ts';

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

/** Which teams served a prefecture: region teams that covered its code, and the nationwide industry teams. */
export function teamsForPrefecture(pilots: readonly Pilot[], code: string): { regional: PilotTeam[]; industry: PilotTeam[] } {
	const teams = allTeams(pilots);
	return {
		regional: teams.filter((t) => t.team.kind === 'region' && t.team.prefectures.includes(code)),
		industry: teams.filter((t) => t.team.kind === 'industry'),
	};
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
