// Where each policy page lives, and what other pages read from the timeline. Pure: no astro:content.
import type { TimelineEvent, TimelineTopic } from '../../schemas/timeline.ts';
import { formatPartialDate } from '../format.ts';

/** Entry id of the section's top page, rendered at /policy/ rather than /policy/[slug]/ (routes.policyPage). */
export { POLICY_OVERVIEW_ID } from '../routes.ts';

/** Entry id of the policy page whose `events` are the site's one timeline. */
export const POLICY_TIMELINE_ID = 'timeline';

/** One timeline event as a topic's table shows it. */
export interface TopicEventRow {
	/** The partial date, for <time datetime> and ordering. */
	date: string;
	/** The date as the reader sees it: the event's own wording (2026年度末ごろ) or 2025年4月14日. */
	when: string;
	/** The event's detail when it has one, else its label. */
	text: string;
	/** A plan or target rather than something that happened. */
	planned: boolean;
}

/** The timeline's events on one topic, oldest first (a stable sort keeps same-day events in file order). */
export function listTopicEvents(events: readonly TimelineEvent[], topic: TimelineTopic): TopicEventRow[] {
	return events
		.filter((e) => e.topics.includes(topic))
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
		.map((e) => ({ date: e.date, when: e.dateLabel ?? formatPartialDate(e.date), text: e.detail ?? e.label, planned: e.planned === true }));
}
