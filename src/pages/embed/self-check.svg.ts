import type { APIRoute } from 'astro';
import { selfCheckImage } from '../../lib/content/embed-images.ts';

/** Image version of /embed/self-check/. */
export const GET: APIRoute = ({ site }) => selfCheckImage(site);
