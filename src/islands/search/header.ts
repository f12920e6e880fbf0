/**
 * The header search box as a combobox: results appear under it as the reader types, arrows move
 * through them, Enter opens one, Escape closes the list (the `/` shortcut is fold.ts's: it works before this loads).
 * Without JavaScript (or before Pagefind loads) the box is a plain form that submits to /search/.
 */
import { moveActive } from '../../lib/search.ts';
import { headerSearchTexts, type HeaderSearchWords } from '../../lib/search-words.ts';
import { find, findEnglish, pagefind, type Found } from './pagefind.ts';
import { el, excerptNode, sectionOfResult } from './render.ts';

const SHOWN = 5;
// Typing pause before searching: long enough to skip the letters between, short enough to feel immediate.
const PAUSE_MS = 150;

/**
 * Start the box. The form says its language (`data-locale`) and carries its words (`data-words`, the
 * dictionary's HEADER_SEARCH_WORDS): an English page searches the English index and speaks English.
 */
export function startHeaderSearch(form: HTMLFormElement, composingAtStart = false): void {
	const english = form.dataset.locale === 'en';
	const words = JSON.parse(form.dataset.words!) as HeaderSearchWords;
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const list = form.querySelector<HTMLElement>('[role="listbox"]')!;
	const status = form.querySelector<HTMLElement>('[role="status"]')!;
	// Outside the listbox: a listbox may hold only options.
	const none = form.querySelector<HTMLElement>('[data-none]')!;
	let options: HTMLAnchorElement[] = [];
	let active = -1;

	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-autocomplete', 'list');
	input.setAttribute('aria-expanded', 'false');
	input.setAttribute('aria-controls', list.id);

	const setActive = (index: number) => {
		options[active]?.setAttribute('aria-selected', 'false');
		active = index;
		const option = options[active];
		if (option) {
			option.setAttribute('aria-selected', 'true');
			input.setAttribute('aria-activedescendant', option.id);
			option.scrollIntoView({ block: 'nearest' });
		} else input.removeAttribute('aria-activedescendant');
	};
	const open = (on: boolean) => {
		list.hidden = !on;
		if (!on) none.hidden = true;
		input.setAttribute('aria-expanded', String(on));
		if (!on) setActive(-1);
	};
	const option = (href: string, index: number, build: (a: HTMLAnchorElement) => void) => {
		const a = el('a', 'option');
		a.href = href;
		a.id = `${list.id}-${index}`;
		a.tabIndex = -1;
		a.setAttribute('role', 'option');
		a.setAttribute('aria-selected', 'false');
		build(a);
		return a;
	};
	const show = (query: string, { results, total, leftOut }: Found) => {
		const texts = headerSearchTexts(words, query, total, leftOut);
		options = results.map((r, i) =>
			option(r.url, i, (a) => {
				a.append(el('span', 'title', r.meta.title ?? r.url), el('span', 'section', sectionOfResult(r.filters)), excerptNode(r.excerpt, 'excerpt'));
			}),
		);
		// The form's own action: /search/ or /en/search/.
		const allHref = `${form.getAttribute('action')}?${new URLSearchParams({ q: query.trim() })}`;
		if (texts.all) options.push(option(allHref, results.length, (a) => a.append(el('span', 'all', texts.all!))));
		list.replaceChildren(...options);
		active = -1;
		input.removeAttribute('aria-activedescendant');
		open(total > 0);
		none.textContent = texts.none;
		none.hidden = total > 0;
		status.textContent = texts.status;
	};

	input.addEventListener('focus', () => void pagefind().catch(() => {}), { once: true });
	const clear = () => {
		open(false);
		options = [];
		list.replaceChildren();
		status.textContent = '';
	};
	// Search once typing pauses, and never mid-composition: an IME sends an input event per kana, and
	// each search would fetch index chunks for a word nobody meant (「ら」「らん」「らんさ」…).
	let composing = composingAtStart;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let latest = 0;
	const run = async (query: string) => {
		const mine = ++latest;
		const current = () => mine === latest;
		const found = await (english ? findEnglish(query, SHOWN, current) : find(query, {}, SHOWN, current)).catch(() => null);
		// A newer search started, the box changed while this one ran, or the reader left the box.
		if (mine !== latest || !found || input.value !== query || document.activeElement !== input) return;
		show(query, found);
	};
	const schedule = () => {
		clearTimeout(timer);
		latest++; // whatever is in flight is stale now
		const query = input.value;
		if (!query.trim()) return clear();
		timer = setTimeout(() => void run(query), PAUSE_MS);
	};
	input.addEventListener('compositionstart', () => {
		composing = true;
		clearTimeout(timer);
	});
	input.addEventListener('compositionend', () => {
		composing = false;
		schedule();
	});
	input.addEventListener('input', (e) => {
		// Editing the text drops the highlight, so Enter cannot open a result for an older query.
		setActive(-1);
		if (composing || (e as InputEvent).isComposing) return;
		schedule();
	});
	input.addEventListener('keydown', (e) => {
		// Keys confirming an IME conversion are not navigation (Safari reports them as keyCode 229).
		if (e.isComposing || e.keyCode === 229) return;
		if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && options.length) {
			e.preventDefault();
			if (list.hidden) open(true);
			setActive(moveActive(active, e.key === 'ArrowDown' ? 1 : -1, options.length));
		} else if (e.key === 'Enter' && !list.hidden && options[active]) {
			e.preventDefault();
			location.assign(options[active]!.href);
		} else if (e.key === 'Escape') {
			// First Escape closes the list and keeps the text (the browser would clear a search field); the second clears.
			if (!list.hidden || !none.hidden) {
				e.preventDefault();
				open(false);
			} else {
				input.value = '';
				clear();
			}
		}
	});
	// Closing when focus leaves the form, but not when it moves to an option being clicked.
	form.addEventListener('focusout', (e) => {
		if (!form.contains(e.relatedTarget as Node | null)) open(false);
	});
	list.addEventListener('mousedown', (e) => e.preventDefault());
	// Words typed before this code arrived (it loads after the page has painted) are searched now, unless an
	// IME is still composing them: its compositionend searches then.
	if (input.value && !composing) schedule();
	// Focus that brought this code in came before its focus listener: warm Pagefind up now.
	if (document.activeElement === input) void pagefind().catch(() => {});
}
