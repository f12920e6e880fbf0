import { z } from 'astro/zod';
import { richTextProblem } from '../vocab/rich-text.ts';
import { ReviewedSchema } from './site.ts';
import { IdSchema, SourcesSchema } from './source.ts';
import { TextFiguresSchema } from './text-figure.ts';

/** A sentence or paragraph of a page's own prose; a link is written [link text](name) and the page gives the address. */
const ProseSchema = z
	.string()
	.trim()
	.min(1)
	.superRefine((text, ctx) => {
		const problem = richTextProblem(text);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});

/**
 * What a page holds that is neither a route nor a UI word (content/pages/<page>.yaml, one file per page):
 * its own prose (e.g. /about/, /for-chambers/; headings and labels stay in the dictionary, src/i18n/), its
 * hidden search keywords, and for a page built from many files (/stats/) the figures and sources its text names.
 */
export const PageSchema = z
	.object({
		/** When the file was last written or checked against its sources (YYYY-MM-DD); pages print it as 「内容の確認」. */
		reviewed: ReviewedSchema.optional(),
		/** Hidden search keywords: words readers type for what the page shows. */
		keywords: z.array(z.string().trim().min(1)).min(1).optional(),
		/** Paragraphs (a string) or lists (their items) by a kebab-case key the page reads them by. */
		text: z.record(IdSchema, z.union([ProseSchema, z.array(ProseSchema).min(1)])).optional(),
		/** Sources of facts the page states in its own text, listed after those of its data files. */
		sources: SourcesSchema.optional(),
		/**
		 * Figures the page's text names without charting them (e.g. /stats/'s 約1割 from ICS-CERT), by a kebab-case
		 * key the page reads them by, each with the slide it comes from, so the page holds no figure of its own (#21).
		 */
		textFigures: TextFiguresSchema.optional(),
	})
	.strict();
export type PageFacts = z.infer<typeof PageSchema>;
