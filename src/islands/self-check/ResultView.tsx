import { useState } from 'preact/hooks';
import { layoutPartScores } from '../../lib/charts/part-score-layout.ts';
import type { HistoryComparison } from '../../lib/self-check/history.ts';
import { actionsOf, gainOf, groupActions, readinessOf } from '../../lib/self-check/plan.ts';
import { bandOf, POINTS, type Score } from '../../lib/self-check/scoring.ts';
import type { Answers } from '../../lib/self-check/types.ts';
import { fillParts } from '../../lib/fill-parts.ts';
import { formatPartialDate } from '../../lib/format.ts';
import type { Locale } from '../../lib/routes.ts';
import type { IslandItem, ItemText } from './model.tsx';
import type { Say } from './words.ts';

interface Props {
	items: IslandItem[];
	/** Each item's words, read from the server-rendered questions. */
	texts: ReadonlyMap<number, ItemText>;
	say: Say;
	locale: Locale;
	/** The SECURITY ACTION page in the page's language. */
	securityActionHref: string;
	/** The heading on this page that explains the points. */
	scoringHref: string;
	answers: Answers;
	score: Score;
	/** The earlier kept result and how the answers shown differ from it (see compareWithHistory). */
	compared: HistoryComparison | undefined;
}

/** Total, band, per-part chart and table, SECURITY ACTION readiness and the action list. */
export default function ResultView({ items, texts, say, locale, securityActionHref, scoringHref, answers, score, compared }: Props) {
	const [groupBy, setGroupBy] = useState<'priority' | 'actor'>('priority');
	const date = (d: string) => formatPartialDate(d, locale);
	const actions = actionsOf(items, answers);
	const readiness = readinessOf(items, answers);
	const band = score.complete ? say.band(bandOf(score.score)) : undefined;
	const bandId = score.complete ? bandOf(score.score).id : undefined;
	const previous = compared?.before;
	const comparison = compared?.comparison;
	const previousParts = comparison?.parts;
	// The answers shown are either today's or, unchanged, the latest kept result: say which.
	const shown = compared?.after ? say('selfCheck.shownKept', { date: date(compared.after.date) }) : say('selfCheck.shownNow');
	const layout = layoutPartScores(
		score.parts.map((p, i) => ({ label: say.part(p.part), score: p.score, max: p.max, previous: previousParts?.[i]?.before })),
		320,
	);
	// The value beside each bar, in the page's words (the layout gives numbers only).
	const valueText = score.parts.map((p) => say('selfCheck.partScore', { score: p.score, max: p.max }));
	const topic = (n: number) => say('selfCheck.itemTopic', { n, topic: texts.get(n)?.topic ?? '' });
	const change = (c: { number: number; from: keyof typeof POINTS; to: keyof typeof POINTS }) => say('selfCheck.change', { topic: topic(c.number), from: say.answer(c.from), to: say.answer(c.to) });

	return (
		<>
			<div class="sc-total">
				<p>
					<span class="sc-total-number">{score.score}</span>
					{say('selfCheck.totalUnit')}
					<span class="sc-muted">{say('selfCheck.totalMax', { max: score.max })}</span>
				</p>
				{band ? (
					<p class="sc-band" data-band={bandId}>
						{fillParts(say('selfCheck.band'), { state: <strong>{band.state}</strong> }, { range: band.range, next: band.next })}
					</p>
				) : (
					<p>{say('selfCheck.incomplete', { left: score.count - score.answered, answered: score.answered })}</p>
				)}
				{comparison && previous && (
					<p>
						{fillParts(
							say(compared?.after ? 'selfCheck.compareAfter' : 'selfCheck.compare'),
							{ diff: <strong>{say.points(comparison.total.after - comparison.total.before, true)}</strong> },
							{ shown, date: date(previous.date), before: comparison.total.before },
						)}
					</p>
				)}
			</div>

			<figure class="sc-chart">
				<figcaption>
					{say('selfCheck.chartCaption')}
					{previousParts && say('selfCheck.chartPrevious')}
				</figcaption>
				<svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-labelledby="sc-chart-title sc-chart-desc">
					<title id="sc-chart-title">{say('selfCheck.chartTitle')}</title>
					<desc id="sc-chart-desc">
						{say('selfCheck.chartDesc', { rows: layout.rows.map((r, i) => say('selfCheck.chartRow', { label: r.label, value: valueText[i]!, percent: r.percent })).join(say('selfCheck.listJoin')) })}
					</desc>
					{layout.rows.map((r, i) => (
						<g key={r.label}>
							<text x={layout.x} y={r.labelY} class="sc-chart-label">
								{say('selfCheck.chartLabel', { label: r.label, value: valueText[i]! })}
							</text>
							<rect x={layout.x} y={r.barY} width={r.trackWidth} height={r.barHeight} class="sc-chart-track" rx="3" />
							<rect x={layout.x} y={r.barY} width={r.barWidth} height={r.barHeight} class="sc-chart-bar" rx="3" />
							{r.previousX !== null && <line x1={r.previousX} x2={r.previousX} y1={r.barY - 3} y2={r.barY + r.barHeight + 3} class="sc-chart-previous" />}
						</g>
					))}
				</svg>
			</figure>
			<div class="mm-table-scroll">
				<table class="sc-table">
					<caption class="mm-visually-hidden">{say('selfCheck.chartTitle')}</caption>
					<thead>
						<tr>
							<th scope="col">{say('selfCheck.colPart')}</th>
							<th scope="col">{say('selfCheck.colAnswered')}</th>
							<th scope="col">{say('selfCheck.colPoints')}</th>
							{previous && <th scope="col">{say('selfCheck.colPrevious', { date: date(previous.date) })}</th>}
						</tr>
					</thead>
					<tbody>
						{score.parts.map((p, i) => (
							<tr key={p.part}>
								<th scope="row">{say.part(p.part)}</th>
								<td>{say('selfCheck.partProgress', { answered: p.answered, count: p.count })}</td>
								<td>{valueText[i]}</td>
								{previousParts && <td>{say.points(previousParts[i]!.before)}</td>}
							</tr>
						))}
					</tbody>
				</table>
			</div>

			{comparison && previous && (comparison.improved.length > 0 || comparison.slipped.length > 0) && (
				<div class="sc-changes">
					<h3>{say('selfCheck.changesHeading', { date: date(previous.date), shown })}</h3>
					{comparison.improved.length > 0 && (
						<>
							<p>{say('selfCheck.improved', { n: comparison.improved.length })}</p>
							<ul>
								{comparison.improved.map((c) => (
									<li key={c.number}>{change(c)}</li>
								))}
							</ul>
						</>
					)}
					{comparison.slipped.length > 0 && (
						<>
							<p>{say('selfCheck.slipped', { n: comparison.slipped.length })}</p>
							<ul>
								{comparison.slipped.map((c) => (
									<li key={c.number}>{change(c)}</li>
								))}
							</ul>
						</>
					)}
				</div>
			)}

			<div class="sc-readiness">
				<h3>{say('selfCheck.readinessHeading')}</h3>
				<ul>
					<li>
						<strong>{say('selfCheck.oneStar')}</strong>
						{say('selfCheck.colon')}
						{readiness.oneStar ? (
							say('selfCheck.oneStarReady')
						) : (
							<>
								{say('selfCheck.oneStarMissing', { n: readiness.oneStarMissing.length })}
								{readiness.oneStarMissing.map((n, i) => (
									<>
										{i > 0 && say('selfCheck.listJoin')}
										<a href={`#item-${n}`}>{topic(n)}</a>
									</>
								))}
							</>
						)}
					</li>
					<li>
						<strong>{say('selfCheck.twoStars')}</strong>
						{say('selfCheck.colon')}
						{readiness.checkComplete ? say('selfCheck.checkDone') : say('selfCheck.checkLeft', { n: readiness.unanswered.length })}
						{say('selfCheck.twoStarsPolicy')}
					</li>
				</ul>
				<p class="sc-note" data-note="one-star">
					{fillParts(say('selfCheck.oneStarNote'), { link: <a href={securityActionHref}>{say('selfCheck.oneStarNoteLink')}</a> })}
				</p>
			</div>

			<div class="sc-actions">
				<h3 id="sc-actions">{say('selfCheck.actionsHeading', { n: actions.length })}</h3>
				{actions.length === 0 ? (
					<p>{score.answered === 0 ? say('selfCheck.actionsNone') : say('selfCheck.actionsAllDone')}</p>
				) : (
					<>
						<fieldset class="sc-group-by" data-print="hide">
							<legend>{say('selfCheck.groupBy')}</legend>
							<label>
								<input type="radio" name="sc-group" checked={groupBy === 'priority'} onChange={() => setGroupBy('priority')} /> {say('selfCheck.byPriority')}
							</label>
							<label>
								<input type="radio" name="sc-group" checked={groupBy === 'actor'} onChange={() => setGroupBy('actor')} /> {say('selfCheck.byActor')}
							</label>
						</fieldset>
						{actions.some((a) => a.answer === 'unknown') && (
							<p class="sc-note" data-note="unknown-points">
								{fillParts(say('selfCheck.unknownNote'), { link: <a href={scoringHref}>{say('selfCheck.scoringLink')}</a> })}
							</p>
						)}
						{groupActions(actions, groupBy).map((g) => (
							<section key={g.key} class="sc-action-group">
								<h4>
									{say('selfCheck.groupHeading', {
										label: groupBy === 'priority' ? say(`selfCheck.priority.${g.key as 'basic' | 'missing' | 'partial'}`) : say(`selfCheck.actorHeading.${g.key as 'owner' | 'it' | 'everyone'}`),
										n: g.actions.length,
									})}
								</h4>
								<ol>
									{g.actions.map((a) => {
										const text = texts.get(a.number);
										return (
											<li key={a.number}>
												<p class="sc-action-title">
													<strong>{topic(a.number)}</strong>
													<span class="sc-badge" data-answer={a.answer}>
														{say('selfCheck.badge', { answer: say.answer(a.answer), points: say.points(POINTS[a.answer]) })}
													</span>
													<span class="sc-muted"> {say('selfCheck.gain', { n: gainOf(a), actor: say.actor(a.actor) })}</span>
												</p>
												{a.answer === 'unknown' && <p>{say('selfCheck.checkFirst')}</p>}
												<p>{text?.how}</p>
												{/* The same links as under the question: the page's own server-rendered HTML. */}
												<p class="sc-links" dangerouslySetInnerHTML={{ __html: text?.links ?? '' }} />
											</li>
										);
									})}
								</ol>
							</section>
						))}
					</>
				)}
			</div>
		</>
	);
}
