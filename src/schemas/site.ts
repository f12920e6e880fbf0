import { z } from 'astro/zod';

/** A day as YYYY-MM-DD (a check date or an update's date). */
export const DaySchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "use a day as 'YYYY-MM-DD' (quoted)");

/** When a content file's facts were last written or checked against their sources; shown as 「内容の確認」. */
export const ReviewedSchema = DaySchema;

/** Who runs this copy of the site and how to reach them (content/site.yaml). */
export const SiteConfigSchema = z
	.object({
		/** Site name shown in the header, titles and previews. */
		name: z.string().min(1),
		/** Who runs this copy; left out until it is known (a publishing build then stops). */
		operator: z
			.object({
				/** Person or organisation, as it wants to be named. */
				name: z.string().min(1),
				/** What it is, in one phrase (e.g. '〇〇商工会議所 中小企業相談所'). */
				description: z.string().min(1),
			})
			.strict()
			.optional(),
		/** Where readers report an error: a mail address or a form's URL (at least one). */
		contact: z
			.object({
				email: z.email().optional(),
				url: z.url().optional(),
			})
			.strict()
			.refine((c) => c.email || c.url, { message: 'give email or url', path: ['email'] })
			.optional(),
		/** Where the source code and content can be read. */
		repository: z.url().optional(),
		/** Licences of the code and of the text and data. */
		licence: z
			.object({
				/** SPDX id of the program's licence. */
				code: z.string().min(1),
				/** SPDX id of the licence of text and data. */
				content: z.string().min(1),
			})
			.strict(),
	})
	.strict();
export type SiteConfig = z.infer<typeof SiteConfigSchema>;
