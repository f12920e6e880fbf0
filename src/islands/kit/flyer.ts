// The flyer's own fields: the chamber's name and phone number, typed on the page or given as
// ?from=…&tel=…. Every value is cleaned and length-limited (src/lib/kit.ts) and set as text, never
// as markup. Without scripts the flyer keeps blank lines to write on by hand.
import { cleanField, cleanTel, FIELD_LIMITS, flyerFieldsOf } from '../../lib/kit.ts';

const form = document.querySelector<HTMLFormElement>('form[data-flyer-fields]');
const fromInput = form?.querySelector<HTMLInputElement>('input[name="from"]');
const telInput = form?.querySelector<HTMLInputElement>('input[name="tel"]');
const fromOut = document.querySelector<HTMLElement>('[data-flyer-from]');
const telOut = document.querySelector<HTMLElement>('[data-flyer-tel]');

if (form && fromInput && telInput && fromOut && telOut) {
	const blanks = { from: fromOut.textContent ?? '', tel: telOut.textContent ?? '' };
	const show = (from: string, tel: string) => {
		fromOut.textContent = from || blanks.from;
		telOut.textContent = tel || blanks.tel;
		fromOut.classList.toggle('blank', !from);
		telOut.classList.toggle('blank', !tel);
	};
	const initial = flyerFieldsOf(location.search);
	fromInput.value = initial.from;
	telInput.value = initial.tel;
	show(initial.from, initial.tel);
	form.hidden = false;
	const update = () => {
		const from = cleanField(fromInput.value, FIELD_LIMITS.from);
		const tel = cleanTel(telInput.value);
		show(from, tel);
		// Keep the values in the address, so a reload or a shared link shows the same flyer.
		const url = new URL(location.href);
		for (const [key, value] of [
			['from', from],
			['tel', tel],
		] as const) {
			if (value) url.searchParams.set(key, value);
			else url.searchParams.delete(key);
		}
		history.replaceState(null, '', url);
	};
	form.addEventListener('input', update);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		update();
	});
	form.querySelector<HTMLButtonElement>('[data-print-button]')?.addEventListener('click', () => window.print());
}
