import type { APIRoute } from 'astro';
import { getUpdates } from '../../lib/content/queries.ts';
import { loadSiteConfig } from '../../lib/content/site-config.ts';
import { absolute } from '../../lib/page-meta.ts';
import { routes } from '../../lib/routes.ts';
import { SITE } from '../../lib/site.ts';
import { t } from '../../i18n/index.ts';
import { toAtom } from '../../lib/updates.ts';

/** 更新情報 as an Atom feed, written at build time to /updates/feed.xml (absolute links when the address is set). */
export const GET: APIRoute = async ({ site }) => {
	const config = loadSiteConfig();
	const xml = toAtom(await getUpdates(), {
		title: t('layout.feedTitle', 'ja', { site: SITE.name }),
		subtitle: t('updates.feedSubtitle', 'ja', { site: SITE.name, tagline: t('site.tagline', 'ja') }),
		url: (path) => absolute(path, site),
		selfPath: routes.updatesFeed(),
		pagePath: routes.updates(),
		author: config.operator?.name ?? SITE.name,
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
