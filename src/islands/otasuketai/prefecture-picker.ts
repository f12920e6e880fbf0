/** With scripts on, the prefecture picker (hidden without them: a select alone chooses no page) goes straight to the chosen prefecture's page. */
export function enhancePrefecturePickers(): void {
	for (const form of document.querySelectorAll<HTMLFormElement>('form[data-picker]')) {
		form.hidden = false;
		form.addEventListener('submit', (e) => {
			// The chosen option's address, written by the server from routes.prefecture (PrefecturePicker.astro).
			const href = form.querySelector('select')?.selectedOptions[0]?.dataset.href;
			if (!href) return;
			e.preventDefault();
			location.href = href;
		});
	}
}

/**
 * The home page's prefecture picker submits ?pref=<slug> to /otasuketai/ (which has the picker too: one script
 * for both, one request fewer before its first paint, #20); with scripts on, go straight to that prefecture's page.
 */
export function followPrefectureQuery(): void {
	const slug = new URL(location.href).searchParams.get('pref');
	// Only a slug the picker on this page offers, so the parameter cannot point anywhere else.
	// Its address is the option's, written by the server from routes.prefecture (PrefecturePicker.astro).
	const href = [...document.querySelectorAll<HTMLOptionElement>('#pref-picker option')].find((o) => o.value && o.value === slug)?.dataset.href;
	if (href) location.replace(href);
}
