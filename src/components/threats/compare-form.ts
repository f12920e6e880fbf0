import { routes } from '../../lib/routes.ts';

/** With scripts on, the compare form goes straight to the static page for the chosen pair (older edition first). */
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
			hint.textContent = '違う版を2つ選んでください。';
			return;
		}
		if (!ranked.includes(x) || !ranked.includes(y)) {
			hint.textContent = `${list === 'individual' ? '個人' : '組織'}向けで順位を比べられるのは${ranked[0]}〜${ranked.at(-1)}年版です。`;
			return;
		}
		location.href = routes.compare({ list, a: Math.min(x, y), b: Math.max(x, y) });
	});
}
