import { pickWords } from '../../../src/i18n/index.ts';
import { ja } from '../../../src/i18n/ja.ts';
import { sayer, type SelfCheckKey } from '../../../src/islands/self-check/words.ts';

// The self-check's words as a page passes them to the island: picked from the dictionary in one language.
const keys = (Object.keys(ja) as (keyof typeof ja)[]).filter((k): k is SelfCheckKey => k.startsWith('selfCheck.'));

/** The Japanese page's words. */
export const jaSay = sayer(pickWords('ja', keys));

/** The English page's words. */
export const enSay = sayer(pickWords('en', keys));
