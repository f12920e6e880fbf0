import { z } from 'astro/zod';
import { richTextProblem } from '../vocab/rich-text.ts';
import { ReviewedSchema } from './site.ts';
import { IdSchema } from './source.ts';

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
 * The prose of a Japanese-only page written by hand in its route file before (#21), e.g. /about/ or
 * /for-chambers/ (content/page-text/<page>.yaml): paragraphs and list items by a kebab-case key the
 * page reads them by. Short UI words (headings, labels) stay in the dictionary (src/i18n/).
 */
export const PageTextSchema = z
	.object({
		/** When the text was last written or checked against its sources (YYYY-MM-DD); the page prints it as 「内容の確認」. */
		reviewed: ReviewedSchema.optional(),
		/** Each paragraph (a string) or list (its items) by key. */
		text: z.record(IdSchema, z.union([ProseSchema, z.array(ProseSchema).min(1)])),
	})
	.strict();
export type PageText = z.infer<typeof PageTextSchema>;
