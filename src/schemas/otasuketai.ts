import { z } from 'astro/zod';
import { ReviewedSchema } from './site.ts';
import { PREFECTURE_CODES } from '../vocab/prefectures.ts';
import { IdSchema, SourcesSchema } from './source.ts';
import { TextFiguresSchema } from './text-figure.ts';

/** A JIS X 0401 prefecture code, '01'–'47'. */
export const PrefectureCodeSchema = z.enum(PREFECTURE_CODES, {
	error: 'use a two-digit JIS prefecture code from 01 to 47',
});

/** A figure reported for a pilot, e.g. 1,064 participating SMEs. */
export const FigureSchema = z
	.object({
		/** What was counted, in Japanese. */
		label: z.string().min(1),
		/** The number. */
		value: z.number(),
		/** Unit, e.g. '社', '件'. */
		unit: z.string(),
		/** Where the figure comes from. */
		sources: SourcesSchema,
	})
	.strict();

/** One お助け隊 team of a pilot year. */
export const TeamSchema = z
	.object({
		/** Stable id used in URLs (/otasuketai/teams/<id>/). */
		id: IdSchema,
		/** Team number in the pilot, where the source numbers them. */
		number: z.number().int().min(1).optional(),
		/** Region teams serve prefectures; industry teams serve an industry nationwide. */
		kind: z.enum(['region', 'industry']),
		/** Name of the area or industry served, as the source gives it. */
		area: z.string().min(1),
		/** Prefectures served (region teams); empty for nationwide industry teams. */
		prefectures: z.array(PrefectureCodeSchema).default([]),
		/**
		 * Prefectures the source's area name may take in but does not list (「九州6県」 without the six):
		 * shown as "may have served", never counted as served.
		 */
		maybePrefectures: z.array(PrefectureCodeSchema).default([]),
		/** Lead organisation, where the source names it (the 2019 slide lists only the regions). */
		lead: z.string().min(1).optional(),
		/** Every member organisation, insurers included. */
		members: z.array(z.string().min(1)).default([]),
	})
	.strict()
	.refine((t) => t.kind === 'industry' || t.prefectures.length > 0, {
		message: 'a region team needs at least one prefecture code',
		path: ['prefectures'],
	})
	.refine((t) => !t.maybePrefectures.some((code) => t.prefectures.includes(code)), {
		message: 'a prefecture the source names belongs in prefectures only, not also in maybePrefectures',
		path: ['maybePrefectures'],
	});
export type Team = z.infer<typeof TeamSchema>;

/** One お助け隊 pilot year (content/otasuketai/<year>.yaml). */
export const PilotSchema = z
	.object({
		/** When the facts in this file were last written or checked against their sources (YYYY-MM-DD); shown as 「内容の確認」. */
		reviewed: ReviewedSchema,
		/** Fiscal year the pilot ran, e.g. 2019 for 令和元年度. */
		year: z.number().int().min(2019).max(2100),
		/** The same fiscal year in the Japanese era, as the sources write it (令和元年度); shown after the year. */
		eraYear: z
			.string()
			.regex(/^令和(元|[1-9][0-9]*)年度$/, 'write the era year as the sources do, e.g. 令和元年度 or 令和2年度')
			.optional(),
		/** Official name of the project. */
		name: z.string().min(1),
		/** Teams that ran it. */
		teams: z.array(TeamSchema).min(1),
		/**
		 * what the sources count this year's teams as, the unit after their number on /otasuketai/
		 * (2019: 地域, the slide's 「全8地域」; 2020: チーム, its 「チームリスト」).
		 */
		teamUnit: z.string().trim().min(1),
		/** Figures the sources report. */
		figures: z.array(FigureSchema).default([]),
		/** Sources for the pilot as a whole. */
		sources: SourcesSchema,
		/** house5 (#21): figures a page names in a sentence as the source words them (5,000万円近く), not in the figures list. */
		textFigures: TextFiguresSchema.optional(),
	})
	.strict();
export type Pilot = z.infer<typeof PilotSchema>;
