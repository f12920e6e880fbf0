/**
 * The English search page (issue 22): Pagefind's English index through findEnglish (pagefind.ts), the
 * same search as the header box of an English page. Results are drawn from text nodes only.
 */
import { MAX_QUERY_LENGTH } from '../../lib/search.ts';
import { fill } from '../../i18n/fill.ts';
import type { Words } from '../../i18n/index.ts';
import { findEnglish } from './pagefind.ts';
import { el, excerptNode } from './render.ts';

const SHOWN = 20;

/** The dictionary keys the page's script needs (written on its root as `data-words`). */
export const ENGLISH_SEARCH_WORDS = ['enSearch.searching', 'enSearch.none', 'enSearch.count', 'enSearch.countOne', 'enSearch.shown'] as const;

/** Fill the page's result list for the ?q= of the address. */
export async function startEnglishSearch(root: HTMLElement): Promise<void> {
	const w = JSON.parse(root.dataset.words!) as Words<(typeof ENGLISH_SEARCH_WORDS)[number]>;
	const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
	const status = root.querySelector<HTMLElement>('[role="status"]')!;
	const list = root.querySelector<HTMLOListElement>('ol')!;
	root.querySelector('.no-js')?.remove();
	const query = (new URLSearchParams(location.search).get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
	input.value = query;
	if (!query) return;
	status.textContent = w['enSearch.searching'];
	const found = (await findEnglish(query, SHOWN))!;
	list.replaceChildren(
		...found.results.map((r) => {
			const li = el('li', '');
			const a = el('a', 'title', r.meta.title ?? r.url);
			a.href = r.url;
			li.append(a, excerptNode(r.excerpt, 'excerpt'));
			return li;
		}),
	);
	const total = found.total;
	status.textContent =
		total === 0
			? fill(w['enSearch.none'], { query })
			: `${fill(total === 1 ? w['enSearch.countOne'] : w['enSearch.count'], { count: total, query })}${total > SHOWN ? fill(w['enSearch.shown'], { shown: SHOWN }) : ''}.`;
}
