/**
 * The English search page (issue 22): Pagefind's English index, which Pagefind picks from <html lang="en">,
 * searched as typed. The Japanese runner (variants, hints, relaxation) is built for Japanese; English
 * words need none of it, so this is Pagefind's own search with the results drawn from text nodes only.
 */
import { MAX_QUERY_LENGTH } from '../../lib/search.ts';
import { el, excerptNode } from './render.ts';

interface Hit {
	data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
	options(o: object): Promise<void>;
	init(): Promise<void>;
	search(term: string): Promise<{ results: Hit[] }>;
}

const SHOWN = 20;

/** Fill the page's result list for the ?q= of the address. */
export async function startEnglishSearch(root: HTMLElement): Promise<void> {
	const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
	const status = root.querySelector<HTMLElement>('[role="status"]')!;
	const list = root.querySelector<HTMLOListElement>('ol')!;
	root.querySelector('.no-js')?.remove();
	const query = (new URLSearchParams(location.search).get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
	input.value = query;
	if (!query) return;
	status.textContent = 'Searching…';
	// A runtime URL: Pagefind is written into dist/ after the site is built.
	const url = '/pagefind/pagefind.js';
	const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
	await pagefind.options({ noWorker: true });
	await pagefind.init();
	const { results } = await pagefind.search(query);
	const shown = await Promise.all(results.slice(0, SHOWN).map((h) => h.data()));
	list.replaceChildren(
		...shown.map((r) => {
			const li = el('li', '');
			const a = el('a', 'title', r.meta.title ?? r.url);
			a.href = r.url;
			li.append(a, excerptNode(r.excerpt, 'excerpt'));
			return li;
		}),
	);
	status.textContent =
		results.length === 0
			? `Nothing on the English pages matches “${query}”.`
			: `${results.length} ${results.length === 1 ? 'page matches' : 'pages match'} “${query}”${results.length > SHOWN ? `; the first ${SHOWN} are shown` : ''}.`;
}
