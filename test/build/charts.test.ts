import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnyNode, Element } from 'domhandler';
import { all, builtPages, childElements, closest, one, text } from '../../scripts/html.ts';

// Every chart on the site is drawn at build time, so dist/ shows whether each one has a text equivalent
// (ARCHITECTURE.md: "a <title>, a <desc> and a table beside it"). ChartFigure marks the place it keeps
// the equivalent with data-chart-equivalent; a legend is a list too, so only that place counts.
const DIST = 'dist';
const pages = builtPages(DIST);

/** An element as a failure message names it: its tag, id, chart kind and class. */
const named = (el: Element) => `<${el.name}${['id', 'data-chart', 'class'].map((a) => (el.attribs[a] === undefined ? '' : ` ${a}="${el.attribs[a]}"`)).join('')}>`;

/** The charts a page draws: every <svg role="img">, with the figure and section around it. */
const chartsOf = (doc: AnyNode) => all(doc, 'svg[role="img"]').map((svg) => ({ svg, figure: closest(svg, 'figure'), section: closest(svg, 'section') }));

/** The chart figures of a page: <figure data-chart> elements. */
const chartFigures = (doc: AnyNode) => all(doc, 'figure[data-chart]');

/** Whether a figure keeps a data table (with cells) or a list (with items) in its equivalent place. */
function hasEquivalent(figure: Element): boolean {
	const equivalent = one(figure, '[data-chart-equivalent]');
	return !!equivalent && !!one(equivalent, 'table :is(td, th), :is(ol, ul) li');
}

describe('charts in the built site', () => {
	it('draws charts, including on /stats/, /policy/timeline/ and /guideline/security-action/', () => {
		const count = (path: string) => chartFigures(pages.find((p) => p.path === path)!.doc).length;
		expect(pages.reduce((n, p) => n + chartFigures(p.doc).length, 0)).toBeGreaterThan(10);
		for (const path of ['/stats/', '/policy/timeline/', '/guideline/security-action/', '/policy/supply-chain-framework/']) expect(count(path), path).toBeGreaterThan(0);
	});

	it.each(pages.map((p) => [p.path, p] as const))('%s: every chart figure holds a drawing and, in the same figure, a table or list of what it shows', (_, p) => {
		const missing = chartFigures(p.doc)
			.filter((f) => !one(f, 'svg[role="img"]') || !hasEquivalent(f))
			.map(named);
		expect(missing).toEqual([]);
	});

	it.each(pages.map((p) => [p.path, p] as const))('%s: every drawing is in a chart figure, or is a sparkline in a section with a table', (_, p) => {
		const loose = chartsOf(p.doc)
			.filter(({ svg, figure, section }) => {
				if (figure) return figure.attribs['data-chart'] === undefined;
				// A sparkline sits in a line of text; the rank table of its section holds the same ranks.
				return !(svg.attribs.class === 'sparkline' && section && one(section, 'table'));
			})
			.map(({ svg }) => named(svg));
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

/** Visible text of an element: screen-reader-only spans left out, spaces collapsed. */
const textOf = (node: AnyNode): string => {
	const visible = (n: AnyNode): string =>
		n.type === 'text' ? n.data : 'children' in n && !(n.type === 'tag' && n.name === 'span' && n.attribs.class === 'mm-visually-hidden') ? n.children.map(visible).join('') : '';
	return visible(node).replace(/\s+/g, ' ').trim();
};

/** The body rows of the first table in an element, as cell texts. */
const tableRows = (el: Element): string[][] => {
	const body = one(el, 'tbody');
	return body ? all(body, 'tr').map((tr) => all(tr, 'th, td').map(textOf)) : [];
};

describe('every chart figure can be downloaded as the rows it draws', () => {
	it.each(pages.filter((p) => chartFigures(p.doc).length > 0).map((p) => [p.path, p] as const))('%s: each chart figure links a CSV whose rows are its table (or its list)', (_, p) => {
		for (const f of chartFigures(p.doc)) {
			const href = one(f, 'a[data-csv]')?.attribs.href;
			expect(href, `${p.path} ${named(f)}`).toMatch(/^\/data\/figures\/[a-z0-9-]+\.csv$/);
			const [header, ...rows] = parseCsv(readFileSync(`${DIST}${href}`, 'utf8'));
			expect(header!.length).toBeGreaterThan(1);
			const equivalent = one(f, '[data-chart-equivalent]')!;
			if (one(equivalent, 'table')) {
				expect(tableRows(equivalent), href).toEqual(rows);
			} else {
				// A list or prose: every row's facts appear in it, and a list has one item per row.
				const shown = textOf(equivalent);
				for (const row of rows) for (const cell of row.slice(1).filter(Boolean)) expect(shown, href).toContain(cell);
				const list = childElements(equivalent)[0];
				if (list?.name === 'ol') expect(all(list, 'li').length, href).toBe(rows.length);
			}
			// English pages (issue 22) cite in English.
			if (p.path.startsWith('/en/')) expect(text(one(f, '[data-citation]')), href).toMatch(/^“.+?”, Mamori \(made .+?\), \S+#[a-z0-9-]+\. Source: /);
			else expect(text(one(f, '[data-citation]')), href).toMatch(/^「.+?」Mamori（\d{4}年\d{1,2}月\d{1,2}日作成）\S+#[a-z0-9-]+ 出典：/);
		}
	});
});
