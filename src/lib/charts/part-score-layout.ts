import { round2, type ChartSize } from './types.ts';

// Per-part bars of the self-check result. Plain arithmetic rather than d3-scale: the island that
// draws this ships to phones, and a proportion needs no library.

/** One part's score, and optionally the same part in the previous kept result. */
export interface PartScoreInput {
	label: string;
	score: number;
	max: number;
	previous?: number | undefined;
}

/** One bar row. */
export interface PartScoreRow {
	label: string;
	/** Baseline y of the label above the bar. */
	labelY: number;
	/** Top of the bar and its track. */
	barY: number;
	barHeight: number;
	/** Width of the full-marks track. */
	trackWidth: number;
	/** Width of the score (0 for a score at or below zero). */
	barWidth: number;
	/** Share of full marks, 0–100, rounded (the value's words, 「12 / 20点」, are the island's: selfCheck.partScore). */
	percent: number;
	/** X of the previous result's marker, or null without one. */
	previousX: number | null;
}

export interface PartScoreLayout extends ChartSize {
	/** Left edge of every bar. */
	x: number;
	rows: PartScoreRow[];
}

const LABEL = 20;
const BAR = 18;
const GAP = 14;

/** Lay out one bar per part: label above, a full-marks track, the score bar and an optional previous-result tick. */
export function layoutPartScores(parts: readonly PartScoreInput[], width = 320): PartScoreLayout {
	const x = 0;
	const track = width;
	const share = (score: number, max: number) => (max > 0 ? Math.min(1, Math.max(0, score / max)) : 0);
	const rows = parts.map((p, i): PartScoreRow => {
		const top = i * (LABEL + BAR + GAP);
		return {
			label: p.label,
			labelY: top + LABEL - 6,
			barY: top + LABEL,
			barHeight: BAR,
			trackWidth: track,
			barWidth: round2(track * share(p.score, p.max)),
			percent: Math.round(100 * share(p.score, p.max)),
			previousX: p.previous === undefined ? null : round2(x + track * share(p.previous, p.max)),
		};
	});
	return { width, height: parts.length * (LABEL + BAR + GAP) - GAP, x, rows };
}
