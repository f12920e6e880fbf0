// Draws the QR code of a page's full address in the browser, for builds without MAMORI_SITE (with
// it, QrCode.astro draws the code at build time and this script is not on the page).
import { fullAddress } from '../../lib/kit.ts';
import { layoutQr } from '../../lib/qr.ts';

const SVG = 'http://www.w3.org/2000/svg';

for (const slot of document.querySelectorAll<HTMLElement>('[data-qr-path]')) {
	const url = fullAddress(slot.dataset.qrPath!, location.origin);
	if (!url) continue;
	const { size, path } = layoutQr(url);
	const svg = document.createElementNS(SVG, 'svg');
	// Same attributes as the build-time code, and the slot's scoped-style attribute so its CSS applies.
	for (const { name, value } of slot.attributes) if (name.startsWith('data-astro-cid')) svg.setAttribute(name, value);
	svg.setAttribute('class', 'qr');
	svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-label', slot.dataset.label!);
	svg.setAttribute('shape-rendering', 'crispEdges');
	svg.dataset.qrUrl = url;
	const bg = document.createElementNS(SVG, 'rect');
	bg.setAttribute('width', String(size));
	bg.setAttribute('height', String(size));
	bg.setAttribute('fill', '#fff');
	const dark = document.createElementNS(SVG, 'path');
	dark.setAttribute('d', path);
	dark.setAttribute('fill', '#000');
	svg.append(bg, dark);
	slot.replaceWith(svg);
}
