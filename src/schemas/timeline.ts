import { z } from 'astro/zod';
import { PartialDateSchema } from './source.ts';

/**
 * A subject other pages list the timeline's events by, so they read them here instead of keeping a copy:
 * 'scs' = the SCS evaluation scheme (/policy/stars/); 'otasuketai-service' = steps the お助け隊 service history
 * (content/otasuketai-service/standard.yaml) also records, which a test holds in agreement with it.
 */
export const TimelineTopicSchema = z.enum(['scs', 'otasuketai-service']);
export type TimelineTopic = z.infer<typeof TimelineTopicSchema>;

/** One dated event of the policy timeline (the `events` list of a policy page's frontmatter). */
export const TimelineEventSchema = z
	.object({
		/** When it happened, as precisely as the source gives it; the chart places the event at this period. */
		date: PartialDateSchema,
		/** How the date reads when the source words it another way, e.g. '2017年末' or '2026年度末ごろ'. */
		dateLabel: z.string().min(1).optional(),
		/** What happened, in one short phrase (the chart cuts long ones; the list shows them whole). */
		label: z.string().min(1).max(60),
		/** More about it in a sentence or two, for lists (the timeline's list, a topic's table); the chart shows only the label. */
		detail: z.string().min(1).optional(),
		/** Subjects other pages list this event under. */
		topics: z.array(TimelineTopicSchema).default([]),
		/** A plan or target, not yet a fact; drawn hollow and marked 予定. */
		planned: z.boolean().optional(),
		/** Number of the page's source that records the event (1 = the first entry of `sources`). */
		source: z.number().int().min(1),
	})
	.strict();
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
