/**
 * A figure a page names in a sentence, read from the content file that holds it with its sources
 * (`textFigures` of content/pages/<page>.yaml or of a pilot; one schema, src/schemas/text-figure.ts).
 * A missing one stops the build naming the file and field, rather than print a blank in the sentence.
 */
export function textFigure(figures: Readonly<Record<string, { value: string }>> | undefined, key: string, field: string): string {
	const figure = figures?.[key];
	if (!figure) throw new Error(`${field}.${key}: is missing, but the page's text names it`);
	return figure.value;
}

/** The sources behind a file's sentence figures, in order, for the page's source list. */
export function textFigureSources<S>(figures: Readonly<Record<string, { sources: readonly S[] }>> | undefined): S[] {
	return Object.values(figures ?? {}).flatMap((f) => f.sources);
}
