import { useState } from 'preact/hooks';
import { layoutPartScores } from '../../lib/charts/part-score-layout.ts';
import type { HistoryComparison } from '../../lib/self-check/history.ts';
import { actionsOf, gainOf, groupActions, PRIORITY_LABELS, readinessOf } from '../../lib/self-check/plan.ts';
import { ANSWER_LABELS, bandOf, formatPoints, POINTS, type Score } from '../../lib/self-check/scoring.ts';
import { ACTOR_LABELS, PART_LABELS, type Answers } from '../../lib/self-check/types.ts';
import { formatPartialDate } from '../../lib/format.ts';
import { routes } from '../../lib/routes.ts';
import { ThreatLinks, type IslandItem } from './model.tsx';

interface Props {
	items: IslandItem[];
	answers: Answers;
	score: Score;
	/** The earlier kept result and how the answers shown differ from it (see compareWithHistory). */
	compared: HistoryComparison | undefined;
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/** Total, band, per-part chart and table, SECURITY ACTION readiness and the action list. */
export default function ResultView({ items, answers, score, compared }: Props) {
	const [groupBy, setGroupBy] = useState<'priority' | 'actor'>('priority');
	const byNumber = new Map(items.map((i) => [i.number, i]));
	const actions = actionsOf(items, answers);
	const readiness = readinessOf(items, answers);
	const band = score.complete ? bandOf(score.score) : undefined;
	const previous = compared?.before;
	const comparison = compared?.comparison;
	const previousParts = comparison?.parts;
	// The answers shown are either today's or, unchanged, the latest kept result: say which.
	const shown = compared?.after ? `${formatPartialDate(compared.after.date)}の記録` : 'いまの回答';
	const layout = layoutPartScores(
		score.parts.map((p, i) => ({ label: PART_LABELS[p.part], score: p.score, max: p.max, previous: previousParts?.[i]?.before })),
		320,
	);
	const topic = (n: number) => `No.${n} ${byNumber.get(n)?.topic ?? ''}`;

	return (
		<>
			<div class="sc-total">
				<p>
					<span class="sc-total-number">{score.score}</span>点<span class="sc-muted"> / {score.max}点満点</span>
				</p>
				{band ? (
					<p class="sc-band" data-band={band.id}>
						<strong>{band.state}</strong>（{band.range}）：{band.next}。
					</p>
				) : (
					<p>
						あと{score.count - score.answered}問に答えると、結果の目安（4段階）が出ます。いまの点数は答えた{score.answered}問の分です。
					</p>
				)}
				{comparison && previous && (
					<p>
						{compared?.after && `${shown}は、その前の`}
						{formatPartialDate(previous.date)}の記録（{comparison.total.before}点）と比べて <strong>{signed(comparison.total.after - comparison.total.before)}点</strong>
					</p>
				)}
			</div>

			<figure class="sc-chart">
				<figcaption>パートごとの点数（満点に対する割合）{previousParts && '。縦線は前回の記録'}</figcaption>
				<svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-labelledby="sc-chart-title sc-chart-desc">
					<title id="sc-chart-title">パートごとの点数</title>
					<desc id="sc-chart-desc">{layout.rows.map((r) => `${r.label} ${r.valueText}（${r.percent}%）`).join('、')}。同じ数字を下の表に載せています。</desc>
					{layout.rows.map((r) => (
						<g key={r.label}>
							<text x={layout.x} y={r.labelY} class="sc-chart-label">
								{r.label}　{r.valueText}
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
					<caption class="mm-visually-hidden">パートごとの点数</caption>
					<thead>
						<tr>
							<th scope="col">パート</th>
							<th scope="col">回答</th>
							<th scope="col">点数</th>
							{previous && <th scope="col">前回（{formatPartialDate(previous.date)}）</th>}
						</tr>
					</thead>
					<tbody>
						{score.parts.map((p, i) => (
							<tr key={p.part}>
								<th scope="row">{PART_LABELS[p.part]}</th>
								<td>
									{p.answered}/{p.count}問
								</td>
								<td>
									{p.score} / {p.max}点
								</td>
								{previousParts && <td>{previousParts[i]!.before}点</td>}
							</tr>
						))}
					</tbody>
				</table>
			</div>

			{comparison && previous && (comparison.improved.length > 0 || comparison.slipped.length > 0) && (
				<div class="sc-changes">
					<h3>
						{formatPartialDate(previous.date)}の記録から{shown}への変化
					</h3>
					{comparison.improved.length > 0 && (
						<>
							<p>よくなった項目（{comparison.improved.length}）</p>
							<ul>
								{comparison.improved.map((c) => (
									<li key={c.number}>
										{topic(c.number)}：{ANSWER_LABELS[c.from]} → {ANSWER_LABELS[c.to]}
									</li>
								))}
							</ul>
						</>
					)}
					{comparison.slipped.length > 0 && (
						<>
							<p>下がった項目（{comparison.slipped.length}）</p>
							<ul>
								{comparison.slipped.map((c) => (
									<li key={c.number}>
										{topic(c.number)}：{ANSWER_LABELS[c.from]} → {ANSWER_LABELS[c.to]}
									</li>
								))}
							</ul>
						</>
					)}
				</div>
			)}

			<div class="sc-readiness">
				<h3>SECURITY ACTIONの宣言に向けて</h3>
				<ul>
					<li>
						<strong>★ 一つ星</strong>：
						{readiness.oneStar ? (
							<>Part1の5項目がすべて「実施している」です。5か条に取り組んでいることを宣言できます。</>
						) : (
							<>
								Part1の5項目すべてを「実施している」にすると宣言できます。あと{readiness.oneStarMissing.length}項目：
								{readiness.oneStarMissing.map((n, i) => (
									<>
										{i > 0 && '、'}
										<a href={`#item-${n}`}>{topic(n)}</a>
									</>
								))}
							</>
						)}
					</li>
					<li>
						<strong>★★ 二つ星</strong>：{readiness.checkComplete ? '自社診断は済みました。' : `自社診断を最後まで（あと${readiness.unanswered.length}問）。`}
						あわせて情報セキュリティ基本方針を定め、社外に公開することが必要です（この診断では確かめられません）。
					</li>
				</ul>
				<p class="sc-note" data-note="one-star">
					★の見込みは、Part1の答えを「情報セキュリティ5か条」に当てはめた当サイトの読み方です。Part1の5項目は5か条にほぼ沿っていますが、同じ文言ではありません。宣言の条件は
					<a href={routes.guidelinePage('security-action')}>SECURITY ACTIONの説明</a>で確かめてください。
				</p>
			</div>

			<div class="sc-actions">
				<h3 id="sc-actions">やることリスト（{actions.length}件）</h3>
				{actions.length === 0 ? (
					<p>{score.answered === 0 ? '質問に答えると、「実施している」以外の項目がここに並びます。' : '「実施している」以外の回答はありません。'}</p>
				) : (
					<>
						<fieldset class="sc-group-by" data-print="hide">
							<legend>並べ方</legend>
							<label>
								<input type="radio" name="sc-group" checked={groupBy === 'priority'} onChange={() => setGroupBy('priority')} /> 優先する順
							</label>
							<label>
								<input type="radio" name="sc-group" checked={groupBy === 'actor'} onChange={() => setGroupBy('actor')} /> 取り組む人ごと
							</label>
						</fieldset>
						{actions.some((a) => a.answer === 'unknown') && (
							<p class="sc-note" data-note="unknown-points">
								「わからない」を−1点とするのは東京都の中小企業向けセミナー資料（2023年度）だけで、ほかの資料では確かめられていません（<a href="#答え方と点数">答え方と点数</a>）。
							</p>
						)}
						{groupActions(actions, groupBy).map((g) => (
							<section key={g.key} class="sc-action-group">
								<h4>
									{groupBy === 'priority' ? PRIORITY_LABELS[g.key as keyof typeof PRIORITY_LABELS] : ACTOR_LABELS[g.key as keyof typeof ACTOR_LABELS]}（{g.actions.length}件）
								</h4>
								<ol>
									{g.actions.map((a) => {
										const item = byNumber.get(a.number)!;
										return (
											<li key={a.number}>
												<p class="sc-action-title">
													<strong>{topic(a.number)}</strong>
													<span class="sc-badge" data-answer={a.answer}>
														{ANSWER_LABELS[a.answer]}（{formatPoints(POINTS[a.answer])}）
													</span>
													<span class="sc-muted">
														{' '}
														実施すると+{gainOf(a)}点・{ACTOR_LABELS[a.actor]}
													</span>
												</p>
												{a.answer === 'unknown' && <p>まず、実際にどうなっているかを確かめます。</p>}
												<p>{item.how}</p>
												<p class="sc-links">
													<a href={item.guide.href}>{item.guide.label}</a>
													{item.threats.length > 0 && '　防げる脅威：'}
													<ThreatLinks threats={item.threats} />
												</p>
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
