/**
 * The `/` shortcut can be turned off on /search/ (WCAG 2.1.4: a one-key shortcut must be possible
 * to switch off, e.g. for speech input that types a slash). The choice is kept in localStorage.
 */
const KEY = 'mamori.search.slash-shortcut';

export function slashShortcutOn(): boolean {
	try {
		return localStorage.getItem(KEY) !== 'off';
	} catch {
		return true; // storage blocked: keep the default
	}
}

export function setSlashShortcut(on: boolean): void {
	try {
		if (on) localStorage.removeItem(KEY);
		else localStorage.setItem(KEY, 'off');
	} catch {
		// Storage blocked: the choice lasts for this page only.
	}
}
