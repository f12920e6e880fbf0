import { routes } from '../../lib/routes.ts';

/** With scripts on, the prefecture picker (hidden without them: a select alone chooses no page) goes straight to the chosen prefecture's page. */
export function enhancePrefecturePickers(): void {
	for (const form of document.querySelectorAll<HTMLFormElement>('form[data-picker]')) {
		form.hidden = false;
		form.addEventListener('submit', (e) => {
			const slug = form.querySelector('select')?.value;
			if (!slug) return;
			e.preventDefault();
			location.href = routes.prefecture(slug);
		});
	}
}
