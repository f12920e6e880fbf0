import { ANSWER_LABELS } from '../../lib/self-check/scoring.ts';
import { ACTOR_LABELS, ANSWERS, PART_LABELS, PARTS, type Answer, type Answers } from '../../lib/self-check/types.ts';
import { ThreatLinks, type IslandItem } from './model.tsx';

interface Props {
	items: IslandItem[];
	answers: Answers;
	/** Called with the item number and the chosen answer; absent before hydration (plain radios then). */
	onAnswer?: ((number: number, answer: Answer) => void) | undefined;
}

/**
 * The 25 questions as native radio groups. Rendered at build time too, so without scripts the page is
 * still a form a reader can fill in on screen and print as a checklist.
 */
export default function Questions({ items, answers, onAnswer }: Props) {
	return (
		<div class="sc-questions">
			{PARTS.map((part) => {
				const partItems = items.filter((i) => i.part === part);
				const done = partItems.filter((i) => answers[i.number] !== undefined).length;
				return (
					<section class="sc-part" key={part} aria-labelledby={`part-${part}`}>
						<h3 id={`part-${part}`}>
							{PART_LABELS[part]}（No.{partItems[0]?.number}〜{partItems.at(-1)?.number}）
							{onAnswer && (
								<span class="sc-part-progress">
									{done}/{partItems.length}問
								</span>
							)}
						</h3>
						<ol class="sc-items">
							{partItems.map((item) => (
								<li id={`item-${item.number}`} key={item.number}>
									<fieldset>
										<legend>
											<span class="sc-no">No.{item.number}</span> {item.question}
											<span class="sc-actor">（{ACTOR_LABELS[item.actor]}）</span>
										</legend>
										<div class="sc-choices">
											{ANSWERS.map((a) => (
												<label key={a} class="sc-choice">
													<input
														type="radio"
														name={`q${item.number}`}
														value={a}
														checked={answers[item.number] === a}
														onChange={onAnswer && (() => onAnswer(item.number, a))}
													/>
													<span>{ANSWER_LABELS[a]}</span>
												</label>
											))}
										</div>
										<details>
											<summary>なぜ必要か・どうやるか</summary>
											<p>
												<strong>なぜ：</strong>
												{item.why}
											</p>
											<p>
												<strong>どうやる：</strong>
												{item.how}
											</p>
											{/* In the static HTML too, so the post-build link check verifies every section anchor. */}
											<p class="sc-links">
												<a href={item.guide.href}>{item.guide.label}</a>
												{item.threats.length > 0 && '　防げる脅威：'}
												<ThreatLinks threats={item.threats} />
											</p>
										</details>
									</fieldset>
								</li>
							))}
						</ol>
					</section>
				);
			})}
		</div>
	);
}
