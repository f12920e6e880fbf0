import type { Pilot } from '../../schemas/otasuketai.ts';
import type { Source } from '../../schemas/source.ts';
import { textFigure, textFigureSources } from './text-figure.ts';
import { t } from '../../i18n/index.ts';

// The sources themselves live in content/otasuketai-service/standard.yaml (pageSources) and in each pilot's file.

/**
 * Sources for a page about the service and the pilots: the service's page sources, then each pilot's and
 * those of the figures its sentences name (textFigures), each document once.
 */
export function otasuketaiSources(pageSources: readonly Source[], pilots: readonly Pilot[]): Source[] {
	const all = [...pageSources, ...pilots.flatMap((p) => [...p.sources, ...textFigureSources(p.textFigures)])];
	return all.filter((s, i) => all.findIndex((x) => x.title === s.title && x.date === s.date) === i);
}

/** The pilots' fiscal years, oldest first, joined as one label ('2019・2020'), so no page writes the years itself. */
export function pilotYears(pilots: readonly Pick<Pilot, 'year'>[]): string {
	return pilots
		.map((p) => p.year)
		.toSorted((a, b) => a - b)
		.join(t('edition.joinDot', 'ja'));
}

/** A figure a page names in a sentence (a pilot's `textFigures`); a missing one stops the build rather than print a blank. */
export function pilotTextFigure(pilot: Pick<Pilot, 'year' | 'textFigures'>, key: string): string {
	return textFigure(pilot.textFigures, key, `content/otasuketai/${pilot.year}.yaml field textFigures`);
}

/** The fiscal years of the pilots that had nationwide industry teams ('2020'), for the pages that list those teams. */
export function industryPilotYears(pilots: readonly Pick<Pilot, 'year' | 'teams'>[]): string {
	return pilotYears(pilots.filter((p) => p.teams.some((t) => t.kind === 'industry')));
}

/** The fiscal year of the first pilot, where the service's history starts. */
export function firstPilotYear(pilots: readonly Pick<Pilot, 'year'>[]): number {
	return Math.min(...pilots.map((p) => p.year));
}
