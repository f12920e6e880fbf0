// The keys of the guideline sections a self-check item may link to. The schema checks items against
// them; src/lib/content/guideline-sections.ts gives each key its link and must cover every one. No imports.

/** Every guideline section key, as a non-empty tuple for z.enum. */
export const GUIDELINE_SECTION_KEYS = [
	'rule-1',
	'rule-2',
	'rule-3',
	'rule-4',
	'rule-5',
	'principle-1',
	'principle-2',
	'principle-3',
	'action-1',
	'action-2',
	'action-3',
	'action-4',
	'action-5',
	'action-6',
	'action-7',
	'step-up-1',
	'step-up-2',
	'step-up-3',
] as const;

/** Key of a guideline section. */
export type GuidelineSectionKey = (typeof GUIDELINE_SECTION_KEYS)[number];
