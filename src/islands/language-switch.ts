// The language switch is a plain link to the twin page (it works without scripts); with scripts it also
// carries the reader's view: the query (a chart's ?highlight=) and the fragment (#figure). So does a link marked
// data-reader-state: /threats/'s link to the individual list's own page, where an old cited address
// (/threats/?highlight=phishing#chart-individual) now lands, keeps that view on its way there (#20).
// Pure and self-contained: the header script stays small (it is on every page).
const CARRIERS = 'a.lang[href], a[data-reader-state][href]';
/**
 * The twin page's address with the reader's state carried over (a chart's ?highlight=, a #figure), so
 * the language switch keeps the reader on the same view, not only the same page.
 */
export function withReaderState(twin: string, search: string, hash: string): string {
	const [path] = twin.split(/[?#]/);
	return `${path}${search.startsWith('?') && search.length > 1 ? search : ''}${hash.startsWith('#') && hash.length > 1 ? hash : ''}`;
}

/** Point every language switch (and marked link) on the page at its page with the reader's current view. */
export function carryReaderState(): void {
	const update = () => {
		for (const a of document.querySelectorAll<HTMLAnchorElement>(CARRIERS)) {
			a.dataset.twin ??= a.getAttribute('href')!;
			a.setAttribute('href', withReaderState(a.dataset.twin, location.search, location.hash));
		}
	};
	update();
	// The chart highlight rewrites the query with history.replaceState, which fires no event: read it on use.
	for (const a of document.querySelectorAll<HTMLAnchorElement>(CARRIERS)) {
		a.addEventListener('pointerdown', update);
		a.addEventListener('focus', update);
	}
	addEventListener('hashchange', update);
}
