// In which order the section lists the guideline pages (where each lives: routes.guidelinePage). Pure: no astro:content.

/** Sort entries by frontmatter `order`, then by id, so equal orders still give a stable list. */
export function sortByOrder<T extends { id: string; data: { order: number } }>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
