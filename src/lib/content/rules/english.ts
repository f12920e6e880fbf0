// Rules of the English edition (issue 22): every English entry names its Japanese original, and a Japanese
// entry that declares an English version (`en: true`) has one.
import { COLLECTIONS, ENGLISH_ORIGINALS, type CollectionName } from '../collections.ts';
import { problemAt, type ContentProblem, type RuleInput } from './problem.ts';

/** The other side's file, named as this side's is (under the same content root). */
function swap(file: string, from: { dir: string; ext: string }, to: { dir: string; ext: string }): string {
	return file.replace(`/${from.dir}/`, `/${to.dir}/`).replace(new RegExp(`${from.ext.replace('.', '\\.')}$`), to.ext);
}

/** English entries and their Japanese originals point at each other. */
export function englishRules({ valid, ids }: RuleInput): ContentProblem[] {
	const out: ContentProblem[] = [];
	for (const [enName, jaName] of Object.entries(ENGLISH_ORIGINALS) as [CollectionName, CollectionName][]) {
		const ja = COLLECTIONS[jaName];
		const en = COLLECTIONS[enName];
		for (const e of valid[enName] as { file: string; id: string; data: { original: string } }[]) {
			if (e.data.original !== e.id) out.push(problemAt(e, 'original', `"${e.data.original}" must be this file's name (the English page has the Japanese page's path)`));
			else if (!ids[jaName].has(e.id)) out.push(problemAt(e, 'original', `names no Japanese original: ${swap(e.file, en, ja)} does not exist`));
		}
		const english = new Set(valid[enName].map((e) => e.id));
		for (const j of valid[jaName] as { file: string; id: string; data: { en?: boolean } }[]) {
			if (j.data.en === true && !ids[enName].has(j.id)) out.push(problemAt(j, 'en', `declares an English version, but ${swap(j.file, ja, en)} does not exist`));
			if (j.data.en !== true && english.has(j.id)) out.push(problemAt(j, 'en', `${swap(j.file, ja, en)} translates this entry: add en: true`));
		}
	}
	return out;
}
