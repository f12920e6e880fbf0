import { csvTable } from '../csv.ts';
import { POINTS, bandOf, scoreOf, type Band } from './scoring.ts';
import type { Answer, Answers, CheckItem, Part } from './types.ts';

/** An item as the report shows it. */
export interface ReportItem extends CheckItem {
	topic: string;
}

/** The words of the CSV and the export summary in the page's language (selfCheck.* of the dictionary). */
export interface ReportWords {
	answers: Readonly<Record<Answer, string>>;
	unanswered: string;
	subtotal: string;
	total: string;
	/** "{answered}/{count}" answered. */
	answeredOf: (answered: number, count: number) => string;
	/** The result band's state. */
	band: (band: Band) => string;
	/** Column headings: No, part, item, answer, points, date. */
	columns: readonly [string, string, string, string, string, string];
	/** The note in an exported file for people who open it. */
	note: string;
}

/**
 * CSV of one check: a row per item, then the part and total scores. Every row ends with the check's date
 * (YYYY-MM-DD): a column rather than a line above the header, so the file stays one table (RFC 4180)
 * and each row still says when it was true after rows from several files are pasted together.
 */
export function answersCsv(items: readonly ReportItem[], answers: Answers, partLabels: Readonly<Record<Part, string>>, date: string, words: ReportWords): string {
	const score = scoreOf(items, answers);
	const rows: (string | number | null)[][] = items.map((item) => {
		const a = answers[item.number];
		return [item.number, partLabels[item.part], item.topic, a === undefined ? words.unanswered : words.answers[a], a === undefined ? null : POINTS[a]];
	});
	for (const p of score.parts) rows.push(['', partLabels[p.part], words.subtotal, words.answeredOf(p.answered, p.count), p.score]);
	rows.push(['', '', words.total, score.complete ? words.band(bandOf(score.score)) : words.answeredOf(score.answered, score.count), score.score]);
	return csvTable(
		[...words.columns],
		rows.map((r) => [...r, date]),
	);
}

/** The human-readable summary put into an exported JSON file. */
export function exportSummary(items: readonly CheckItem[], answers: Answers, words: ReportWords): Record<string, unknown> {
	const score = scoreOf(items, answers);
	return {
		note: words.note,
		score: score.score,
		max: score.max,
		answered: score.answered,
		band: score.complete ? words.band(bandOf(score.score)) : null,
	};
}
