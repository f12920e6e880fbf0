/**
 * What the header search box does before the first paint, on every page: the phone fold, the `/` shortcut,
 * the language switch's kept view, and loading the combobox (results as the reader types) afterwards.
 * The combobox loads after the page has painted, or at once when the reader reaches for the box: its
 * modules, requested before the first paint, delayed the largest paint of every page by about a third on
 * a slow phone (#20, npm run bench). Its address comes from the inert <template data-header-combobox>
 * SearchBox renders, not from a dynamic import of header.ts: the bundler would add its preload helper to
 * this script for that, one more request before the first paint (#20). The page's islands load the same
 * way (src/islands/idle.ts): this script is on every page with a header, so they need no script of their own
 * before the first paint.
 */
import { loadIslands, parkedScript, whenIdle } from '../idle.ts';
import { carryReaderState } from '../language-switch.ts';
import { focusOnSlash, foldOnPhone } from './fold.ts';

export function startHeaderBox(): void {
	const form = document.querySelector<HTMLFormElement>('form[data-header-search]');
	if (form) {
		foldOnPhone(form);
		focusOnSlash(form);
		// An IME composition begun before the combobox arrives must not be searched mid-word when it does:
		// the form carries the state over (HeaderCombobox reads it).
		const input = form.querySelector<HTMLInputElement>('input[type="search"]');
		input?.addEventListener('compositionstart', () => (form.dataset.composing = 'yes'));
		input?.addEventListener('compositionend', () => delete form.dataset.composing);
		const src = parkedScript(document.querySelector<HTMLTemplateElement>('template[data-header-combobox]'));
		let started = false;
		const start = () => {
			if (started || !src) return;
			started = true;
			import(/* @vite-ignore */ src);
		};
		form.addEventListener('focusin', start);
		form.addEventListener('pointerdown', start);
		whenIdle(start);
	}
	// The header's language switch (on pages with a twin) keeps the reader's view; it is in every header, as this box is.
	carryReaderState();
	// Islands on this page (the chart highlight, the team filter) are mounted by scripts it loads once idle.
	loadIslands();
}
