import { csvTable } from '../csv.ts';
import { ANSWER_LABELS, POINTS, bandOf, scoreOf } from './scoring.ts';
import type { Answers, CheckItem, Part } from './types.ts';

/** An item as the report shows it. */
export interface ReportItem extends CheckItem {
	topic: string;
}

/**
 * CSV of one check: a row per item, then the part and total scores. Every row ends with the check's date
 * (YYYY-MM-DD): a column rather than a line above the header, so the file stays one table (RFC 4180)
 * and each row still says when it was true after rows from several files are pasted together.
 */
export function answersCsv(items: readonly ReportItem[], answers: Answers, partLabels: Readonly<Record<Part, string>>, date: string): string {
	const score = scoreOf(items, answers);
	const rows: (string | number | null)[][] = items.map((item) => {
		const a = answers[item.number];
		return [item.number, partLabels[item.part], item.topic, a === undefined ? '未回答' : ANSWER_LABELS[a], a === undefined ? null : POINTS[a]];
	});
	for (const p of score.parts) rows.push(['', partLabels[p.part], '小計', `${p.answered}/${p.count}問回答`, p.score]);
	rows.push(['', '', '合計（100点満点）', score.complete ? bandOf(score.score).state : `${score.answered}/${score.count}問回答`, score.score]);
	return csvTable(
		['No', 'パート', '項目', '回答', '点数', '診断日'],
		rows.map((r) => [...r, date]),
	);
}

/** The human-readable summary put into an exported JSON file. */
export function exportSummary(items: readonly CheckItem[], answers: Answers): Record<string, unknown> {
	const score = scoreOf(items, answers);
	return {
		note: 'Mamori 自社診断の書き出し。読み込むときは answers と history だけを使い、点数は計算し直します。',
		score: score.score,
		max: score.max,
		answered: score.answered,
		band: score.complete ? bandOf(score.score).state : null,
	};
}
