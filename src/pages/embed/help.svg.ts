import type { APIRoute } from 'astro';
import { helpImage } from '../../lib/content/embed-images.ts';
import { getCardContacts } from '../../lib/content/queries.ts';

/** Image version of /embed/help/. */
export const GET: APIRoute = async ({ site }) => helpImage(await getCardContacts(), site);
