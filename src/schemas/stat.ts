import { z } from 'astro/zod';
import { ReviewedSchema } from './site.ts';
import { ShownConfidenceSchema, SourcesSchema } from './source.ts';

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
		/** The reference's tag, where it matters to the reader: 'single-source' is shown beside the figure. */
		confidence: ShownConfidenceSchema.optional(),
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

/** A row taken from a figure another content file already holds, so the number is written once. */
export const StatFigureRefSchema = z
	.object({
		/** The file that holds the figure: its folder under content/ and its name, e.g. 'otasuketai/2019'. */
		from: z.string().regex(/^(otasuketai|otasuketai-service)\/[a-z0-9-]+$/, "name a file with figures, e.g. 'otasuketai/2019' or 'otasuketai-service/standard'"),
		/** The figure's label in that file, exactly as written there. */
		figure: z.string().min(1),
		/** The row's label on the chart, when the figure's own label is too long or needs the year. */
		label: z.string().min(1).optional(),
		/** A note for the data table, in place of the figure's own note. */
		note: z.string().optional(),
	})
	.strict();
export type StatFigureRef = z.infer<typeof StatFigureRefSchema>;

/** Where a stat sits on /stats/: its place, the question its heading asks, and a page that puts it to use. */
export const StatPageSectionSchema = z
	.object({
		/** Place on /stats/, 1 first; each stat has its own. */
		order: z.number().int().positive(),
		/** The section's heading (h2): the question the figures answer. */
		heading: z.string().min(1),
		/** A page elsewhere on the site about the same subject. */
		related: z
			.object({
				/** Path of the page on this site, e.g. '/threats/targeted-attack/' or '/otasuketai/#teams'. */
				href: z.string().regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, "give a path on this site, e.g. '/threats/ransomware/' or '/otasuketai/#teams'"),
				/** Link text. */
				label: z.string().min(1),
			})
			.strict()
			.optional(),
	})
	.strict();
export type StatPageSection = z.infer<typeof StatPageSectionSchema>;

// The fields a stat has however its rows are given.
const StatFrame = {
	/** When the facts in this file were last written or checked against their sources (YYYY-MM-DD); shown as 「内容の確認」. */
	reviewed: ReviewedSchema,
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
};

// A chart is either all shares or all plain bars: one axis cannot be both a count and a percentage.
const sameKindOfRows = (rows: readonly { of?: number | undefined }[]) => rows.every((r) => r.of === undefined) || rows.every((r) => r.of !== undefined);
const SAME_KIND = { message: 'give every row a whole (of), or none', path: ['rows'] };

/** A survey figure set as a chart draws it: every row with its value, and every source. */
export const StatSchema = z
	.object({
		...StatFrame,
		/** The data: one labelled value per row. */
		rows: z.array(StatRowSchema).min(1),
		/** Where the figures come from. */
		sources: SourcesSchema,
	})
	.strict()
	.refine((s) => sameKindOfRows(s.rows), SAME_KIND);
export type Stat = z.infer<typeof StatSchema>;

/**
 * One survey figure set for a chart, as written in content/stats/<id>.yaml: its own rows with their
 * sources, or figures taken from another content file (which bring their sources with them).
 */
export const StatFileSchema = z
	.object({
		...StatFrame,
		/** The data written here: one labelled value per row. */
		rows: z.array(StatRowSchema).min(1).optional(),
		/** The data taken from figures other files hold, in chart order (instead of rows). */
		figures: z.array(StatFigureRefSchema).min(1).optional(),
		/** Where the rows written here come from; with figures, any source for the words around them. */
		sources: SourcesSchema.optional(),
		/** Its place and heading on /stats/; a stat without one follows the others, headed by its title. */
		section: StatPageSectionSchema.optional(),
	})
	.strict()
	.superRefine((s, ctx) => {
		if ((s.rows === undefined) === (s.figures === undefined))
			ctx.addIssue({ code: 'custom', path: ['rows'], message: 'give rows (figures written here) or figures (taken from another file), one of the two' });
		if (s.rows && !s.sources) ctx.addIssue({ code: 'custom', path: ['sources'], message: 'is required: give at least one source for the rows written here' });
		if (s.rows && !sameKindOfRows(s.rows)) ctx.addIssue({ code: 'custom', ...SAME_KIND });
	});
export type StatFile = z.infer<typeof StatFileSchema>;
