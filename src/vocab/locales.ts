// The site's languages: Japanese is the default and authoritative, at the root; English under /en/. No imports.

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ja';
