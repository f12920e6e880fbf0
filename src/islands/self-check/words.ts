// The self-check island's words: the page picks them from the dictionary (src/i18n, keys selfCheck.*) in
// its language and passes them as a prop, so the island ships no dictionary and speaks either language.
// Type-only imports: nothing from src/i18n/ja.ts or en.ts lands in the island's bundle.
import type { UiKey } from '../../i18n/ja.ts';
import { fill } from '../../i18n/fill.ts';
import type { Band } from '../../lib/self-check/scoring.ts';
import type { Actor, Answer, Part } from '../../lib/self-check/types.ts';
import type { ReportWords } from '../../lib/self-check/report.ts';
import type { ProblemKey, ProblemWords } from '../../lib/self-check/saved.ts';

/** A key of the self-check's words. */
export type SelfCheckKey = Extract<UiKey, `selfCheck.${string}`>;

/** Every self-check word in one language. */
export type SelfCheckWords = Readonly<Record<SelfCheckKey, string>>;

/** The island's bound helpers over its words. */
export interface Say {
	(key: SelfCheckKey, vars?: Readonly<Record<string, string | number>>): string;
	answer: (a: Answer) => string;
	part: (p: Part) => string;
	actor: (a: Actor) => string;
	/** Points with a true minus sign: 「4点」「−1点」, '4 points', '−1 point'; `signed` adds + and ±. */
	points: (n: number, signed?: boolean) => string;
	/** The CSV's and export summary's words. */
	report: ReportWords;
	/** What the decoder says is wrong with saved data or an import file. */
	problems: ProblemWords;
	/** The band's words. */
	band: (b: Band) => { range: string; state: string; next: string };
	/** The status line's words around its three numbers (answered, count, score), for the CSS counters before the script. */
	statusPieces: readonly [string, string, string, string];
}

/**
 * The words of a status template around its numbers, in order: '回答 {answered}/{count}問・いまの合計 {score}点' →
 * ['回答 ', '/', '問・いまの合計 ', '点']. Throws unless the template has exactly {answered}, {count}, {score} in
 * that order, the order the stylesheet's counters are drawn in.
 */
export function statusPieces(template: string): [string, string, string, string] {
	const pieces = template.split(/\{(answered|count|score)\}/);
	if (pieces.length !== 7 || pieces[1] !== 'answered' || pieces[3] !== 'count' || pieces[5] !== 'score')
		throw new Error(`selfCheck.status needs {answered}, {count} and {score} in that order: ${template}`);
	return [pieces[0]!, pieces[2]!, pieces[4]!, pieces[6]!];
}

/** Bind the helpers to one language's words. */
export function sayer(words: SelfCheckWords): Say {
	const say = ((key, vars) => fill(words[key], vars)) as Say;
	say.answer = (a) => words[`selfCheck.answer.${a}`];
	say.part = (p) => words[`selfCheck.part.${p}`];
	say.actor = (a) => words[`selfCheck.actor.${a}`];
	say.points = (n, signed = false) => {
		const number = n < 0 ? `−${-n}` : signed ? (n > 0 ? `+${n}` : `±0`) : String(n);
		return fill(words[Math.abs(n) === 1 ? 'selfCheck.point' : 'selfCheck.points'], { n: number });
	};
	say.statusPieces = statusPieces(words['selfCheck.status']);
	say.band = (b) => ({ range: words[`selfCheck.band.${b.id}.range`], state: words[`selfCheck.band.${b.id}.state`], next: words[`selfCheck.band.${b.id}.next`] });
	say.report = {
		answers: { yes: say.answer('yes'), partial: say.answer('partial'), no: say.answer('no'), unknown: say.answer('unknown') },
		unanswered: words['selfCheck.unanswered'],
		subtotal: words['selfCheck.csvSubtotal'],
		total: words['selfCheck.csvTotal'],
		answeredOf: (answered, count) => fill(words['selfCheck.csvAnswered'], { answered, count }),
		band: (b) => say.band(b).state,
		columns: [words['selfCheck.colNo'], words['selfCheck.csvPart'], words['selfCheck.colItem'], words['selfCheck.colAnswer'], words['selfCheck.colPoints'], words['selfCheck.csvDate']],
		note: words['selfCheck.exportNote'],
	};
	say.problems = Object.fromEntries(
		Object.keys(words)
			.filter((k) => k.startsWith('selfCheck.problem.'))
			.map((k) => [k.slice('selfCheck.problem.'.length), words[k as SelfCheckKey]]),
	) as Record<ProblemKey, string>;
	return say;
}
