import type { CheckItem } from '../../lib/self-check/types.ts';

/**
 * An item as the island receives it: only what scoring and planning need. Its words (question, topic, how,
 * links) are in the server-rendered questions already (src/components/self-check/Questions.astro); the
 * island reads them from there (readItemTexts) instead of carrying all 25 items' text a second time in its
 * props, which made the page heavier and the island's start-up slower on a cheap phone (#20).
 */
export type IslandItem = CheckItem;

/** The words of an item that the result shows, read from the server-rendered question. */
export interface ItemText {
	topic: string;
	/** How to do it (plain text). */
	how: string;
	/** The links under it (the guideline section and the threats it protects against), as the page's own HTML. */
	links: string;
}

/** Each item's words from the questions in `root` (each `li[data-item]` of Questions.astro). */
export function readItemTexts(root: ParentNode): Map<number, ItemText> {
	const out = new Map<number, ItemText>();
	for (const li of root.querySelectorAll<HTMLElement>('li[data-item]')) {
		out.set(Number(li.dataset.item), {
			topic: li.dataset.topic ?? '',
			how: li.querySelector('.sc-how-text')?.textContent ?? '',
			links: li.querySelector('.sc-links')?.innerHTML ?? '',
		});
	}
	return out;
}
