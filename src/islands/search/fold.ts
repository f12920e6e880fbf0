/**
 * The header search on a phone: CSS folds the box away below 48rem behind a 検索 control, which
 * without JavaScript is a plain link to /search/. This swaps the link for a button that unfolds the
 * box and focuses it, and unfolds it for the `/` shortcut too (issue 20).
 */
import { isSearchShortcut } from '../../lib/search-shortcut.ts';
import { slashShortcutOn } from './shortcut.ts';

/** Swaps the no-JS link for a button that unfolds the box (where CSS folds it, below 48rem) and focuses it. */
export function foldOnPhone(form: HTMLFormElement) {
	const link = document.querySelector<HTMLAnchorElement>('a[data-search-toggle]');
	const input = form.querySelector<HTMLInputElement>('input[type="search"]');
	if (!link || !input) return;
	const button = document.createElement('button');
	for (const { name, value } of link.attributes) if (name !== 'href') button.setAttribute(name, value);
	button.type = 'button';
	button.replaceChildren(...link.childNodes);
	button.setAttribute('aria-controls', form.id);
	button.setAttribute('aria-expanded', 'false');
	const setOpen = (open: boolean) => {
		form.toggleAttribute('data-open', open);
		button.setAttribute('aria-expanded', String(open));
	};
	button.addEventListener('click', () => {
		const open = !form.hasAttribute('data-open');
		setOpen(open);
		if (open) input.focus();
	});
	// Before the combobox's own `/` handler (capture phase), so the box is visible when it takes focus.
	document.addEventListener(
		'keydown',
		(e) => {
			if (slashShortcutOn() && isSearchShortcut(e, e.target as HTMLElement | null)) setOpen(true);
		},
		{ capture: true },
	);
	link.replaceWith(button);
}

/** `/` from anywhere focuses the box (on a phone foldOnPhone's capture listener has unfolded it first). */
export function focusOnSlash(form: HTMLFormElement) {
	const input = form.querySelector<HTMLInputElement>('input[type="search"]');
	if (!input) return;
	document.addEventListener('keydown', (e) => {
		if (!slashShortcutOn() || !isSearchShortcut(e, e.target as HTMLElement | null)) return;
		e.preventDefault();
		input.focus();
		input.select();
	});
}
