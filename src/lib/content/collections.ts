import type { z } from 'astro/zod';
import { CaseSchema, PolicyPageSchema } from '../../schemas/article.ts';
import { EditionSchema } from '../../schemas/edition.ts';
import { BasicRuleSchema, GuidelinePageSchema } from '../../schemas/guideline.ts';
import { HelpContactSchema, HelpSituationSchema } from '../../schemas/help.ts';
import { PilotSchema } from '../../schemas/otasuketai.ts';
import { ServiceStandardSchema } from '../../schemas/otasuketai-service.ts';
import { SelfCheckItemSchema } from '../../schemas/self-check.ts';
import { StatFileSchema } from '../../schemas/stat.ts';
import { ThreatSchema } from '../../schemas/threat.ts';
import { SearchTermsSchema } from '../../schemas/search-terms.ts';
import { UpdateSchema } from '../../schemas/update.ts';
import { PageSchema } from '../../schemas/page.ts';
import { EnglishThreatSchema } from '../../schemas/english.ts';
import { EnglishArticleSchema, EnglishBasicRuleSchema, EnglishHelpContactSchema, EnglishHelpSituationSchema, EnglishServiceStandardSchema } from '../../schemas/english-pages.ts';
import { EnglishSelfCheckItemSchema } from '../../schemas/english-pages.ts';

/** Where each collection's files live under content/ and which schema they follow. */
export interface CollectionSpec {
	/** Folder under the content root. */
	dir: string;
	/** File extension of the entries; the file name without it is the entry id. */
	ext: '.yaml' | '.mdx';
	/** Schema of the data (for MDX, of the frontmatter). */
	schema: z.ZodType;
}

// The one table of collections: content.config.ts and the validator both read it.
export const COLLECTIONS = {
	threats: { dir: 'threats/catalog', ext: '.mdx', schema: ThreatSchema },
	editions: { dir: 'threats/editions', ext: '.yaml', schema: EditionSchema },
	guideline: { dir: 'guideline', ext: '.mdx', schema: GuidelinePageSchema },
	basicRules: { dir: 'guideline/basic-rules', ext: '.yaml', schema: BasicRuleSchema },
	selfCheck: { dir: 'self-check', ext: '.yaml', schema: SelfCheckItemSchema },
	otasuketai: { dir: 'otasuketai', ext: '.yaml', schema: PilotSchema },
	otasuketaiService: { dir: 'otasuketai-service', ext: '.yaml', schema: ServiceStandardSchema },
	policy: { dir: 'policy', ext: '.mdx', schema: PolicyPageSchema },
	cases: { dir: 'cases', ext: '.mdx', schema: CaseSchema },
	stats: { dir: 'stats', ext: '.yaml', schema: StatFileSchema },
	help: { dir: 'help', ext: '.yaml', schema: HelpContactSchema },
	helpSituations: { dir: 'help-situations', ext: '.yaml', schema: HelpSituationSchema },
	searchTerms: { dir: 'search', ext: '.yaml', schema: SearchTermsSchema },
	updates: { dir: 'updates', ext: '.yaml', schema: UpdateSchema },
	// One file per page for what is neither a route nor a UI word: its prose, keywords, and the figures its text names (#21).
	pages: { dir: 'pages', ext: '.yaml', schema: PageSchema },
	// English edition (issue 22): translations under content/en/, each naming its Japanese original.
	enThreats: { dir: 'en/threats', ext: '.yaml', schema: EnglishThreatSchema },
	// en-more (issue 22): help, guideline essentials, お助け隊 and policy overviews.
	enHelp: { dir: 'en/help', ext: '.yaml', schema: EnglishHelpContactSchema },
	enHelpSituations: { dir: 'en/help-situations', ext: '.yaml', schema: EnglishHelpSituationSchema },
	enGuideline: { dir: 'en/guideline', ext: '.yaml', schema: EnglishArticleSchema },
	enBasicRules: { dir: 'en/guideline/basic-rules', ext: '.yaml', schema: EnglishBasicRuleSchema },
	enPolicy: { dir: 'en/policy', ext: '.yaml', schema: EnglishArticleSchema },
	enOtasuketaiService: { dir: 'en/otasuketai-service', ext: '.yaml', schema: EnglishServiceStandardSchema },
	// en-selfcheck (issue 22): the 25 self-check items in English.
	enSelfCheck: { dir: 'en/self-check', ext: '.yaml', schema: EnglishSelfCheckItemSchema },
} as const satisfies Record<string, CollectionSpec>;

/** Name of a collection. */
export type CollectionName = keyof typeof COLLECTIONS;

/**
 * English edition (issue 22): each English collection and the Japanese collection its entries translate.
 * The validator checks both directions (an English file names an existing original that declares
 * `en: true`; a Japanese entry with `en: true` has its English file). Add a line per English collection.
 */
export const ENGLISH_ORIGINALS = {
	enThreats: 'threats',
	// en-more (issue 22)
	enHelp: 'help',
	enHelpSituations: 'helpSituations',
	enGuideline: 'guideline',
	enBasicRules: 'basicRules',
	enPolicy: 'policy',
	enOtasuketaiService: 'otasuketaiService',
	// en-selfcheck (issue 22)
	enSelfCheck: 'selfCheck',
} as const satisfies Partial<Record<CollectionName, CollectionName>>;
