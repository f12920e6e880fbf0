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
		title: `${SITE.name} 更新情報`,
		subtitle: `${SITE.name}（${t('site.tagline')}）の新しいページ、資料の新しい版、連絡先やデータの変更のお知らせ。`,
		url: (path) => absolute(path, site),
		selfPath: routes.updatesFeed(),
		pagePath: routes.updates(),
		author: config.operator?.name ?? SITE.name,
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
