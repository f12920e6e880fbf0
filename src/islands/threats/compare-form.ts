import { localeOf, routes } from '../../lib/routes.ts';

/**
 * With scripts on, the compare form goes straight to the static page for the chosen pair (older edition
 * first), in the page's language; its messages are the dictionary's, written on the form (data-msg-*).
 */
export function enhanceCompareForm(): void {
	const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
	if (!form) return;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const data = new FormData(form);
		const [x, y] = [Number(data.get('a')), Number(data.get('b'))];
		const list = data.get('list') === 'individual' ? 'individual' : 'organization';
		const hint = form.querySelector('[data-compare-hint]')!;
		const ranked = (form.dataset[list === 'individual' ? 'yearsIndividual' : 'yearsOrganization'] ?? '').split(',').map(Number);
		if (x === y) {
			hint.textContent = form.dataset.msgSame ?? '';
			return;
		}
		if (!ranked.includes(x) || !ranked.includes(y)) {
			hint.textContent = (list === 'individual' ? form.dataset.msgIndividual : form.dataset.msgOrganization) ?? '';
			return;
		}
		location.href = routes.compare({ list, a: Math.min(x, y), b: Math.max(x, y) }, localeOf(location.pathname));
	});
}
