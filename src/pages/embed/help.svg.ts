import type { APIRoute } from 'astro';
import { helpImage } from '../../lib/content/embed-images.ts';

/** Image version of /embed/help/. */
export const GET: APIRoute = ({ site }) => helpImage(site);
