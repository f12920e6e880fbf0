/**
 * Mamori's mark: an omamori (お守り, a protective charm pouch) with a shield on it, drawn on a 32×32 grid.
 * The header draws it from here and public/favicon.svg repeats the same paths (checked by
 * test/unit/mark.test.ts), because other tools read the favicon as a static file.
 */
export const MARK = {
	/** viewBox of every rendering of the mark. */
	viewBox: '0 0 32 32',
	/** The cord knotted above the pouch (stroked, not filled). */
	cord: 'M12 7.5c0-5.5 8-5.5 8 0',
	/** The pouch: a rectangle with its top corners cut, as an omamori is sewn. */
	pouch: 'M5.5 12.5 11 7h10l5.5 5.5V27a3 3 0 0 1-3 3h-15a3 3 0 0 1-3-3z',
	/** The shield on the pouch. */
	shield: 'M16 12.5l7 2.5v5c0 4-2.9 7-7 8.5-4.1-1.5-7-4.5-7-8.5v-5z',
} as const;

/** The mark as a standalone SVG document in one colour (the favicon's drawing), for images drawn at build time. */
export function markSvg(color: string): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MARK.viewBox}"><path d="${MARK.cord}" fill="none" stroke="${color}" stroke-width="2.5" stroke-linecap="round"/><path d="${MARK.pouch}" fill="${color}"/><path d="${MARK.shield}" fill="#fff"/></svg>`;
}
