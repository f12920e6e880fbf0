import type { HelpSituation } from '../../schemas/help.ts';
import { routes } from '../routes.ts';

/** A situation with its slug (the file name). */
export interface SituationEntry {
	/** URL slug, e.g. 'opened-suspicious-email'. */
	id: string;
	/** Validated content. */
	data: HelpSituation;
}

/** Situations in the chooser's order. */
export function sortSituations<T extends SituationEntry>(situations: readonly T[]): T[] {
	return [...situations].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The situations that name a threat, in chooser order; empty when none does (link /help/ then). */
export function situationsForThreat<T extends SituationEntry>(situations: readonly T[], threatId: string): T[] {
	return sortSituations(situations.filter((s) => s.data.threats.includes(threatId)));
}

/** Every path the offline copy keeps: the chooser first, then each situation page. */
export function helpPaths(situations: readonly SituationEntry[]): string[] {
	return [routes.help(), ...sortSituations(situations).map((s) => routes.helpSituation(s.id))];
}

/** The `tel:` URI of a published number: digits and a leading # (written %23, as URIs require). */
export function telHref(number: string): string {
	return `tel:${number.replace(/[^\d#]/g, '').replace('#', '%23')}`;
}

// Desks for companies first, then the police and the report routes, then the narrower desks.
const CONTACT_ORDER = ['ipa-organizations', 'police', 'bank-kumimodoshi', 'antiphishing', 'ppc-leak-report', 'jpcert-cc', 'j-crat', 'dekyo-spam', 'ipa-anshin'];

/** Contact ids in the order /help/ and the desk card list them; an id not named above goes last, by id. */
export function orderContactIds(ids: Iterable<string>): string[] {
	const place = (id: string) => (CONTACT_ORDER.includes(id) ? CONTACT_ORDER.indexOf(id) : CONTACT_ORDER.length);
	return [...ids].sort((a, b) => place(a) - place(b) || a.localeCompare(b));
}
