import { z } from 'astro/zod';
import { PartialDateSchema } from './source.ts';

/** One dated event of the policy timeline (the `events` list of a policy page's frontmatter). */
export const TimelineEventSchema = z
	.object({
		/** When it happened, as precisely as the source gives it; the chart places the event at this period. */
		date: PartialDateSchema,
		/** How the date reads when the source words it another way, e.g. '2017年末' or '2026年度末ごろ'. */
		dateLabel: z.string().min(1).optional(),
		/** What happened, in one short phrase (the chart cuts long ones; the list shows them whole). */
		label: z.string().min(1).max(60),
		/** A plan or target, not yet a fact; drawn hollow and marked 予定. */
		planned: z.boolean().optional(),
		/** Number of the page's source that records the event (1 = the first entry of `sources`). */
		source: z.number().int().min(1),
	})
	.strict();
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
