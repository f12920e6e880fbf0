import { z } from 'astro/zod';
import { DaySchema } from './site.ts';

/** What kind of change an update reports. */
export const UpdateKindSchema = z.enum(['new-page', 'new-edition', 'contact', 'data', 'correction']);

/** One entry of 更新情報 (content/updates/<YYYY-MM-DD>-<slug>.yaml): a change a reader can see, dated. */
export const UpdateSchema = z
	.object({
		/** The day the change was published (YYYY-MM-DD); orders the list and the feed. */
		date: DaySchema,
		/** What changed, as a short heading. */
		title: z.string().min(1).max(80),
		/** What changed and why it matters to a reader, in one or two sentences. */
		summary: z.string().min(10).max(400),
		/** Kind of change. */
		kind: UpdateKindSchema,
		/** Pages the change is on (paths on this site, e.g. /data/). */
		links: z.array(z.object({ label: z.string().min(1), href: z.string().regex(/^\/[a-z0-9/#.-]*$/, 'give a path on this site, e.g. /data/') }).strict()).default([]),
		/** For a change to the open data: the data version it made (MAJOR.MINOR.PATCH). */
		dataVersion: z
			.string()
			.regex(/^\d+\.\d+\.\d+$/, 'use MAJOR.MINOR.PATCH, e.g. 1.1.0')
			.optional(),
	})
	.strict()
	.refine((u) => (u.kind === 'data') === (u.dataVersion !== undefined), { message: 'give dataVersion on a data change, and only there', path: ['dataVersion'] });
export type Update = z.infer<typeof UpdateSchema>;
