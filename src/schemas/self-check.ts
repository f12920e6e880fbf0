import { z } from 'astro/zod';
import { ReviewedSchema } from './site.ts';
import { GUIDELINE_SECTION_KEYS } from '../vocab/guideline-sections.ts';
import { ACTORS, PARTS } from '../vocab/self-check.ts';
import { IdSchema, SourcesSchema } from './source.ts';
import { HasEnglishSchema } from './english.ts';

/** The three parts of IPA's 5分でできる！情報セキュリティ自社診断. */
export const SelfCheckPartSchema = z.enum(PARTS);

/** Who in a small firm acts on an item. */
export const ActorSchema = z.enum(ACTORS);

/** A key of the table of guideline sections; an unknown key names the keys that exist. */
export const GuidelineSectionKeySchema = z.enum(GUIDELINE_SECTION_KEYS, {
	error: (issue) => `${JSON.stringify(issue.input)} is not a guideline section: use one of ${GUIDELINE_SECTION_KEYS.join(', ')} (src/lib/content/guideline-sections.ts)`,
});

/** One of the 25 self-check items (content/self-check/<nn>.yaml). */
export const SelfCheckItemSchema = z
	.object({
		/** When the facts in this file were last written or checked against their sources (YYYY-MM-DD); shown as 「内容の確認」. */
		reviewed: ReviewedSchema,
		/** Item number 1–25, as in IPA's sheet. */
		number: z.number().int().min(1).max(25),
		/** Part: basic (1–5), employee (6–18), organization (19–25). */
		part: SelfCheckPartSchema,
		/** Short topic label. */
		topic: z.string().min(1),
		/** The question, in our own words. */
		question: z.string().min(10),
		/** Why it matters. */
		why: z.string().min(10),
		/** How to do it. */
		how: z.string().min(10),
		/** Who acts on it. */
		actor: ActorSchema,
		/** The 情報セキュリティ5か条 rule (1–5) a Part1 item puts into practice; its action links there. */
		basicRule: z.number().int().min(1).max(5).optional(),
		/** Key of the guideline section (src/lib/content/guideline-sections.ts) a Part2/3 item's action links to. */
		guideline: GuidelineSectionKeySchema.optional(),
		/** Catalog ids of the threats it protects against. */
		threats: z.array(IdSchema).default([]),
		/** Where the item's topic comes from. */
		sources: SourcesSchema,
		/** True when content/en/self-check/<id>.yaml translates this item (issue 22); the build checks both exist. */
		en: HasEnglishSchema,
	})
	.strict();
export type SelfCheckItem = z.infer<typeof SelfCheckItemSchema>;
