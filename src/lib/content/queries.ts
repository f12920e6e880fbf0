import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Edition } from '../../schemas/edition.ts';
import type { Case, PolicyPage } from '../../schemas/article.ts';
import type { BasicRule, GuidelinePage } from '../../schemas/guideline.ts';
import type { Pilot } from '../../schemas/otasuketai.ts';
import type { ServiceStandard } from '../../schemas/otasuketai-service.ts';
import type { Stat, StatFile } from '../../schemas/stat.ts';
import type { HelpContact, HelpSituation } from '../../schemas/help.ts';
import { sortByOrder } from './guideline.ts';
import { sortSituations } from './help.ts';
import { indexFigures, orderStats, resolveStat, type FigureIndex, type StatSection } from './stats.ts';
import { sortEditions } from './rankings.ts';
import type { SearchTerms } from '../../schemas/search-terms.ts';
import type { SelfCheckItem } from '../../schemas/self-check.ts';
import type { Threat } from '../../schemas/threat.ts';
import type { PageFacts } from '../../schemas/page.ts';
import { pageWords, type PageWords } from './page-words.ts';
import { sortCases } from './cases.ts';
import { cardContacts, type CardContact } from './help-contacts.ts';
import type { Update } from '../../schemas/update.ts';
import type { EnglishThreat } from '../../schemas/english.ts';
import { dataStamp, sortUpdates, type DataStamp, type UpdateEntry } from '../updates.ts';

// Thin typed wrappers over the collections, so pages never repeat sorting or casting. This is the one
// module in src/lib that reads astro:content: everything else in src/lib takes the data as arguments,
// so it runs in unit tests and scripts without Astro.

/** All editions of 情報セキュリティ10大脅威, oldest first. */
export async function getEditions(): Promise<Edition[]> {
	return sortEditions((await getCollection('editions')).map((e) => e.data as Edition));
}

/** The 5 basic rules in their official order. */
export async function getBasicRules(): Promise<BasicRule[]> {
	return (await getCollection('basicRules')).map((e) => e.data as BasicRule).sort((a, b) => a.number - b.number);
}

/** A guideline page entry with its typed frontmatter. */
export type GuidelineEntry = CollectionEntry<'guideline'> & { data: GuidelinePage };

/** All guideline pages (content/guideline/*.mdx) in navigation order. */
export async function getGuidelinePages(): Promise<GuidelineEntry[]> {
	return sortByOrder((await getCollection('guideline')) as GuidelineEntry[]);
}

/** A policy page entry with its typed frontmatter. */
export type PolicyEntry = CollectionEntry<'policy'> & { data: PolicyPage };

/** All policy pages (content/policy/*.mdx) in navigation order, the overview first. */
export async function getPolicyPages(): Promise<PolicyEntry[]> {
	return sortByOrder((await getCollection('policy')) as PolicyEntry[]);
}

/** Threat catalog titles by id, for labels and links. */
export async function getThreatTitles(): Promise<Map<string, string>> {
	return new Map((await getThreats()).map((t) => [t.id, t.data.title]));
}

/** The figures the お助け隊 files hold, which stats may chart without writing the numbers again. */
async function getSharedFigures(): Promise<FigureIndex> {
	const pilots = (await getCollection('otasuketai')).map((e) => ({ from: `otasuketai/${e.id}`, figures: (e.data as Pilot).figures }));
	const services = (await getCollection('otasuketaiService')).map((e) => ({ from: `otasuketai-service/${e.id}`, figures: (e.data as ServiceStandard).figures }));
	return indexFigures([...pilots, ...services]);
}

/** Every survey figure set (content/stats/*.yaml) with its id, in /stats/ page order, rows taken from other files filled in. */
export async function getStats(): Promise<StatSection[]> {
	const figures = await getSharedFigures();
	return orderStats((await getCollection('stats')).map((e) => ({ id: e.id, data: resolveStat(e.data as StatFile, figures), section: (e.data as StatFile).section })));
}

/** One survey figure set by id, ready to chart; undefined when content/stats/<id>.yaml does not exist. */
export async function getStat(id: string): Promise<Stat | undefined> {
	const entry = (await getCollection('stats')).find((e) => e.id === id);
	return entry && resolveStat(entry.data as StatFile, await getSharedFigures());
}

/** Help situations (content/help-situations/), in the chooser's order. */
export async function getHelpSituations(): Promise<{ id: string; data: HelpSituation }[]> {
	return sortSituations((await getCollection('helpSituations')).map((e) => ({ id: e.id, data: e.data as HelpSituation })));
}

/** Help contacts (content/help/) by id. */
export async function getHelpContacts(): Promise<Map<string, HelpContact>> {
	return new Map((await getCollection('help')).map((e) => [e.id, e.data as HelpContact]));
}

/** Every update (content/updates/*.yaml) with its file name, newest first. */
export async function getUpdates(): Promise<UpdateEntry[]> {
	return sortUpdates((await getCollection('updates')).map((e) => ({ id: e.id, data: e.data as Update })));
}

