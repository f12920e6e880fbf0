import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/publishing.ts';

/** /robots.txt, with the sitemap's address when the site has one. */
export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
