import { z } from 'astro/zod';
import { ReviewedSchema } from './site.ts';
import { ApproxSchema, QualifierSchema } from './stat.ts';
import { PartialDateSchema, ShownConfidenceSchema, SourcesSchema } from './source.ts';
import { HasEnglishSchema } from './english.ts';

/** One statement in our own words, with how well it is verified and where it comes from. */
export const ServiceStatementSchema = z
	.object({
		/** The statement, plain Japanese (です・ます), never a copied sentence. */
		text: z.string().min(5),
		/** The reference's confidence tag for it. */
		confidence: ShownConfidenceSchema,
		/** Where it comes from. */
		sources: SourcesSchema,
	})
	.strict();
export type ServiceStatement = z.infer<typeof ServiceStatementSchema>;

/** One price ceiling of the service standard, e.g. 1類 network monitoring ≤ ¥10,000 a month. */
export const PriceCeilingSchema = z
	.object({
		/** Class of service under standard 2.0 (2024): 1類 is the original class, 2類 the higher one. */
		class: z.enum(['1類', '2類']),
		/** Kind of monitoring or a short name of the class, e.g. ネットワーク一括監視型. */
		type: z.string().min(1),
		/** What that kind of service watches, in one short sentence. */
		description: z.string().min(5),
		/** The ceiling in yen, tax as the source states it; absent when no source gives the amount. */
		limit: z.number().int().positive().optional(),
		/** What the ceiling is charged per: a month, or a device and a month. */
		per: z.enum(['month', 'device-month']).optional(),
		/** What the reader should know beside the figure, e.g. that the amount was not found. */
		note: z.string().min(5).optional(),
		/** The reference's confidence tag for the row. */
		confidence: ShownConfidenceSchema,
		/** Where it comes from. */
		sources: SourcesSchema,
	})
	.strict()
	.refine((c) => (c.limit === undefined) === (c.per === undefined), {
		message: 'give limit and per together (per says what the limit is charged for)',
		path: ['per'],
	})
	.refine((c) => c.limit !== undefined || c.note !== undefined, {
		message: 'a ceiling without a limit needs a note saying the amount was not found',
		path: ['note'],
	});
export type PriceCeiling = z.infer<typeof PriceCeilingSchema>;

/** One dated step of the scheme, e.g. the first five services registered on 2021-04-15. */
export const ServiceMilestoneSchema = ServiceStatementSchema.extend({
	/** When it happened, as precisely as the source gives it. */
	date: PartialDateSchema,
	/** Where sources disagree on a detail (e.g. the month), said as such; never stated as fact. */
	note: z.string().min(5).optional(),
}).strict();

/** A figure about take-up, dated, e.g. 42 providers registered by March 2024. */
export const ServiceFigureSchema = z
	.object({
		/** What was counted, in Japanese. */
		label: z.string().min(1),
		/** The number. */
		value: z.number().nonnegative(),
		/** Unit, e.g. '社', '事業者'. */
		unit: z.string().min(1),
		/** The whole the value is part of (e.g. 148 firms of which 61 moved on). */
		of: z.number().positive().optional(),
		/** Set when the source gives only a bound (e.g. 「2,000を超える」). */
		approx: ApproxSchema.optional(),
		/** Set when the source hedges the figure in other words (約, 弱, 以上, 以下). */
		qualifier: QualifierSchema.optional(),
		/** How the source words the share, e.g. 約4割; shown beside the numbers, never computed. */
		note: z.string().min(1).optional(),
		/** The date the figure describes. */
		asOf: PartialDateSchema,
		/** The reference's confidence tag for it. */
		confidence: ShownConfidenceSchema,
		/** Where it comes from. */
		sources: SourcesSchema,
	})
	.strict()
	.refine((f) => !(f.approx && f.qualifier), { message: 'give approx or qualifier, not both', path: ['qualifier'] })
	.refine((f) => f.of === undefined || f.value <= f.of, { message: 'a part cannot exceed its whole (of)', path: ['value'] });
export type ServiceFigure = z.infer<typeof ServiceFigureSchema>;

/** The subsidy rate for one kind of applicant, e.g. 小規模事業者 2/3. */
export const SubsidyRateSchema = z
	.object({
		/** Who gets this rate; absent when the source gives one rate for everyone. */
		who: z.string().min(1).optional(),
		/** The rate as a fraction, e.g. '1/2'. */
		rate: z.string().regex(/^[1-9]\d*\/[1-9]\d*$/, "write the rate as a fraction, e.g. '1/2'"),
	})
	.strict();

/** One year's terms of the IT導入補助金 frame that pays for registered services. */
export const SubsidyRoundSchema = z
	.object({
		/** The year in the programme's name (IT導入補助金2022 → 2022). */
		year: z.number().int().min(2022).max(2100),
		/** The most one applicant can receive, in yen. */
		maxAmount: z.number().int().positive(),
		/** The subsidy rates. */
		rates: z.array(SubsidyRateSchema).min(1),
		/** The reference's confidence tag for it. */
		confidence: ShownConfidenceSchema,
		/** Where it comes from. */
		sources: SourcesSchema,
	})
	.strict();

/** The service standard, its price ceilings, its history and the subsidy (content/otasuketai-service/standard.yaml). */
export const ServiceStandardSchema = z
	.object({
		/** When the facts in this file were last written or checked against their sources (YYYY-MM-DD); shown as 「内容の確認」. */
		reviewed: ReviewedSchema,
		/** What the standard is and who runs the scheme. */
		standard: z.array(ServiceStatementSchema).min(1),
		/** The price ceilings, 1類 first. */
		priceCeilings: z.array(PriceCeilingSchema).min(1),
		/** What the higher 2類 class asks beyond 1類. */
		class2: z.array(ServiceStatementSchema).default([]),
		/** Dated steps of the scheme, oldest first (the pilots come from content/otasuketai/). */
		milestones: z.array(ServiceMilestoneSchema).min(1),
		/** Dated take-up figures; the page places each in the history at its date. */
		figures: z.array(ServiceFigureSchema).default([]),
		/** What is under way now and has no end date yet, e.g. the new-type pilot. */
		ongoing: z.array(ServiceStatementSchema).default([]),
		/** The IT導入補助金 frame that pays part of the fees of registered services. */
		subsidy: z
			.object({
				/** Name of the frame. */
				name: z.string().min(1),
				/** What it pays for and what it asks of applicants. */
				facts: z.array(ServiceStatementSchema).min(1),
				/** The terms, year by year, oldest first. */
				rounds: z.array(SubsidyRoundSchema).min(1),
			})
			.strict(),
		/** Sources of the service description every お助け隊 page shows, listed before each pilot's (the pages need them: the loader stops the build without them). */
		pageSources: SourcesSchema.optional(),
		/** IPA's page that lists the registered services, which every お助け隊 page links to (the loader stops the build without it). */
		serviceListUrl: z.url().optional(),
		/** True when content/en/otasuketai-service/<id>.yaml translates this entry (issue 22); the build checks both exist. */
		en: HasEnglishSchema,
	})
	.strict()
	.refine((s) => s.milestones.every((m, i) => i === 0 || s.milestones[i - 1]!.date <= m.date), {
		message: 'list the milestones oldest first',
		path: ['milestones'],
	})
	.refine((s) => s.subsidy.rounds.every((r, i) => i === 0 || s.subsidy.rounds[i - 1]!.year < r.year), {
		message: 'list the subsidy rounds oldest first, one per year',
		path: ['subsidy', 'rounds'],
	});
export type ServiceStandard = z.infer<typeof ServiceStandardSchema>;
