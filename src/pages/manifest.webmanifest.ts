import type { APIRoute } from 'astro';
import { loadSiteConfig } from '../lib/content/site-config.ts';
import { routes } from '../lib/routes.ts';
import { t } from '../i18n/index.ts';

/** The web manifest: name, colours and icons for a phone's home screen (names from content/site.yaml). */
export const GET: APIRoute = () => {
	const { name } = loadSiteConfig();
	const manifest = {
		name: `${name}：${t('site.tagline')}`,
		short_name: name,
		description: t('site.description'),
		lang: 'ja',
		start_url: routes.home(),
		scope: routes.home(),
		display: 'browser',
		theme_color: '#0f2a44',
		background_color: '#ffffff',
		icons: [
			{ src: '/favicon.svg', type: 'image/svg+xml', sizes: 'any' },
			{ src: '/apple-touch-icon.png', type: 'image/png', sizes: '180x180' },
			{ src: '/icon-512.png', type: 'image/png', sizes: '512x512' },
		],
	};
	return new Response(`${JSON.stringify(manifest, null, '\t')}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
};
