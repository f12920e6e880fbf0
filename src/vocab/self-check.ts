// The closed lists of the self-check: answers, parts of the sheet and who acts. Schemas and src/lib both
// read them; no imports.

/** The four answers of IPA's 自社診断, in the order the sheet prints them. */
export const ANSWERS = ['yes', 'partial', 'no', 'unknown'] as const;
export type Answer = (typeof ANSWERS)[number];

/** The three parts of the sheet, in order. */
export const PARTS = ['basic', 'employee', 'organization'] as const;
export type Part = (typeof PARTS)[number];

/** Who acts on an item in a small firm. */
export const ACTORS = ['owner', 'it', 'everyone'] as const;
export type Actor = (typeof ACTORS)[number];
