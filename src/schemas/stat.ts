import { z } from 'astro/zod';
import { SourcesSchema } from './source.ts';

/** One survey figure set for a chart (content/stats/<id>.yaml). */
export const StatSchema = z
	.object({
		/** Chart title in Japanese. */
		title: z.string().min(1),
		/** What the numbers measure and how to read them. */
		description: z.string().min(10),
		/** Unit of every value, e.g. '%', '日', '件'. */
		unit: z.string(),
		/** The data: one labelled value per row. */
		rows: z
			.array(z.object({ label: z.string().min(1), value: z.number(), note: z.string().optional() }).strict())
			.min(1),
		/** Where the figures come from. */
		sources: SourcesSchema,
	})
	.strict();
export type Stat = z.infer<typeof StatSchema>;
