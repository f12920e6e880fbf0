/** Turn a chart's SVG into a standalone file: computed colours inlined, so it looks the same outside the page. */
export function standaloneSvg(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const source = svg.querySelectorAll<SVGElement>('*');
	const target = clone.querySelectorAll<SVGElement>('*');
	const props = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'opacity', 'font-size', 'font-weight', 'font-family', 'text-anchor', 'dominant-baseline'];
	source.forEach((el, i) => {
		const style = getComputedStyle(el);
		// Presentation attributes, not style="": the page's CSP forbids inline style attributes.
		for (const p of props) target[i]!.setAttribute(p, style.getPropertyValue(p));
	});
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	const bg = getComputedStyle(document.body).backgroundColor;
	clone.insertAdjacentHTML('afterbegin', `<rect width="100%" height="100%" fill="${bg}"/>`);
	return new XMLSerializer().serializeToString(clone);
}

/** Offer `blob` as a download named `name`. */
export function download(blob: Blob, name: string): void {
	const a = document.createElement('a');
	a.href = URL.createObjectURL(blob);
	a.download = name;
	a.click();
	setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Rasterise an SVG string at `scale`× its viewBox size and resolve with a PNG blob. */
export function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
	return new Promise((resolve, reject) => {
		const img = new Image();
		img.onload = () => {
			const canvas = document.createElement('canvas');
			canvas.width = width * scale;
			canvas.height = height * scale;
			const ctx = canvas.getContext('2d')!;
			ctx.scale(scale, scale);
			ctx.drawImage(img, 0, 0, width, height);
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png');
		};
		img.onerror = () => reject(new Error('SVG could not be drawn'));
		// A data: URL, because the page's CSP allows images from 'self' and data: only.
		img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
	});
}
