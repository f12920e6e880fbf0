import { formatPartialDate } from '../../lib/format.ts';
import { scoreOf } from '../../lib/self-check/scoring.ts';
import { PART_LABELS, PARTS, type Result } from '../../lib/self-check/types.ts';
import type { IslandItem } from './model.tsx';

interface Props {
	items: IslandItem[];
	/** Kept results, oldest first. */
	results: Result[];
	/** Today, YYYY-MM-DD: the date a result kept now gets. */
	today: string;
	/** Questions still unanswered; a result can be kept only when none are. */
	remaining: number;
	/** False while a share link is shown: someone else's answers are not kept as the reader's. */
	saving: boolean;
	/** Keep the current answers as today's result. */
	onKeep: () => void;
}

/** Keep today's result, and the table of every kept result, newest first. */
export default function HistoryPanel({ items, results, today, remaining, saving, onKeep }: Props) {
	return (
		<div class="sc-history" data-print="hide">
			<h3>結果の記録</h3>
			<p>全問に答えたら、今日の結果を記録しておけます。次に診断したとき、前回の記録と比べて表示します。記録はこのブラウザの中だけに残ります。</p>
			<button type="button" class="sc-button" disabled={remaining > 0 || !saving} onClick={onKeep}>
				{formatPartialDate(today)}の結果として記録する
			</button>
			{remaining > 0 && <p class="sc-muted">あと{remaining}問答えると記録できます。</p>}
			{!saving && <p class="sc-muted">共有リンクの回答を見ているあいだは記録できません。</p>}
			{results.length > 0 && (
				<div class="mm-table-scroll">
					<table class="sc-table">
						<caption>これまでの記録（{results.length}件、新しい順）</caption>
						<thead>
							<tr>
								<th scope="col">日付</th>
								<th scope="col">合計</th>
								{PARTS.map((p) => (
									<th scope="col" key={p}>
										{PART_LABELS[p].split(' ')[0]}
									</th>
								))}
							</tr>
						</thead>
						<tbody>
							{[...results].reverse().map((r) => {
								const s = scoreOf(items, r.answers);
								return (
									<tr key={r.date}>
										<th scope="row">{formatPartialDate(r.date)}</th>
										<td>{s.score}点</td>
										{s.parts.map((p) => (
											<td key={p.part}>
												{p.score}/{p.max}
											</td>
										))}
									</tr>
								);
							})}
						</tbody>
					</table>
				</div>
			)}
		</div>
	);
}
