import { useEffect, useState } from 'preact/hooks';
import { download, standaloneSvg, svgToPng } from './chart-export.ts';

interface Props {
	/** id of the <figure> that holds the chart. */
	figureId: string;
	/** Threats in the chart, in legend order. */
	threats: { id: string; label: string }[];
	/** Base name of exported files, e.g. 'mamori-10threats-organization'. */
	fileName: string;
	/** Heading for the legend list. */
	legendLabel: string;
}

const PARAM = 'highlight';

/** Legend, highlighting and export for a static chart already in the page; the chart itself is never redrawn. */
export default function ChartHighlight({ figureId, threats, fileName, legendLabel }: Props) {
	const [active, setActive] = useState<string | null>(null);
	const [pinned, setPinned] = useState<string | null>(null);
	const shown = active ?? pinned;
	// The server renders an empty box and the buttons appear once hydrated: without scripts there are no dead buttons.
	const [ready, setReady] = useState(false);
	useEffect(() => {
		// Read ?highlight= only in the browser (the component is also rendered at build time).
		const id = new URL(location.href).searchParams.get(PARAM);
		if (threats.some((t) => t.id === id)) setPinned(id);
		setReady(true);
	}, []);

	useEffect(() => {
		const figure = document.getElementById(figureId);
		if (!figure) return;
		if (shown) figure.setAttribute('data-highlight', shown);
		else figure.removeAttribute('data-highlight');
		figure.querySelectorAll<SVGElement>('[data-threat]').forEach((el) => el.toggleAttribute('data-active', el.dataset.threat === shown));
	}, [shown, figureId]);

	useEffect(() => {
		if (!ready) return;
		// Keep the chosen threat in the URL so a view can be linked and cited.
		const url = new URL(location.href);
		if (pinned) url.searchParams.set(PARAM, pinned);
		else url.searchParams.delete(PARAM);
		history.replaceState(null, '', url);
	}, [pinned, ready]);

	useEffect(() => {
		const figure = document.getElementById(figureId);
		const over = (e: Event) => setActive((e.target as Element).closest<SVGElement>('[data-threat]')?.dataset.threat ?? null);
		const out = () => setActive(null);
		figure?.addEventListener('pointerover', over);
		figure?.addEventListener('pointerleave', out);
		return () => {
			figure?.removeEventListener('pointerover', over);
			figure?.removeEventListener('pointerleave', out);
		};
	}, [figureId]);

	const exportAs = async (format: 'svg' | 'png') => {
		const svg = document.querySelector<SVGSVGElement>(`#${figureId} svg`);
		if (!svg) return;
		const text = standaloneSvg(svg);
		const name = `${fileName}${pinned ? `-${pinned}` : ''}.${format}`;
		if (format === 'svg') download(new Blob([text], { type: 'image/svg+xml' }), name);
		else download(await svgToPng(text, svg.viewBox.baseVal.width, svg.viewBox.baseVal.height), name);
	};

	return (
		<div class="chart-tools">
			{ready && (
				<>
			<fieldset class="legend">
				<legend>{legendLabel}</legend>
				<ul>
					{threats.map((t) => (
						<li key={t.id}>
							<button
								type="button"
								aria-pressed={pinned === t.id}
								data-threat-button={t.id}
								onMouseEnter={() => setActive(t.id)}
								onMouseLeave={() => setActive(null)}
								onFocus={() => setPinned(t.id)}
								onClick={() => setPinned(t.id)}
							>
								{t.label}
							</button>
						</li>
					))}
				</ul>
			</fieldset>
			<p class="export">
				<button type="button" onClick={() => setPinned(null)} disabled={!pinned}>
					強調を解除
				</button>
				<button type="button" onClick={() => exportAs('svg')}>SVGで保存</button>
				<button type="button" onClick={() => exportAs('png')}>PNGで保存</button>
			</p>
				</>
			)}
		</div>
	);
}
