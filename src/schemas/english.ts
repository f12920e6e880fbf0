import { z } from 'astro/zod';
import { ReviewedSchema } from './site.ts';
import { IdSchema } from './source.ts';

// English edition (issue 22). Every English text is a translation of a Japanese entry, which stays the
// authoritative one: an English file names its original (`original: <id>`, the same id as its file name),
// and the original declares `en: true`. The validator fails the build, naming the file, when either side
// is missing (src/lib/content/validate.ts, checkEnglish). Facts and sources are the original's: an English
// file holds words only.

/**
 * Where an English title comes from: IPA's (or the publisher's) own English title, with the page that
 * prints it, or our translation (`ours: true`), which the page marks as ours.
 */
export const TitleSourceSchema = z.union([z.object({ url: z.url(), publisher: z.string().min(1) }).strict(), z.object({ ours: z.literal(true) }).strict()], {
	error: "give { url, publisher } for the publisher's own English title, or { ours: true } for our translation",
});

/** The fields every English entry has. */
const EnglishBase = {
	/** Id of the Japanese entry this translates; equal to this file's name. */
	original: IdSchema,
	/** When the translation was last checked against the Japanese original (YYYY-MM-DD). */
	reviewed: ReviewedSchema,
	/** English title. */
	title: z.string().min(1).max(100),
	titleSource: TitleSourceSchema,
};

/** content/en/threats/<id>.yaml: the English words of a threat catalog entry. */
export const EnglishThreatSchema = z
	.object({
		...EnglishBase,
		/** The Japanese summary in English. */
		summary: z.string().min(20).max(500),
		/** Other English names readers search for it with; indexed, never shown. */
		keywords: z.array(z.string().min(1).regex(/^\S+$/, 'one word per keyword (no spaces)')).default([]),
		/**
		 * en-more2: the Japanese page's 「まず何をするか」 list in English, item for item and in order (our
		 * translation; the build compares the count with the MDX list, src/lib/content/rules/english-advice.ts).
		 */
		advice: z.array(z.string().min(10).max(400)).min(1),
	})
	.strict();
export type EnglishThreat = z.infer<typeof EnglishThreatSchema>;

/** The `en` field a Japanese entry with an English version declares. */
export const HasEnglishSchema = z.boolean().optional();
