import { z } from 'astro/zod';

/** A date as precise as the source gives it: '2020', '2020-10' or '2020-06-12'. */
export const PartialDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD');

/** How well a fact is verified, as recorded in shared/reference. */
export const ConfidenceSchema = z.enum(['verified-2-sources', 'single-source', 'uncertain']);

/**
 * How well a shown fact is verified (the tag in shared/reference). `uncertain` is refused: a fact the
 * sources disagree on is left out, or mentioned as a disagreement in the `note` of a sourced fact.
 */
export const ShownConfidenceSchema = z.enum(['verified-2-sources', 'single-source'], {
	error: 'use verified-2-sources or single-source; leave uncertain facts out or say in a note that sources differ',
});
export type ShownConfidence = z.infer<typeof ShownConfidenceSchema>;

/** Where a figure or ranking comes from. Every fact on the site carries one. */
export const SourceSchema = z
	.object({
		/** Title of the document or page, as published. */
		title: z.string().min(1),
		/** Who published it (e.g. 'IPA', '経済産業省'). */
		publisher: z.string().min(1),
		/** When it was published, as precisely as known. */
		date: PartialDateSchema,
		/** Where it can be read. */
		url: z.url().optional(),
		/** A METI source document in shared/sources, by file name. */
		file: z
			.string()
			.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'name a file in shared/sources, e.g. 004_b0234059c48dec72.txt')
			.optional(),
		/** Public pages through which the fact was verified, when the original was not reachable. */
		via: z.array(z.url()).min(1).optional(),
		/** Page, slide or section within the document. */
		locator: z.string().optional(),
	})
	.strict()
	.refine((s) => s.url || s.file || s.via, {
		message: 'give a url, a file (shared/sources) or via (pages that verify it)',
		path: ['url'],
	});
export type Source = z.infer<typeof SourceSchema>;

/** One or more sources; never empty. */
export const SourcesSchema = z.array(SourceSchema).min(1, 'give at least one source');

/** A kebab-case identifier, the same as the file name where the file is the entry. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase kebab-case');
