// English edition, help / guideline / お助け隊 / policy (issue 22): the English entries by their Japanese
// original's id, and the page pairs they make for the twin registry (src/lib/content/english.ts).
import type { EnglishSelfCheckItem } from '../../schemas/english-pages.ts';
import type { EnglishArticle, EnglishBasicRule, EnglishHelpContact, EnglishHelpSituation, EnglishServiceStandard } from '../../schemas/english-pages.ts';
import { routes } from '../routes.ts';
import type { TwinPair } from '../twins.ts';

import { englishByOriginal as byOriginal } from './queries.ts';

/** English situation pages by situation id. */
export const getEnglishHelpSituations = () => byOriginal<EnglishHelpSituation>('enHelpSituations');
/** English contacts by contact id. */
export const getEnglishHelpContacts = () => byOriginal<EnglishHelpContact>('enHelp');
/** The English 5 basic rules by rule number ('1'…'5'). */
export const getEnglishBasicRules = () => byOriginal<EnglishBasicRule>('enBasicRules');
/** English essentials of guideline pages by page id (about, executives, security-action). */
export const getEnglishGuideline = () => byOriginal<EnglishArticle>('enGuideline');
/** English essentials of policy pages by page id (overview). */
export const getEnglishPolicy = () => byOriginal<EnglishArticle>('enPolicy');
/** The English words of the お助け隊 overview (id: standard). */
export const getEnglishOtasuketai = () => byOriginal<EnglishServiceStandard>('enOtasuketaiService');

/** en-selfcheck: the English self-check items by their Japanese item's id ('01'…'25'). */
export const getEnglishSelfCheck = () => byOriginal<EnglishSelfCheckItem>('enSelfCheck');

/** An entry that a page needs; a missing one fails the build naming the file to add. */
export function need<T>(entries: ReadonlyMap<string, T>, id: string, file: string): T {
	const e = entries.get(id);
	if (!e) throw new Error(`no English entry "${id}": add ${file}`);
	return e;
}

/**
 * The pairs of pages these entries make: /help/ and each translated situation, the guideline pages, the
 * お助け隊 overview and the policy overview. A page is paired only when its English entry exists.
 */
export async function englishPagePairs(): Promise<TwinPair[]> {
	const [situations, guideline, policy, otasuketai] = await Promise.all([getEnglishHelpSituations(), getEnglishGuideline(), getEnglishPolicy(), getEnglishOtasuketai()]);
	const pairs: TwinPair[] = [];
	if (situations.size > 0) pairs.push([routes.help(), routes.help('en')]);
	for (const id of situations.keys()) pairs.push([routes.helpSituation(id), routes.helpSituation(id, 'en')]);
	for (const id of guideline.keys()) pairs.push([routes.guidelinePage(id), routes.guidelinePage(id, 'en')]);
	if (policy.has('overview')) pairs.push([routes.policy(), routes.policy('en')]);
	if (otasuketai.has('standard')) pairs.push([routes.otasuketai(), routes.otasuketai('en')]);
	return pairs;
}
