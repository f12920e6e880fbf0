import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlFiles, urlPathOf } from '../../scripts/dist-files.ts';
import { elementSpans, enclosing } from '../../scripts/html.ts';

// Every chart on the site is drawn at build time, so dist/ shows whether each one has a text equivalent
// (ARCHITECTURE.md: "a <title>, a <desc> and a table beside it"). ChartFigure marks the place it keeps
// the equivalent with data-chart-equivalent; a legend is a list too, so only that place counts.
const DIST = 'dist';
const pages = htmlFiles(DIST).map((file) => ({ path: urlPathOf(DIST, file), html: readFileSync(file, 'utf8') }));

/** The charts a page draws: every <svg role="img">, with the figure and section around it. */
function chartsOf(html: string) {
	const figures = elementSpans(html, 'figure');
	const sections = elementSpans(html, 'section');
	return [...html.matchAll(/<svg\b[^>]*>/g)]
		.filter((m) => /\srole="img"/.test(m[0]))
		.map((m) => ({ svg: m[0], figure: enclosing(figures, m.index), section: enclosing(sections, m.index) }));
}

/** The chart figures of a page: <figure data-chart> elements. */
const chartFigures = (html: string) => elementSpans(html, 'figure').filter((f) => /\sdata-chart="/.test(f.open));

/** Whether a figure keeps a data table (with cells) or a list (with items) in its equivalent place. */
function hasEquivalent(html: string, figure: { start: number; end: number }): boolean {
	const inner = html.slice(figure.start, figure.end);
	const at = inner.indexOf('data-chart-equivalent');
	if (at === -1) return false;
	const equivalent = inner.slice(at);
	return /<table\b[\s\S]*<t[dh]\b/.test(equivalent) || /<(ol|ul)\b[\s\S]*<li\b/.test(equivalent);
}

describe('charts in the built site', () => {
	it('draws charts, including on /stats/, /policy/timeline/ and /guideline/security-action/', () => {
		const count = (path: string) => chartFigures(pages.find((p) => p.path === path)!.html).length;
		expect(pages.reduce((n, p) => n + chartFigures(p.html).length, 0)).toBeGreaterThan(10);
		for (const path of ['/stats/', '/policy/timeline/', '/guideline/security-action/', '/policy/supply-chain-framework/']) expect(count(path), path).toBeGreaterThan(0);
	});

	it.each(pages.map((p) => [p.path, p] as const))('%s: every chart figure holds a drawing and, in the same figure, a table or list of what it shows', (_, p) => {
		const missing = chartFigures(p.html)
			.filter((f) => !/<svg\b[^>]*\srole="img"/.test(p.html.slice(f.start, f.end)) || !hasEquivalent(p.html, f))
			.map((f) => f.open);
		expect(missing).toEqual([]);
	});

	it.each(pages.map((p) => [p.path, p] as const))('%s: every drawing is in a chart figure, or is a sparkline in a section with a table', (_, p) => {
		const loose = chartsOf(p.html)
			.filter(({ svg, figure, section }) => {
				if (figure) return !/\sdata-chart="/.test(figure.open);
				// A sparkline sits in a line of text; the rank table of its section holds the same ranks.
				return !(/\sclass="sparkline"/.test(svg) && section && /<table\b/.test(p.html.slice(section.start, section.end)));
			})
			.map(({ svg }) => svg);
		expect(loose).toEqual([]);
	});
});
