import { useEffect, useState } from 'preact/hooks';
import type { Words } from '../i18n/index.ts';
import { HIGHLIGHT_PARAM, readHighlight, writeHighlight } from '../lib/charts/highlight-param.ts';

/** The words this island shows, from the dictionary of the page's locale. */
export const CHART_HIGHLIGHT_WORDS = ['highlight.clear'] as const;

interface Props {
	/** id of the <figure> that holds the chart. */
	figureId: string;
	/** Threats in the chart, in legend order, each with the sentences describeSummary() wrote at build time. */
	threats: { id: string; label: string; summary: string }[];
	/** Heading for the legend list. */
	legendLabel: string;
	/** UI words (pickWords(locale, CHART_HIGHLIGHT_WORDS)). */
	ui: Words<(typeof CHART_HIGHLIGHT_WORDS)[number]>;
}

/** Toggle chips, highlighting and a summary for a static chart already in the page; the chart itself is never redrawn. */
export default function ChartHighlight({ figureId, threats, legendLabel, ui }: Props) {
	const ids = threats.map((t) => t.id);
	const [hover, setHover] = useState<string | null>(null);
	const [pinned, setPinned] = useState<string[]>([]);
	// Not ready until ?highlight= is read: the effect that writes the URL would otherwise clear it on the first render.
	const [ready, setReady] = useState(false);
	useEffect(() => {
		// A cited ?highlight= link shows its highlight as soon as the island is mounted.
		setPinned(readHighlight(new URL(location.href).searchParams.get(HIGHLIGHT_PARAM), ids));
		setReady(true);
	}, []);

	const shown = hover && !pinned.includes(hover) ? [...pinned, hover] : pinned;
	useEffect(() => {
		const figure = document.getElementById(figureId);
		if (!figure) return;
		if (shown.length) figure.setAttribute('data-highlight', shown.join(' '));
		else figure.removeAttribute('data-highlight');
		figure.querySelectorAll<SVGElement>('[data-threat]').forEach((el) => el.toggleAttribute('data-active', shown.includes(el.dataset.threat ?? '')));
	}, [shown.join(), figureId]);

	useEffect(() => {
		if (!ready) return;
		// Keep the chosen threats in the URL so a view can be linked and cited; another chart's ids stay.
		const url = new URL(location.href);
		const value = writeHighlight(url.searchParams.get(HIGHLIGHT_PARAM), ids, pinned);
		if (value) url.searchParams.set(HIGHLIGHT_PARAM, value);
		else url.searchParams.delete(HIGHLIGHT_PARAM);
		// Commas are legal in a query: keep ?highlight=a,b readable in the address bar and in citations.
		history.replaceState(null, '', url.href.replaceAll('%2C', ','));
		document.dispatchEvent(new CustomEvent('mm:state', { detail: { figureId } }));
	}, [pinned.join(), ready]);

	useEffect(() => {
		const figure = document.getElementById(figureId);
		const over = (e: Event) => setHover((e.target as Element).closest<SVGElement>('[data-threat]')?.dataset.threat ?? null);
		const out = () => setHover(null);
		figure?.addEventListener('pointerover', over);
		figure?.addEventListener('pointerleave', out);
		return () => {
			figure?.removeEventListener('pointerover', over);
			figure?.removeEventListener('pointerleave', out);
		};
	}, [figureId]);

	const toggle = (id: string) => setPinned((p) => (p.includes(id) ? p.filter((x) => x !== id) : ids.filter((x) => x === id || p.includes(x))));
	const chosen = threats.filter((t) => pinned.includes(t.id));

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
										aria-pressed={pinned.includes(t.id)}
										data-threat-button={t.id}
										onMouseEnter={() => setHover(t.id)}
										onMouseLeave={() => setHover(null)}
										onFocus={() => setHover(t.id)}
										onBlur={() => setHover(null)}
										onClick={() => toggle(t.id)}
									>
										{t.label}
									</button>
								</li>
							))}
						</ul>
					</fieldset>
					<div class="summary" aria-live="polite" data-highlight-summary>
						{chosen.map((t) => (
							<p key={t.id}>{t.summary}</p>
						))}
					</div>
					<p class="export">
						<button type="button" onClick={() => setPinned([])} disabled={!pinned.length}>
							{ui['highlight.clear']}
						</button>
					</p>
				</>
			)}
		</div>
	);
}
