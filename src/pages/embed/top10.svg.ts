import type { APIRoute } from 'astro';
import { top10Image } from '../../lib/content/embed-images.ts';
import { getEditions } from '../../lib/content/queries.ts';

/** Image version of /embed/top10/. */
export const GET: APIRoute = async ({ site }) => top10Image((await getEditions()).at(-1)!, site);
