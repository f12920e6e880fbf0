import { z } from 'astro/zod';
import { IdSchema, SourcesSchema } from './source.ts';

/**
 * A figure or date a page names in a sentence, as its source words it (「約1割」「5,000万円近く」「2017年12月ごろ」),
 * rather than charts or lists it. One shape wherever content holds one: content/pages/<page>.yaml
 * `textFigures` and a pilot's `textFigures` (content/otasuketai/<year>.yaml); src/lib/content/text-figure.ts reads them.
 */
const TextFigureSchema = z
	.object({
		/** The figure as the page prints it, e.g. '約1割', '230件'. */
		value: z.string().trim().min(1),
		/** Where it comes from; listed with the page's sources. */
		sources: SourcesSchema,
	})
	.strict();

/** A file's sentence figures, by the kebab-case key its page reads them by. */
export const TextFiguresSchema = z.record(IdSchema, TextFigureSchema);
