import { z } from 'astro/zod';
import { ReviewedSchema } from './site.ts';
import { PartialDateSchema, SourcesSchema } from './source.ts';

/** A place to ask for help (content/help/<id>.yaml). */
export const HelpContactSchema = z
	.object({
		/** When the facts in this file were last written or checked against their sources (YYYY-MM-DD); shown as 「内容の確認」. */
		reviewed: ReviewedSchema,
		/** Name of the desk or service. */
		name: z.string().min(1),
		/** Organisation that runs it. */
		organization: z.string().min(1),
		/** What to contact it about. */
		purpose: z.string().min(10),
		/** Phone number as published. */
		phone: z.string().optional(),
		/** Opening hours as published. */
		hours: z.string().optional(),
		/** Mail address as published. */
		email: z.email().optional(),
		/** Official page. */
		url: z.url(),
		/** When the contact data was last checked against the official page. */
		checked: PartialDateSchema,
		/** Where the contact data comes from. */
		sources: SourcesSchema,
		/** Changes an official page announced after the contact data's source, each with its own source. */
		changes: z
			.array(
				z
					.object({
						/** When the change took effect. */
						date: PartialDateSchema,
						/** What changed, in plain Japanese. */
						text: z.string().min(10),
						/** Where the change is announced. */
						sources: SourcesSchema,
					})
					.strict(),
			)
			.default([]),
	})
	.strict();
export type HelpContact = z.infer<typeof HelpContactSchema>;
