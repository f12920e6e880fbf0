import { z } from 'astro/zod';
import { ReviewedSchema } from './site.ts';
import { IdSchema, SourceSchema, SourcesSchema } from './source.ts';

/**
 * A figure the page names in its own words without charting it (e.g. /stats/'s 約1割 from ICS-CERT), kept
 * here with the slide it comes from so the page holds no figure of its own (#21).
 */
const PageFigureSchema = z
	.object({
		/** The figure as the page prints it, e.g. '約1割', '230件'. */
		value: z.string().trim().min(1),
		/** Where it comes from; listed with the page's sources. */
		source: SourceSchema,
	})
	.strict();

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
		/** Figures the page's text names, by a kebab-case key the page reads them by. */
		figures: z.record(IdSchema, PageFigureSchema).optional(),
	})
	.strict();
export type PageFacts = z.infer<typeof PageFactsSchema>;
