import type { APIRoute } from 'astro';
import { selfCheckImage } from '../../lib/content/embed-images.ts';
import { getSelfCheckItems } from '../../lib/content/queries.ts';

/** Image version of /embed/self-check/: the number of questions is the number of self-check items in content. */
export const GET: APIRoute = async ({ site }) => selfCheckImage((await getSelfCheckItems()).length, site);
