import { formatPartialDate } from '../../lib/format.ts';
import { scoreOf } from '../../lib/self-check/scoring.ts';
import type { Locale } from '../../lib/routes.ts';
import { PARTS, type Result } from '../../lib/self-check/types.ts';
import type { IslandItem } from './model.tsx';
import type { Say } from './words.ts';

interface Props {
	items: IslandItem[];
	say: Say;
	locale: Locale;
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
export default function HistoryPanel({ items, say, locale, results, today, remaining, saving, onKeep }: Props) {
	return (
		<div class="sc-history" data-print="hide">
			<h3>{say('selfCheck.historyHeading')}</h3>
			<p>{say('selfCheck.historyLead')}</p>
			<button type="button" class="sc-button" disabled={remaining > 0 || !saving} onClick={onKeep}>
				{say('selfCheck.keep', { date: formatPartialDate(today, locale) })}
			</button>
			{remaining > 0 && <p class="sc-muted">{say('selfCheck.keepLeft', { n: remaining })}</p>}
			{!saving && <p class="sc-muted">{say('selfCheck.keepShared')}</p>}
			{results.length > 0 && (
				<div class="mm-table-scroll">
					<table class="sc-table">
						<caption>{say('selfCheck.historyCaption', { n: results.length })}</caption>
						<thead>
							<tr>
								<th scope="col">{say('selfCheck.colDate')}</th>
								<th scope="col">{say('selfCheck.colTotal')}</th>
								{PARTS.map((p) => (
									<th scope="col" key={p}>
										{say(`selfCheck.partShort.${p}`)}
									</th>
								))}
							</tr>
						</thead>
						<tbody>
							{[...results].reverse().map((r) => {
								const s = scoreOf(items, r.answers);
								return (
									<tr key={r.date}>
										<th scope="row">{formatPartialDate(r.date, locale)}</th>
										<td>{say.points(s.score)}</td>
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
