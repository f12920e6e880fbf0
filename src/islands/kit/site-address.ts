// Fills in the full address of this site wherever a page shows one, from the address it is served
// at: a build without MAMORI_SITE cannot know it, and a bare path on paper or in a newsletter
// opens nothing. Without scripts the page keeps the reader-usable fallback it was built with.
import { fillAddresses } from '../../lib/kit.ts';

for (const el of document.querySelectorAll<HTMLElement>('[data-site-path]')) {
	const path = el.dataset.sitePath!;
	const text = fillAddresses(el.dataset.template ?? '{url}', location.origin, path, el.dataset.pagePath);
	if (text === null) continue;
	if (el instanceof HTMLTextAreaElement) el.value = text;
	else el.textContent = text;
	if (el instanceof HTMLAnchorElement) el.href = text;
	el.dataset.filled = '';
}
// Printed links write out their target (print.css); give them the full address, not the bare path.
for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href^="/"]')) a.dataset.abs = a.href;
