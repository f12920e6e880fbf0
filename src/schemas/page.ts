import { z } from 'astro/zod';
import { ReviewedSchema } from './site.ts';
import { SourcesSchema } from './source.ts';
import { TextFiguresSchema } from './text-figure.ts';

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
		/**
		 * Figures the page's text names without charting them (e.g. /stats/'s 約1割 from ICS-CERT), by a kebab-case
		 * key the page reads them by, each with the slide it comes from, so the page holds no figure of its own (#21).
		 */
		textFigures: TextFiguresSchema.optional(),
	})
	.strict();
export type PageFacts = z.infer<typeof PageFactsSchema>;
