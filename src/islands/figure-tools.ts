import { HIGHLIGHT_PARAM } from '../lib/charts/highlight-param.ts';
import { download, standaloneSvg, svgToPng } from './chart-export.ts';

// Progressive enhancement for every chart figure's tools (ChartFigure): the CSV link and the citation work
// without scripts; this adds SVG/PNG downloads and a copy button, and keeps the permalink and citation in
// step with the chart's state (?highlight=, announced by ChartHighlight with an 'mm:state' event).

/** The drawing a reader sees: the phone or the wide layout, whichever is displayed, else the first. */
function visibleSvg(figure: HTMLElement): SVGSVGElement | null {
	const all = [...figure.querySelectorAll<SVGSVGElement>('.plot > svg[role="img"]')];
	return all.find((s) => s.getClientRects().length > 0) ?? all[0] ?? null;
}

/** Wire the tools of every chart figure in the page (once each). */
export function enhanceFigureTools(): void {
	for (const tools of document.querySelectorAll<HTMLElement>('[data-figure-tools]:not([data-ready])')) {
		tools.dataset.ready = '';
		const figure = tools.closest<HTMLElement>('figure')!;
		const link = tools.querySelector<HTMLAnchorElement>('a[data-permalink]')!;
		const citation = tools.querySelector<HTMLElement>('[data-citation]')!;
		let shown = link.getAttribute('href')!;
		const sync = () => {
			const url = `${location.origin}${location.pathname}${location.search}#${figure.id}`;
			// Only the text node holding the address: the line's Japanese source title sits in a lang="ja" span.
			const walker = document.createTreeWalker(citation, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue?.includes(shown)) n.nodeValue = n.nodeValue.replace(shown, url);
			link.href = url;
			shown = url;
		};
		sync();
		document.addEventListener('mm:state', sync);
		const name = (ext: string) => {
			const state = new URL(location.href).searchParams.get(HIGHLIGHT_PARAM);
			return `mamori-${tools.dataset.file}${state ? `-${state.replaceAll(',', '-')}` : ''}.${ext}`;
		};
		for (const button of tools.querySelectorAll<HTMLButtonElement>('[data-export-as]')) {
			button.addEventListener('click', async () => {
				const svg = visibleSvg(figure);
				if (!svg) return;
				const text = standaloneSvg(svg);
				if (button.dataset.exportAs === 'svg') download(new Blob([text], { type: 'image/svg+xml' }), name('svg'));
				else download(await svgToPng(text, svg.viewBox.baseVal.width, svg.viewBox.baseVal.height), name('png'));
			});
		}
		tools.querySelector('[data-export]')?.removeAttribute('hidden');
		const copy = tools.querySelector<HTMLButtonElement>('[data-copy-citation]')!;
		if (navigator.clipboard) {
			copy.hidden = false;
			copy.addEventListener('click', async () => {
				await navigator.clipboard.writeText(citation.textContent!);
				// The page's word for 'copied' (FigureTools renders it from the dictionary of the page's locale).
				copy.textContent = copy.dataset.copied ?? copy.textContent;
			});
		}
	}
}
