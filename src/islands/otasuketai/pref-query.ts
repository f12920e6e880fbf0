import { routes } from '../../lib/routes.ts';

/** The home page's prefecture picker submits ?pref=<slug> here; with scripts on, go straight to that prefecture's page. */
export function followPrefectureQuery(): void {
	const slug = new URL(location.href).searchParams.get('pref');
	// Only a slug the picker on this page offers, so the parameter cannot point anywhere else.
	const known = [...document.querySelectorAll<HTMLOptionElement>('#pref-picker option')].some((o) => o.value && o.value === slug);
	if (known) location.replace(routes.prefecture(slug!));
}
