import { z } from 'astro/zod';
import { ReviewedSchema } from './site.ts';
import { ConfidenceSchema, IdSchema, SourcesSchema } from './source.ts';
import { LIST_KINDS } from '../vocab/threat-lists.ts';

/** The two lists of 情報セキュリティ10大脅威. */
export const ListKindSchema = z.enum(LIST_KINDS);
export type ListKind = z.infer<typeof ListKindSchema>;

/** One threat in one list of one edition, as IPA printed it. */
export const EditionEntrySchema = z
	.object({
		/** Rank 1–10; absent in an unranked list (the individual list from 2024). */
		rank: z.number().int().min(1).max(10).optional(),
		/** Catalog id of the threat (content/threats/catalog/<id>.mdx). */
		threat: IdSchema,
		/** Title exactly as printed that year; null where the wording is not verified. */
		title: z.string().min(1).nullable(),
		/** True where the edition marked the entry as new (初選出). */
		new: z.boolean().optional(),
		/** Previous edition's rank as the cited source prints it (null: printed as out of the ranking). */
		previousRank: z.number().int().min(1).nullable().optional(),
		/** Threat of the previous edition this entry was split out of (2019: the combined card/banking item); never 「圏外から」. */
		splitFrom: IdSchema.optional(),
		/** With splitFrom: IPA's own counters count the predecessor's years for this threat, so its history runs through them. */
		continuesPredecessor: z.boolean().optional(),
		/** Threats of the previous edition that IPA folded into this entry (its rank change is partly due to the merge). */
		mergedFrom: z.array(IdSchema).min(1).optional(),
		/** What an author should know about this entry (conflicts, gaps). */
		note: z.string().optional(),
	})
	.strict()
	.refine((e) => e.title !== null || e.note, {
		message: 'an entry whose wording is unknown (title: null) needs a note saying why',
		path: ['note'],
	});
export type EditionEntry = z.infer<typeof EditionEntrySchema>;

/** One list (organization or individual) of one edition. */
export const EditionListSchema = z
	.object({
		/** False where IPA published the list without ranks (五十音順). */
		ranked: z.boolean(),
		/** Entries in the order printed. */
		entries: z.array(EditionEntrySchema).min(1).max(10),
		/** Where the list comes from. */
		sources: SourcesSchema,
		/** How well the list is verified. */
		confidence: ConfidenceSchema,
		/** Gaps and conflicts a reader should see. */
		note: z.string().optional(),
	})
	.strict();
export type EditionList = z.infer<typeof EditionListSchema>;

/** One edition of IPA's 情報セキュリティ10大脅威 (content/threats/editions/<year>.yaml). */
export const EditionSchema = z
	.object({
		/** When the facts in this file were last written or checked against their sources (YYYY-MM-DD); shown as 「内容の確認」. */
		reviewed: ReviewedSchema,
		/** Edition year as in the title, e.g. 2026 for 「情報セキュリティ10大脅威 2026」. */
		edition: z.number().int().min(2016).max(2100),
		/** Ranking for organisations (組織). */
		organization: EditionListSchema,
		/** Ranking for individuals (個人). */
		individual: EditionListSchema,
	})
	.strict();
export type Edition = z.infer<typeof EditionSchema>;
