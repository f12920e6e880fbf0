// English threat advice (issue 22): content/en/threats/<id>.yaml translates the 「まず何をするか」 list of
// content/threats/catalog/<id>.mdx item for item. When the Japanese list gains or loses an item and the
// English one is not updated, the build names the English file. Pure: the caller reads the MDX text.
import { ADVICE_HEADING, adviceItems } from '../threat-advice.ts';
import type { ContentProblem } from './problem.ts';

/** An English threat entry and the text of its Japanese original's MDX file (undefined if missing). */
export interface AdvicePair {
	file: string;
	id: string;
	advice: readonly string[];
	jaFile: string;
	jaSource: string | undefined;
}

/** Each English advice list has as many items as its original's 「まず何をするか」 list. */
export function checkEnglishAdvice(pairs: readonly AdvicePair[]): ContentProblem[] {
	const out: ContentProblem[] = [];
	for (const p of pairs) {
		// A missing original is reported by the English rules (rules/english.ts).
		if (p.jaSource === undefined) continue;
		const ja = adviceItems(p.jaSource).length;
		if (ja !== p.advice.length)
			out.push({
				file: p.file,
				entry: p.id,
				field: 'advice',
				message: `has ${p.advice.length} item(s) but the 「${ADVICE_HEADING}」 list of ${p.jaFile} has ${ja}: translate every item, in the same order`,
			});
	}
	return out;
}
