// The ?highlight= state of a chart page: which threats are highlighted, as a comma-separated list of ids.
// Two charts on one page share the parameter, so each reads only its own ids and keeps the others'.

/** The URL parameter that holds highlighted threats. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Ids named in a ?highlight= value that the chart knows, in the chart's order, without repeats (the old single id still works). */
export function readHighlight(value: string | null, known: readonly string[]): string[] {
	const wanted = new Set((value ?? '').split(',').map((s) => s.trim()));
	return known.filter((id) => wanted.has(id));
}

/** The new ?highlight= value: this chart's chosen ids, other charts' ids kept as they were; '' when none. */
export function writeHighlight(value: string | null, known: readonly string[], chosen: readonly string[]): string {
	const others = (value ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter((id) => id && !known.includes(id));
	return [...new Set([...others, ...known.filter((id) => chosen.includes(id))])].join(',');
}
