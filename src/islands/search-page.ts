/** Pagefind's default UI, set up on /search/ with the query from ?q= so a search can be linked. */
import { normalizeQuery, SEARCH_RANKING } from '../lib/search.ts';

interface PagefindUIInstance {
	triggerSearch(term: string): void;
}
declare global {
	interface Window {
		PagefindUI?: new (opts: Record<string, unknown>) => PagefindUIInstance;
	}
}

/** Mount the search UI and run the query in the URL, if any. */
export function startSearchPage(): void {
	const root = document.querySelector('[data-search-root]');
	if (!root || !window.PagefindUI) return;
	const ui = new window.PagefindUI({ element: root, showSubResults: true, showImages: false, resetStyles: false, ranking: SEARCH_RANKING, processTerm: normalizeQuery });
	const q = new URL(location.href).searchParams.get('q');
	if (!q) return;
	ui.triggerSearch(q);
	// The default UI does not show a query it was given; put it in the box so the reader can refine it.
	const input = root.querySelector<HTMLInputElement>('input[type="text"], input[type="search"]');
	if (input) input.value = q;
}
