import { z } from 'astro/zod';
import { ReviewedSchema } from './site.ts';
import { SourcesSchema } from './source.ts';

/**
 * Facts of a page built from many files rather than one (content/pages/<page>.yaml, e.g. stats for
 * /stats/): the words its search keywords add, and sources for what it names without charting.
 */
export const PageFactsSchema = z
	.object({
		/** When the facts in this file were last written or checked against their sources (YYYY-MM-DD). */
		reviewed: ReviewedSchema,
		/** Hidden search keywords: words readers type for what the page shows. */
		keywords: z.array(z.string().trim().min(1)).min(1),
		/** Sources of facts the page states in its own text, listed after those of its data files. */
		sources: SourcesSchema.optional(),
	})
	.strict();
export type PageFacts = z.infer<typeof PageFactsSchema>;
