import { z } from 'astro/zod';

// A word as readers type it, already folded the way the search folds queries (NFKC: no full-width
// letters), so an entry can never silently fail to match.
const TermSchema = z
	.string()
	.trim()
	.min(1)
	.max(40)
	.refine((t) => t === t.normalize('NFKC'), 'write it as the search folds it: half-width letters and digits (NFKC)');

/** The search vocabulary (content/search/terms.yaml): the one table of variants, related words and common words. */
export const SearchTermsSchema = z
	.object({
		/** Spellings of one word: a query with any of them also finds pages with the others (漏洩/漏えい). */
		variants: z.array(z.array(TermSchema).min(2, 'a variant group needs at least two spellings')),
		/** Words readers type for a thing the site calls by another name; one way, from → to (請求書 → ビジネスメール詐欺). */
		related: z.array(
			z
				.object({
					/** What readers type. */
					from: z.array(TermSchema).min(1),
					/** The site's words for it. */
					to: z.array(TermSchema).min(1),
				})
				.strict(),
		),
		/** Pages a whole query plainly asks for (「お助け隊」 → /otasuketai/), put first whatever else matches. */
		pages: z.array(
			z
				.object({
					/** The page's path, e.g. /otasuketai/. */
					url: z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'a site path such as /otasuketai/ (lowercase, ending in /)'),
					/** Whole queries (after common words are left out) that ask for it. */
					queries: z.array(TermSchema).min(1),
				})
				.strict(),
		),
		/** Words that say little about what is sought (危険, どこ, 方法): left out of a search rather than emptying it. */
		common: z.array(TermSchema).min(1),
	})
	.strict()
	.superRefine((data, ctx) => {
		// A spelling in two groups would join them silently; say which.
		const seen = new Map<string, number>();
		data.variants.forEach((group, g) =>
			group.forEach((term, i) => {
				const key = term.toLowerCase();
				const first = seen.get(key);
				if (first !== undefined && first !== g) ctx.addIssue({ code: 'custom', path: ['variants', g, i], message: `"${term}" is already in variants[${first}]: merge the two groups` });
				else seen.set(key, g);
			}),
		);
		data.common.forEach((term, i) => {
			if (seen.has(term.toLowerCase()))
				ctx.addIssue({ code: 'custom', path: ['common', i], message: `"${term}" is also in variants: a common word is left out of searches, so it cannot have variants` });
		});
	});
export type SearchTerms = z.infer<typeof SearchTermsSchema>;
