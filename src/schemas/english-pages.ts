import { z } from 'astro/zod';
import { TitleSourceSchema } from './english.ts';
import { ReviewedSchema } from './site.ts';
import { IdSchema } from './source.ts';

// English edition, help / guideline / お助け隊 / policy (issue 22). Like src/schemas/english.ts, an English
// file holds words only and names its Japanese original (its own file name); numbers, URLs, ids, dates and
// sources are read from the original, so each fact stays in one place. Lengths are looser than the
// Japanese ones because English runs longer. Cross-file rules (same contacts, same number of steps…) are
// in src/lib/content/english-pairs.ts.

/** The fields every English entry has (the same as src/schemas/english.ts). */
const EnglishBase = {
	/** Id of the Japanese entry this translates; equal to this file's name. */
	original: IdSchema,
	/** When the translation was last checked against the Japanese original (YYYY-MM-DD). */
	reviewed: ReviewedSchema,
	/** English title. */
	title: z.string().min(1).max(120),
	/** Whose English title it is: the publisher's own (with its page) or ours. */
	titleSource: TitleSourceSchema,
};

/** English words readers search with; one word each, indexed, never shown. */
const KeywordsSchema = z.array(z.string().min(1).regex(/^\S+$/, 'one word per keyword (no spaces)')).default([]);

/** content/en/help-situations/<id>.yaml: a situation page in English. */
export const EnglishHelpSituationSchema = z
	.object({
		...EnglishBase,
		/** One sentence saying who the page is for. */
		summary: z.string().min(10).max(200),
		keywords: KeywordsSchema,
		/** The original's first-hour steps, in the same order. */
		firstHour: z.array(z.object({ step: z.string().min(4).max(80), detail: z.string().min(4).max(260) }).strict()).min(1),
		/** The original's "don't"s, in the same order. */
		dont: z.array(z.object({ dont: z.string().min(4).max(80), why: z.string().min(4).max(240) }).strict()).min(1),
		/** What to keep, in the same order. */
		keep: z.array(z.string().min(4).max(160)).min(1),
		/** The original's contacts (same ids, same order) with what to ask each for, in English. */
		contacts: z.array(z.object({ id: IdSchema, when: z.string().min(4).max(200) }).strict()).min(1),
		/** The legal duty's text; its contact is the original's. */
		duty: z
			.object({ text: z.string().min(10).max(500) })
			.strict()
			.optional(),
	})
	.strict();
export type EnglishHelpSituation = z.infer<typeof EnglishHelpSituationSchema>;

/** content/en/help/<id>.yaml: a contact in English; `title` is the desk's name. */
export const EnglishHelpContactSchema = z
	.object({
		...EnglishBase,
		/** The organisation, with its Japanese name where the English one is ours. */
		organization: z.string().min(1),
		/** What to contact it about. */
		purpose: z.string().min(10),
		/** What it does, in the original's order. */
		does: z.array(z.string().min(5)).min(1),
		/** What it does not do, in the original's order. */
		doesNot: z.array(z.string().min(5)).default([]),
		/** The label of each of the original's phone numbers, in its order (the numbers stay there). */
		phoneLabels: z.array(z.string().min(2)).default([]),
		/** What the page at the original's `url` is. */
		urlLabel: z.string().min(2),
		/** What a reader must look up on that page. */
		unconfirmed: z.string().min(5).optional(),
	})
	.strict();
export type EnglishHelpContact = z.infer<typeof EnglishHelpContactSchema>;

/** content/en/guideline/basic-rules/<n>.yaml: one of the 5 basic rules in English. */
export const EnglishBasicRuleSchema = z
	.object({
		...EnglishBase,
		/** Why it matters. */
		why: z.string().min(10),
		/** First steps, in the original's order. */
		steps: z.array(z.string().min(1)).min(1),
		/** How to tell it is done, in the original's order. */
		done: z.array(z.string().min(1)).min(1),
	})
	.strict();
export type EnglishBasicRule = z.infer<typeof EnglishBasicRuleSchema>;

/** A numbered or bulleted item of an English article: a title and an optional explanation. */
const ArticleItemSchema = z.object({ title: z.string().min(1), text: z.string().min(1).optional() }).strict();

/** One section of an English article. */
const ArticleSectionSchema = z
	.object({
		/** Fragment id of the heading (stable, ASCII). */
		id: IdSchema,
		heading: z.string().min(1),
		/** Paragraphs before the items. */
		paragraphs: z.array(z.string().min(1)).default([]),
		/** Items shown as a list after the paragraphs. */
		items: z.array(ArticleItemSchema).default([]),
		/** Number the items (3 principles, 7 actions) rather than bullet them. */
		ordered: z.boolean().default(false),
	})
	.strict();

/**
 * content/en/guideline/<id>.yaml and content/en/policy/<id>.yaml: the English essentials of a Japanese
 * MDX page, as plain sections (the Japanese page keeps the full text and the sources).
 */
export const EnglishArticleSchema = z
	.object({
		...EnglishBase,
		/** One sentence for search results and link previews. */
		description: z.string().min(10).max(260),
		keywords: KeywordsSchema,
		sections: z.array(ArticleSectionSchema).min(1),
	})
	.strict();
export type EnglishArticle = z.infer<typeof EnglishArticleSchema>;

/** content/en/otasuketai-service/standard.yaml: the words of the /en/otasuketai/ overview. */
export const EnglishServiceStandardSchema = z
	.object({
		...EnglishBase,
		description: z.string().min(10).max(260),
		keywords: KeywordsSchema,
		/** What the service is. */
		intro: z.string().min(10),
		/** The four parts, each with the Japanese name it translates (src/lib/service-parts.ts). */
		parts: z.array(z.object({ name: z.string().min(1), original: z.string().min(1), text: z.string().min(10) }).strict()).min(1),
		standardHeading: z.string().min(1),
		/** Paragraphs on the standard. */
		standard: z.array(z.string().min(10)).min(1),
		/** English name and description of each 1類 price-ceiling type, keyed by the original's `type`. */
		ceilingTypes: z.array(z.object({ type: z.string().min(1), name: z.string().min(1), text: z.string().min(10) }).strict()).min(1),
		/** A paragraph on class 2. */
		class2: z.string().min(10),
		findHeading: z.string().min(1),
		/** Paragraphs on how to find a provider. */
		find: z.array(z.string().min(10)).min(1),
	})
	.strict();
export type EnglishServiceStandard = z.infer<typeof EnglishServiceStandardSchema>;

/**
 * en-selfcheck (#22): content/en/self-check/<nn>.yaml, the English words of one self-check item (our
 * translation). Number, part, who acts, links and sources stay in the original, so scoring is the same.
 */
export const EnglishSelfCheckItemSchema = z
	.object({
		/** Id of the Japanese item ('01'…'25'); equal to this file's name. */
		original: IdSchema,
		/** When the translation was last checked against the Japanese original (YYYY-MM-DD). */
		reviewed: ReviewedSchema,
		/** Short topic label. */
		topic: z.string().min(1).max(100),
		/** The question. */
		question: z.string().min(10).max(300),
		/** Why it matters. */
		why: z.string().min(10).max(600),
		/** How to do it. */
		how: z.string().min(10).max(800),
	})
	.strict();
export type EnglishSelfCheckItem = z.infer<typeof EnglishSelfCheckItemSchema>;
