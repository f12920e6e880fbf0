import type { APIRoute } from 'astro';
import { helpPaths } from '../lib/content/help.ts';
import { getHelpSituations } from '../lib/content/queries.ts';
import { serviceWorkerSource } from '../lib/offline-help.ts';
import { t } from '../i18n/index.ts';

/** The service worker that keeps /help/ and every situation page readable offline, written to /sw.js. */
export const GET: APIRoute = async () => new Response(serviceWorkerSource(helpPaths(await getHelpSituations()), t('offline.note')), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
