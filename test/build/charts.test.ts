import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlFiles, urlPathOf } from '../../scripts/dist-files.ts';
import { decodeEntities, elementSpans, enclosing } from '../../scripts/html.ts';

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

/** Parse RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks); a leading BOM is dropped. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let [record, field, quoted] = [[] as string[], '', false];
	const body = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < body.length; i++) {
		const c = body[i]!;
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') (field += '"'), i++;
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') record.push(field), (field = '');
		else if (c === '\r' && body[i + 1] === '\n') records.push([...record, field]), (record = []), (field = ''), i++;
		else field += c;
	}
	if (field || record.length) records.push([...record, field]);
	return records;
}

/** Visible text of a piece of markup: screen-reader-only spans and tags removed, entities decoded, spaces collapsed. */
const textOf = (html: string) =>
	decodeEntities(html.replace(/<span class="mm-visually-hidden"[^>]*>[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();

/** The body rows of the first table in a piece of markup, as cell texts. */
function tableRows(html: string): string[][] {
	const body = html.match(/<tbody\b[^>]*>([\s\S]*?)<\/tbody>/)?.[1] ?? '';
	return [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) => [...tr[1]!.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => textOf(c[1]!)));
}

describe('every chart figure can be downloaded as the rows it draws', () => {
	it.each(pages.filter((p) => chartFigures(p.html).length > 0).map((p) => [p.path, p] as const))('%s: each chart figure links a CSV whose rows are its table (or its list)', (_, p) => {
		for (const f of chartFigures(p.html)) {
			const inner = p.html.slice(f.start, f.end);
			const href = inner.match(/<a href="([^"]+\.csv)"[^>]*data-csv/)?.[1];
			expect(href, `${p.path} ${f.open}`).toMatch(/^\/data\/figures\/[a-z0-9-]+\.csv$/);
			const [header, ...rows] = parseCsv(readFileSync(`${DIST}${href}`, 'utf8'));
			expect(header!.length).toBeGreaterThan(1);
			const equivalent = inner.slice(inner.indexOf('data-chart-equivalent'));
			if (/<table\b/.test(equivalent)) {
				expect(tableRows(equivalent), href).toEqual(rows);
			} else {
				// A list or prose: every row's facts appear in it, and a list has one item per row.
				const text = textOf(equivalent);
				for (const row of rows) for (const cell of row.slice(1).filter(Boolean)) expect(text, href).toContain(cell);
				const items = equivalent.match(/^[^>]*>\s*<ol\b[\s\S]*?<\/ol>/)?.[0].match(/<li\b/g)?.length;
				if (items !== undefined) expect(items, href).toBe(rows.length);
			}
			// English pages (issue 22) cite in English.
			if (p.path.startsWith('/en/')) expect(inner, href).toMatch(/data-citation[^>]*>Mamori, “.+?” \(made \d{4}-\d{2}-\d{2}\), \S+#[a-z0-9-]+\. Source: /);
			else expect(inner, href).toMatch(/data-citation[^>]*>「.+?」Mamori（\d{4}年\d{1,2}月\d{1,2}日作成）\S+#[a-z0-9-]+ 出典：/);
		}
	});
});
