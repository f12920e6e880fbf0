// Where each guideline page lives and in which order the section lists them. Pure: no astro:content.

// Entries with a route of their own: the overview is the section's top page, the self-check has /self-check/.
const OWN_ROUTES: Readonly<Record<string, string>> = { about: '/guideline/', 'self-check': '/self-check/' };

/** The URL of a guideline page by entry id: '/guideline/', '/self-check/' or '/guideline/<id>/'. */
export function guidelinePath(id: string): string {
	return OWN_ROUTES[id] ?? `/guideline/${id}/`;
}

/** Whether an entry is rendered by a page of its own rather than by /guideline/[slug]/. */
export function hasOwnRoute(id: string): boolean {
	return Object.hasOwn(OWN_ROUTES, id);
}

/** Sort entries by frontmatter `order`, then by id, so equal orders still give a stable list. */
export function sortByOrder<T extends { id: string; data: { order: number } }>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
