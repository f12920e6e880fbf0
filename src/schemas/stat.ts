import { z } from 'astro/zod';
import { SourcesSchema } from './source.ts';

/** How a figure relates to the true value when the source gives only a bound: 'over' = more than it (〜超). */
export const ApproxSchema = z.enum(['over']);
export type Approx = z.infer<typeof ApproxSchema>;

/**
 * The other words a source hedges a figure with: 'about' = 約…, 'nearly' = …弱 (a little less),
 * 'at-least' = 少なくとも…／…以上, 'at-most' = …以下.
 */
// A field of its own rather than more values of `approx`: authors already write `approx: over`,
// and its error message for an unknown value is part of the schema tests.
export const QualifierSchema = z.enum(['about', 'nearly', 'at-least', 'at-most']);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** One labelled figure of a stat. */
export const StatRowSchema = z
	.object({
		/** What the figure is for, e.g. a date or an answer in a survey. */
		label: z.string().min(1),
		/** The figure, in the stat's unit. */
		value: z.number(),
		/** Set when the source gives only a bound (e.g. 「10万件超」); the value is then that bound. */
		approx: ApproxSchema.optional(),
		/** Set when the source hedges the figure in other words (約, 弱, 少なくとも, 以下). */
		qualifier: QualifierSchema.optional(),
		/** The whole the value is part of (e.g. 118 firms asked): the chart then shows a share, with both numbers. */
		of: z.number().positive().optional(),
		/** The share in percent, only where the source states it (e.g. 25 for 30 of 118); never computed. */
		share: z.number().min(0).max(100).optional(),
		/** A short note for the data table, e.g. what exactly was counted. */
		note: z.string().optional(),
	})
	.strict()
	.refine((r) => !(r.approx && r.qualifier), { message: 'give approx or qualifier, not both', path: ['qualifier'] })
	.refine((r) => r.of === undefined || (r.value >= 0 && r.value <= r.of), {
		message: 'a share must lie between 0 and its whole (of)',
		path: ['value'],
	})
	.refine((r) => r.share === undefined || (r.of !== undefined && Math.abs((r.value / r.of) * 100 - r.share) < 1), {
		message: 'a share needs its whole (of) and must match value / of within one percentage point',
		path: ['share'],
	});
export type StatRow = z.infer<typeof StatRowSchema>;

/** A labelled line across the bars, e.g. the base (1) when the bars are ratios to it. */
export const StatReferenceSchema = z
	.object({
		/** Where the line is drawn, in the stat's unit; the axis always reaches it. */
		value: z.number().positive(),
		/** What the line stands for, e.g. '米国・欧州 = 1'. */
		label: z.string().min(1),
	})
	.strict();
export type StatReference = z.infer<typeof StatReferenceSchema>;

/** One survey figure set for a chart (content/stats/<id>.yaml). */
export const StatSchema = z
	.object({
		/** Chart title in Japanese. */
		title: z.string().min(1),
		/** What the numbers measure and how to read them. */
		description: z.string().min(10),
		/** How the figures were gathered: who asked or counted whom, when, and how many took part. */
		method: z.string().min(10).optional(),
		/** What the source leaves unclear, shown as a note beside the chart. */
		caveat: z.string().min(10).optional(),
		/** Unit of every value, e.g. '%', '日', '件'. */
		unit: z.string(),
		/** A reference line, e.g. { value: 1, label: '米国・欧州 = 1' } for ratios. */
		reference: StatReferenceSchema.optional(),
		/** The data: one labelled value per row. */
		rows: z.array(StatRowSchema).min(1),
		/** Where the figures come from. */
		sources: SourcesSchema,
	})
	.strict()
	// A chart is either all shares or all plain bars: one axis cannot be both a count and a percentage.
	.refine((s) => s.rows.every((r) => r.of === undefined) || s.rows.every((r) => r.of !== undefined), {
		message: 'give every row a whole (of), or none',
		path: ['rows'],
	});
export type Stat = z.infer<typeof StatSchema>;
