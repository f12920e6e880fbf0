import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './lib/content/collections.ts';

// Wiring only: folders and schemas live in src/lib/content/collections.ts, shared with the
// validator that runs before the build and names the file and field of any content error.
export const collections = Object.fromEntries(
	(Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]).map(([name, spec]) => [
		name,
		defineCollection({
			loader: glob({ base: `./content/${spec.dir}`, pattern: `*${spec.ext}` }),
			schema: spec.schema,
		}),
	]),
) as { [K in CollectionName]: ReturnType<typeof defineCollection> };
