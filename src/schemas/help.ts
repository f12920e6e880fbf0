import { z } from 'astro/zod';
import { IdSchema, PartialDateSchema } from './source.ts';
import { HasEnglishSchema } from './english.ts';

/** A full date, YYYY-MM-DD: the day a fact was checked. */
export const CheckDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'use YYYY-MM-DD (the day it was checked)');

// Archive and cache hosts: a reader must be sent to the organisation itself, so these go in `via` only.
const COPY_HOSTS = /(^|\.)(megalodon\.jp|archive\.org|archive\.(today|ph|is|li)|cache\.yimg\.jp|webcache\.googleusercontent\.com)$/;

/** The organisation's own page, as a reader should open it (never an archived copy). */
export const OwnUrlSchema = z.url().refine((u) => !COPY_HOSTS.test(new URL(u).hostname) && !/^[\d.]+$/.test(new URL(u).hostname), {
	message: "give the organisation's own (original) URL; put an archived copy in via",
});

/**
 * A page on an organisation's own site that a help fact comes from. Unlike the general source, the link
 * shown is always the original page; copies used to read it are recorded in `via` but not linked.
 */
export const OwnPageSourceSchema = z
	.object({
		/** Title of the page, as published. */
		title: z.string().min(1),
		/** Who runs the page (the organisation, or the police force whose page it is). */
		publisher: z.string().min(1),
		/** The page's own date (公開日・更新日), when the page shows one. */
		date: PartialDateSchema.optional(),
		/** The original URL. */
		url: OwnUrlSchema,
		/** Copies through which the page was read when the original was not reachable; recorded, not linked. */
		via: z.array(z.url()).min(1).optional(),
		/** Section of the page the fact is in. */
		locator: z.string().optional(),
	})
	.strict();
export type OwnPageSource = z.infer<typeof OwnPageSourceSchema>;

/** A phone number confirmed on the organisation's own page. */
const PhoneSchema = z
	.object({
		/** The number as published, e.g. '110' or '#9110'. */
		number: z.string().regex(/^[#\d][\d-]*$/, 'digits, hyphens and a leading # only'),
		/** When to use it, in plain Japanese. */
		label: z.string().min(2),
	})
	.strict();

/** A place to ask for help (content/help/<id>.yaml). */
export const HelpContactSchema = z
	.object({
		/** Name of the desk or service. */
		name: z.string().min(1),
		/** Organisation that runs it. */
		organization: z.string().min(1),
		/** What to contact it about. */
		purpose: z.string().min(10),
		/** What it does for a firm that contacts it (from its own page). */
		does: z.array(z.string().min(5)).min(1),
		/** What it does not do, where its own page says so. */
		doesNot: z.array(z.string().min(5)).default([]),
		/** Phone numbers confirmed on the organisation's own page; leave out any that are not. */
		phones: z.array(PhoneSchema).default([]),
		/** Mail address confirmed on the organisation's own page. */
		email: z.email().optional(),
		/** The organisation's own page to open first (original URL). */
		url: OwnUrlSchema,
		/** What the page at `url` is, e.g. 'オンライン受付窓口'. */
		urlLabel: z.string().min(2),
		/** Details a reader must look up on that page because they are not confirmed here (number, hours…). */
		unconfirmed: z.string().min(5).optional(),
		/** The day these facts were checked against the organisation's own page. */
		checked: CheckDateSchema,
		/** Own pages the facts come from. */
		sources: z.array(OwnPageSourceSchema).min(1, 'give at least one source'),
		/** True when content/en/help/<id>.yaml translates this entry (issue 22); the build checks both exist. */
		en: HasEnglishSchema,
	})
	.strict();
export type HelpContact = z.infer<typeof HelpContactSchema>;

/** A situation page: what to do in the first hour when something has gone wrong (content/help-situations/<slug>.yaml). */
export const HelpSituationSchema = z
	.object({
		/** The situation as the reader would say it, e.g. 怪しいメールや添付ファイルを開いてしまった. */
		title: z.string().min(5).max(40),
		/** One sentence saying who this page is for. */
		summary: z.string().min(10).max(120),
		/** Place in the chooser on /help/ (1 first). */
		order: z.number().int().min(1),
		/** Words people type when this happens; indexed for search, not shown. */
		keywords: z.array(z.string().min(1).regex(/^\S+$/, 'one word per keyword (no spaces)')).default([]),
		/** First hour, as short numbered steps. */
		firstHour: z
			.array(z.object({ step: z.string().min(4).max(40), detail: z.string().min(4).max(160) }).strict())
			.min(3)
			.max(7),
		/** What not to do, each with why. */
		dont: z
			.array(z.object({ dont: z.string().min(4).max(40), why: z.string().min(4).max(140) }).strict())
			.min(1)
			.max(4),
		/** What to keep for later (logs, the mail, screenshots, a timeline). */
		keep: z.array(z.string().min(4).max(80)).min(2).max(6),
		/** Whom to contact, in order, and what to ask each for in this situation. */
		contacts: z.array(z.object({ id: IdSchema, when: z.string().min(4).max(120) }).strict()).min(1),
		/** A legal duty that may apply, with the contact it goes to. */
		duty: z
			.object({ text: z.string().min(10).max(300), contact: IdSchema })
			.strict()
			.optional(),
		/** Catalog ids of the threats behind this situation; their pages link back here. */
		threats: z.array(IdSchema).min(1),
		/** 5か条 rules that would have prevented it. */
		basicRules: z.array(z.number().int()).default([]),
		/** Self-check item numbers that would have prevented it. */
		selfCheck: z.array(z.number().int()).default([]),
		/** Own pages with more on this situation. */
		readMore: z.array(OwnPageSourceSchema).default([]),
		/** Own pages the steps come from. */
		sources: z.array(OwnPageSourceSchema).min(1, 'give at least one source'),
		/** The day the page's facts were checked against its sources. */
		reviewed: CheckDateSchema,
		/** True when content/en/help-situations/<id>.yaml translates this entry (issue 22); the build checks both exist. */
		en: HasEnglishSchema,
	})
	.strict();
export type HelpSituation = z.infer<typeof HelpSituationSchema>;
