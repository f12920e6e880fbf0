// The `/` shortcut's rule on its own, importing nothing: the header's eager script uses it on every page,
// where each module it pulls in is one more request before the first paint (#20).

/** Whether a key press should move focus to the site search (`/`, as on many sites), given where focus is now. */
export function isSearchShortcut(
	event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; isComposing?: boolean },
	target: { tagName?: string; isContentEditable?: boolean } | null,
): boolean {
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false;
	const tag = target?.tagName?.toUpperCase();
	return !(tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable);
}
