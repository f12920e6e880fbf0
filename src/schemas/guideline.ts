import { z } from 'astro/zod';
import { ReviewedSchema } from './site.ts';
import { SourcesSchema } from './source.ts';
import { HasEnglishSchema } from './english.ts';

/** Frontmatter of a guideline page (content/guideline/<slug>.mdx). */
export const GuidelinePageSchema = z
	.object({
		/** Page title in Japanese. */
		title: z.string().min(1),
		/** One sentence for search results and link previews. */
		description: z.string().min(10).max(160),
		/** Other words readers search for this page with (one word each); indexed for search, not shown. */
		keywords: z.array(z.string().min(1).regex(/^\S+$/, 'one word per keyword (no spaces)')).default([]),
		/** Position in the guideline section's navigation (1 first). */
		order: z.number().int().min(1),
		/** When the facts in this file were last written or checked against their sources (YYYY-MM-DD); shown as 「内容の確認」. */
		reviewed: ReviewedSchema,
		/** Sources for the facts on the page. */
		sources: SourcesSchema,
		/** True when content/en/guideline/<id>.yaml translates this entry (issue 22); the build checks both exist. */
		en: HasEnglishSchema,
	})
	.strict();
export type GuidelinePage = z.infer<typeof GuidelinePageSchema>;

/** One of the 情報セキュリティ5か条 (content/guideline/basic-rules/<n>.yaml). */
export const BasicRuleSchema = z
	.object({
		/** When the facts in this file were last written or checked against their sources (YYYY-MM-DD); shown as 「内容の確認」. */
		reviewed: ReviewedSchema,
		/** Rule number, 1–5, as IPA numbers them. */
		number: z.number().int().min(1).max(5),
		/** The rule's official wording. */
		title: z.string().min(1),
		/** Why it matters, in one or two plain sentences. */
		why: z.string().min(10),
		/** What to do first, as short steps. */
		steps: z.array(z.string().min(1)).min(1).max(6),
		/** How to tell the rule is done: two or three checks a reader can tick, in our own words. */
		done: z.array(z.string().min(1)).min(2).max(3),
		/** Where the rule and its explanation come from. */
		sources: SourcesSchema,
		/** True when content/en/guideline/basic-rules/<id>.yaml translates this entry (issue 22); the build checks both exist. */
		en: HasEnglishSchema,
	})
	.strict();
export type BasicRule = z.infer<typeof BasicRuleSchema>;
