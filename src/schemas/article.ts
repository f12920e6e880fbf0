import { z } from 'astro/zod';
import { ReviewedSchema } from './site.ts';
import { IdSchema, PartialDateSchema, SourcesSchema } from './source.ts';
import { TimelineEventSchema } from './timeline.ts';
import { HasEnglishSchema } from './english.ts';
import { SupplyChainDiagramSchema } from './supply-chain-diagram.ts';

/** Frontmatter of a policy page (content/policy/<slug>.mdx). */
export const PolicyPageSchema = z
	.object({
		/** Page title in Japanese. */
		title: z.string().min(1),
		/** One sentence for search results and link previews. */
		description: z.string().min(10).max(160),
		/** Other words readers search for this page with (one word each); indexed for search, not shown. */
		keywords: z.array(z.string().min(1).regex(/^\S+$/, 'one word per keyword (no spaces)')).default([]),
		/** Position in the policy section's navigation (1 first). */
		order: z.number().int().min(1),
		/** When the facts in this file were last written or checked against their sources (YYYY-MM-DD); shown as 「内容の確認」. */
		reviewed: ReviewedSchema,
		/** Sources for the facts on the page. */
		sources: SourcesSchema,
		/** Dated events drawn as the policy timeline; each names one of this page's sources by number. */
		events: z.array(TimelineEventSchema).min(1).optional(),
		/** True when content/en/policy/<id>.yaml translates this entry (issue 22); the build checks both exist. */
		en: HasEnglishSchema,
		/** the facts of the supply-chain diagram the page draws (<SupplyChainDiagram />). */
		supplyChainDiagram: SupplyChainDiagramSchema.optional(),
	})
	.strict()
	.superRefine((page, ctx) => {
		page.events?.forEach((e, i) => {
			if (e.source > page.sources.length)
				ctx.addIssue({ code: 'custom', path: ['events', i, 'source'], message: `is ${e.source} but the page lists ${page.sources.length} source(s): number them from 1 in the order of \`sources\`` });
		});
		const diagram = page.supplyChainDiagram;
		if (diagram && diagram.source > page.sources.length)
			ctx.addIssue({
				code: 'custom',
				path: ['supplyChainDiagram', 'source'],
				message: `is ${diagram.source} but the page lists ${page.sources.length} source(s): number them from 1 in the order of \`sources\``,
			});
	});
export type PolicyPage = z.infer<typeof PolicyPageSchema>;

/** Frontmatter of an incident case (content/cases/<id>.mdx). */
export const CaseSchema = z
	.object({
		/** When the facts in this file were last written or checked against their sources (YYYY-MM-DD); shown as 「内容の確認」. */
		reviewed: ReviewedSchema,
		/** Case title in Japanese. */
		title: z.string().min(1),
		/** When it happened or was found, as precisely as the source gives it; orders the cases. */
		date: PartialDateSchema,
		/** Shown instead of the date when the source gives a period, not a date (e.g. '2019年度', '2015年・2016年'). */
		dateLabel: z.string().min(1).optional(),
		/** One sentence for search results and the cases index. */
		summary: z.string().min(10).max(200),
		/** Other words readers search for this case with (one word each); indexed for search, not shown. */
		keywords: z.array(z.string().min(1).regex(/^\S+$/, 'one word per keyword (no spaces)')).default([]),
		/** Catalog ids of the threats it illustrates. */
		threats: z.array(IdSchema).min(1),
		/** 5か条 rules that would have stopped or limited it. */
		basicRules: z.array(z.number().int().min(1).max(5)).default([]),
		/** Self-check items that would have stopped or limited it. */
		selfCheck: z.array(z.number().int().min(1).max(25)).default([]),
		/** Sources for the facts in the case. */
		sources: SourcesSchema,
	})
	.strict();
export type Case = z.infer<typeof CaseSchema>;
