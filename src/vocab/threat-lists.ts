// The two lists of 情報セキュリティ10大脅威, in the order the site shows them. No imports.

/** The list kinds, organisations' list first. */
export const LIST_KINDS = ['organization', 'individual'] as const;
