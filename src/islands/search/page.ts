/**
 * The /search/ page: results for the query and filters in the URL (`/search/?q=…&section=…`), updated
 * as the reader types or filters, with the address kept in step so any search can be linked.
 */
import { filterOptions, readSearchState, SEARCH_FILTERS, searchHref, type SearchFilterKey, type SearchState } from '../../lib/search.ts';
import { PREFECTURES } from '../../lib/prefectures.ts';
import { fill } from '../../i18n/fill.ts';
import { filterValueLabel, searchPageStatus, sectionOrder, type SearchPageWords } from '../../lib/search-page-words.ts';
import { find, pagefind, type FilterCounts, type Found, type ResultData } from './pagefind.ts';
import { el, excerptNode, sectionOfResult } from './render.ts';
import { setSlashShortcut, slashShortcutOn } from './shortcut.ts';

const PAGE = 10;

/** Start the page; its words come from the dictionary, as `data-words` on the root (SEARCH_PAGE_WORDS). */
export function startSearchPage(root: HTMLElement): void {
	const words = JSON.parse(root.dataset.words ?? '{}') as SearchPageWords;
	const valueLabel = (key: SearchFilterKey, value: string) => filterValueLabel(words, key, value);
	const order: Record<SearchFilterKey, readonly string[]> = { section: sectionOrder(words), year: [], prefecture: PREFECTURES.map((p) => p.name) };
	const form = root.querySelector<HTMLFormElement>('form')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
	const status = root.querySelector<HTMLElement>('[role="status"]')!;
	const list = root.querySelector<HTMLOListElement>('ol')!;
	const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
	let state: SearchState = readSearchState(location.search);
	let found: Found | null = null;
	input.value = state.q;
	const browse = root.querySelector<HTMLElement>('[data-browse]')!;

	// The page draws the three menus; the script fills them with counts and never replaces them, so the
	// form keeps its shape and focus stays on the menu the reader just changed.
	const menus = SEARCH_FILTERS.map(({ key }) => {
		const select = filterBox.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!;
		select.addEventListener('change', () => {
			const filters = { ...state.filters };
			if (select.value) filters[key] = select.value;
			else delete filters[key];
			update({ ...state, filters });
		});
		return { key, select };
	});
	const renderFilters = (counts: FilterCounts) => {
		for (const { key, select } of menus) {
			const options = filterOptions(counts[key] ?? {}, state.filters[key], order[key]);
			select.replaceChildren(
				new Option(words['searchPage.all'], ''),
				...options.map((o) => new Option(fill(words['searchPage.option'], { label: valueLabel(key, o.value), count: o.count }), o.value, false, o.value === state.filters[key])),
			);
			select.disabled = !options.length; // kept, not removed, when nothing matches
		}
	};
	const item = (r: ResultData) => {
		const li = el('li', 'result');
		const a = el('a', 'title', r.meta.title ?? r.url);
		a.href = r.url;
		li.append(a, el('span', 'section', sectionOfResult(r.filters)), excerptNode(r.excerpt, 'excerpt'));
		// Matches under a heading of a long page, linked to that heading.
		const subs = r.sub_results.filter((s) => s.url.includes('#')).slice(0, 3);
		if (subs.length) {
			const ul = el('ul', 'subs');
			for (const s of subs) {
				const sa = el('a', '', s.title);
				sa.href = s.url;
				const sli = el('li', '');
				sli.append(sa, excerptNode(s.excerpt, 'excerpt'));
				ul.append(sli);
			}
			li.append(ul);
		}
		return li;
	};
	const describe = (total: number, leftOut: readonly string[]) => {
		const filters = SEARCH_FILTERS.flatMap(({ key }) => (state.filters[key] ? [valueLabel(key, state.filters[key])] : []));
		return searchPageStatus(words, state.q, filters, total, leftOut);
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	async function run() {
		const asked = state;
		const result = await find(state.q, state.filters, PAGE, () => state === asked).catch(() => undefined);
		if (result === null || state !== asked) return; // replaced by a newer search
		if (result === undefined) {
			status.textContent = words['searchPage.failed'];
			return;
		}
		found = result;
		renderFilters(result.filters);
		list.replaceChildren(...result.results.map(item));
		browse.hidden = result.results.length > 0; // the section links are for when there is nothing to list
		more.hidden = result.total <= result.results.length;
		status.textContent = describe(result.total, result.leftOut);
		try {
			// Once per shown result, not per keystroke: Safari refuses more than 100 replaceState calls in 30 s.
			history.replaceState(null, '', searchHref(state));
		} catch {
			// The address lags behind; the results are still right.
		}
	}
	// Typing waits for a pause (and the end of an IME composition); a menu or Enter searches at once.
	let composing = false;
	function update(next: SearchState, pauseMs = 0) {
		state = next;
		clearTimeout(timer);
		if (pauseMs) timer = setTimeout(() => void run(), pauseMs);
		else void run();
	}

	form.addEventListener('submit', (e) => {
		e.preventDefault();
		update({ ...state, q: input.value });
	});
	input.addEventListener('compositionstart', () => (composing = true));
	input.addEventListener('compositionend', () => {
		composing = false;
		update({ ...state, q: input.value }, 200);
	});
	input.addEventListener('input', (e) => {
		if (!composing && !(e as InputEvent).isComposing) update({ ...state, q: input.value }, 200);
	});
	more.addEventListener('click', async () => {
		if (!found || more.disabled) return;
		const mine = found;
		const shown = list.children.length;
		more.disabled = true; // a double click must not add the same results twice
		try {
			const next = await mine.more(shown, PAGE);
			if (found !== mine) return; // a newer search replaced the list meanwhile
			list.append(...next.map(item));
			more.hidden = list.children.length >= mine.total;
			// Keep the reader's place: focus the first newly shown result.
			list.children[shown]?.querySelector('a')?.focus();
		} finally {
			more.disabled = false;
		}
	});
	const slash = root.querySelector<HTMLInputElement>('[data-slash]')!;
	slash.checked = slashShortcutOn();
	slash.addEventListener('change', () => setSlashShortcut(slash.checked));
	// Pagefind counts only the filters it has loaded; loading them all first gives every menu its counts.
	void pagefind()
		.then(({ api }) => api.filters())
		.catch(() => {})
		.then(() => run());
}
