import type { APIRoute } from 'astro';
import { top10Image } from '../../lib/content/embed-images.ts';

/** Image version of /embed/top10/. */
export const GET: APIRoute = ({ site }) => top10Image(site);
