// One way to say a UI word in either language: t('nav.help', 'en'). Islands get their words as props
// (a Pick of the dictionary), so no dictionary ships to the browser whole.
import type { Locale } from '../vocab/locales.ts';
import { en } from './en.ts';
import { fill } from './fill.ts';
import { ja, type UiKey } from './ja.ts';

export type { UiKey };
const DICTIONARIES: Readonly<Record<Locale, Readonly<Record<UiKey, string>>>> = { ja, en };

/** The UI word for a key in a locale, with {name} placeholders filled from vars. */
export function t(key: UiKey, locale: Locale = 'ja', vars: Readonly<Record<string, string | number>> = {}): string {
	return fill(DICTIONARIES[locale][key], vars);
}

/** A bound t() for one locale, for a page or component that speaks one language. */
export function useTranslations(locale: Locale = 'ja'): (key: UiKey, vars?: Readonly<Record<string, string | number>>) => string {
	return (key, vars) => t(key, locale, vars);
}

/** The BCP 47 tag for `lang` attributes and Intl. */
export function langTag(locale: Locale): string {
	return locale === 'ja' ? 'ja' : 'en';
}

/** Some of the dictionary: the words an island or script needs, passed as a prop. */
export type Words<K extends UiKey> = Readonly<Record<K, string>>;

/** The words for `keys` in a locale, for an island's props (so no dictionary ships whole). */
export function pickWords<K extends UiKey>(locale: Locale, keys: readonly K[]): Words<K> {
	return Object.fromEntries(keys.map((k) => [k, t(k, locale)])) as Words<K>;
}
