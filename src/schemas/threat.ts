import { z } from 'astro/zod';
import { ReviewedSchema } from './site.ts';
import { IdSchema, SourcesSchema } from './source.ts';
import { HasEnglishSchema } from './english.ts';

/** Frontmatter of a threat catalog entry (content/threats/catalog/<id>.mdx); the body explains it. */
export const ThreatSchema = z
	.object({
		/** When the facts in this file were last written or checked against their sources (YYYY-MM-DD); shown as 「内容の確認」. */
		reviewed: ReviewedSchema,
		/** Short Japanese name used in headings and charts, e.g. 'ランサムウェア'. */
		title: z.string().min(1).max(40),
		/** English name. */
		titleEn: z.string().min(1),
		/** One or two sentences on what the threat is, in plain Japanese. */
		summary: z.string().min(20).max(200),
		/** Other names readers type for it (English, abbreviations, everyday words); indexed for search, not shown. */
		keywords: z.array(z.string().min(1).regex(/^\S+$/, 'one word per keyword (no spaces)')).default([]),
		/** Numbers (1–5) of the 情報セキュリティ5か条 rules that protect against it. */
		basicRules: z.array(z.number().int().min(1).max(5)).default([]),
		/** Self-check item numbers (1–25) that protect against it. */
		selfCheck: z.array(z.number().int().min(1).max(25)).default([]),
		/** Catalog ids of closely related threats. */
		related: z.array(IdSchema).default([]),
		/** Sources for the facts in the entry. */
		sources: SourcesSchema,
		/** True when content/en/threats/<id>.yaml translates this entry (issue 22); the build checks both exist. */
		en: HasEnglishSchema,
	})
	.strict();
export type Threat = z.infer<typeof ThreatSchema>;
