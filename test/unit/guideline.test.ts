import { describe, expect, it } from 'vitest';
import { sortByOrder } from '../../src/lib/content/guideline.ts';
import { routes } from '../../src/lib/routes.ts';

describe('routes.guidelinePage', () => {
	it.each([
		['about', '/guideline/'],
		['self-check', '/self-check/'],
		['executives', '/guideline/executives/'],
		['security-action', '/guideline/security-action/'],
	])('puts entry %s at %s', (id, path) => {
		expect(routes.guidelinePage(id)).toBe(path);
	});

	it('leaves the overview and the self-check to their own routes, every other entry to /guideline/[slug]/', () => {
		expect(['about', 'self-check', 'step-up', 'toString'].map(routes.guidelineHasOwnRoute)).toEqual([true, true, false, false]);
	});
});

describe('sortByOrder', () => {
	it('orders entries by frontmatter order, then by id when orders tie', () => {
		const entry = (id: string, order: number) => ({ id, data: { order } });
		const sorted = sortByOrder([entry('c', 3), entry('b', 2), entry('a', 3), entry('z', 1)]);
		expect(sorted.map((e) => e.id)).toEqual(['z', 'b', 'a', 'c']);
	});
});