/** Version and date stamps of the open data files (rankings from the editions, stats.json from the stats). */
export async function getDataStamps(): Promise<{ rankings: DataStamp; stats: DataStamp }> {
	const updates = await getUpdates();
	const stamp = (reviewed: string[]) => {
		const s = dataStamp(updates, reviewed);
		if (!s) throw new Error('content/updates/ has no data change (kind: data, dataVersion): the open data needs a version');
		return s;
	};
	return {
		rankings: stamp((await getEditions()).map((e) => e.reviewed)),
		stats: stamp((await getStats()).map((s) => s.data.reviewed)),
	};
}

/** A catalog entry with its typed data. */
export type ThreatEntry = CollectionEntry<'threats'> & { data: Threat };

/** All threat catalog entries, sorted by id. */
export async function getThreats(): Promise<ThreatEntry[]> {
	return ((await getCollection('threats')) as ThreatEntry[]).sort((a, b) => a.id.localeCompare(b.id));
}

/** An incident case entry with its typed frontmatter. */
export type CaseEntry = CollectionEntry<'cases'> & { data: Case };

let cases: Promise<CaseEntry[]> | undefined;

/** All incident cases, newest first, read once per build (Astro warns on every read of an empty collection). */
export function getCases(): Promise<CaseEntry[]> {
	cases ??= getCollection('cases').then((all) => sortCases(all as CaseEntry[]));
	return cases;
}

/** The 25 self-check items in number order. */
export async function getSelfCheckItems(): Promise<SelfCheckItem[]> {
	return (await getCollection('selfCheck')).map((e) => e.data as SelfCheckItem).sort((a, b) => a.number - b.number);
}

/** Both お助け隊 pilots, oldest first. */
export async function getPilots(): Promise<Pilot[]> {
	return (await getCollection('otasuketai')).map((e) => e.data as Pilot).sort((a, b) => a.year - b.year);
}

/** The service standard with what every お助け隊 page reads from it: its page sources and IPA's list of services. */
export type PageServiceStandard = ServiceStandard & Required<Pick<ServiceStandard, 'pageSources' | 'serviceListUrl'>>;

/** The お助け隊 service standard, price ceilings, history and subsidy (content/otasuketai-service/standard.yaml). */
export async function getServiceStandard(): Promise<PageServiceStandard> {
	const entry = await getEntry('otasuketaiService', 'standard');
	// The /otasuketai/ pages cannot show prices or the history without it, so a missing file stops the build.
	if (!entry) throw new Error('content/otasuketai-service/standard.yaml is missing: the お助け隊 pages need it');
	const data = entry.data as ServiceStandard;
	// Optional in the schema so the small test fixtures need not carry them; the real pages cannot do without.
	if (!data.pageSources || !data.serviceListUrl) throw new Error('content/otasuketai-service/standard.yaml needs pageSources and serviceListUrl: every お助け隊 page shows them');
	return { ...data, pageSources: data.pageSources, serviceListUrl: data.serviceListUrl };
}

/** The search vocabulary (content/search/terms.yaml), checked by its schema. */
export async function getSearchTerms(): Promise<SearchTerms> {
	const entry = await getEntry('searchTerms', 'terms');
	if (!entry) throw new Error('content/search/terms.yaml is missing: the search needs its vocabulary');
	return entry.data as SearchTerms;
}

/** Every help contact (content/help/), in the order /help/ lists them; a contact added later appears without code changes. */
export async function getCardContacts(): Promise<CardContact[]> {
	return cardContacts(await getHelpContacts());
}

/** Everything content/pages/<id>.yaml holds for a page: prose, keywords, and the sources and figures its text names. */
export async function getPageFacts(id: string): Promise<PageFacts> {
	const entry = await getEntry('pages', id);
	if (!entry) throw new Error(`content/pages/${id}.yaml is missing: the page reads its prose, keywords or figures from it`);
	return entry.data as PageFacts;
}

/** English threat entries (content/en/threats/, issue 22) by their Japanese original's id. */
export async function getEnglishThreats(): Promise<Map<string, EnglishThreat>> {
	return new Map((await getCollection('enThreats')).map((e) => [e.id, e.data as EnglishThreat]));
}

/** English entries of one collection (content/en/…, issue 22) by their Japanese original's id. */
export async function englishByOriginal<T>(name: 'enHelp' | 'enHelpSituations' | 'enBasicRules' | 'enGuideline' | 'enPolicy' | 'enOtasuketaiService' | 'enSelfCheck'): Promise<Map<string, T>> {
	return new Map((await getCollection(name)).map((e) => [e.id, e.data as T]));
}

/** A page's prose and keywords (content/pages/<id>.yaml), read by key; a missing file stops the build naming it. */
export async function getPageWords(id: string): Promise<PageWords> {
	return pageWords(await getPageFacts(id), `content/pages/${id}.yaml`);
}
