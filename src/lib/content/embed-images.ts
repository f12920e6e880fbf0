import type { Edition } from '../../schemas/edition.ts';
import type { CardContact } from './help-contacts.ts';
import { fullAddress, svgCard } from '../kit.ts';
import { SITE } from '../site.ts';
import { t } from '../../i18n/index.ts';
import { routes } from '../routes.ts';
import { SERVICE_PARTS } from '../service-parts.ts';
import type { Prefecture } from '../prefectures.ts';

// The static image versions of the embeds (/embed/*.svg), for sites that cannot frame a page. An
// image cannot learn where it is served from: it names the full address only when MAMORI_SITE is set.

/** The line under each image: the page's full address, or the site's name when the build has no address. */
function footerOf(path: string, site: URL | undefined): string {
	return fullAddress(path, site) ?? `${SITE.name}（${t('site.tagline')}）`;
}

/** An SVG response. */
function svgResponse(svg: string): Response {
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}

/** The prefecture card as an image. */
export function prefectureImage(p: Prefecture, site: URL | undefined): Response {
	return svgResponse(
		svgCard({
			title: `${p.name}の中小企業の皆さまへ：サイバーセキュリティお助け隊`,
			lines: ['専任の担当者を置けない中小企業のためのサービスです。', `${SERVICE_PARTS.join('・')}がひとつになっています。`],
			footer: footerOf(routes.prefecture(p.slug), site),
		}),
	);
}

/** This year's top 10 (organisations) as an image, from the newest edition. */
export function top10Image(latest: Edition, site: URL | undefined): Response {
	const entries = latest.organization.entries.filter((e) => e.rank !== undefined).toSorted((a, b) => a.rank! - b.rank!);
	return svgResponse(
		svgCard({
			title: `情報セキュリティ10大脅威 ${latest.edition}［組織］`,
			lines: [...entries.map((e) => `${e.rank}. ${e.title}`), `出典：IPA「情報セキュリティ10大脅威 ${latest.edition}」`],
			footer: footerOf(routes.edition(latest.edition), site),
		}),
	);
}

/** "Start the self-check" as an image. */
export function selfCheckImage(site: URL | undefined): Response {
	return svgResponse(
		svgCard({
			title: '自社の対策、どこまでできていますか',
			lines: ['25の質問に答えるだけで、情報セキュリティ対策がどこまでできているかがわかります。'],
			footer: footerOf(routes.selfCheck(), site),
		}),
	);
}

/** The help contacts as an image: every contact in the help collection, with its phone number when it has one. */
export function helpImage(contacts: readonly CardContact[], site: URL | undefined): Response {
	return svgResponse(
		svgCard({
			title: '情報セキュリティで困ったときの相談先',
			lines: [...contacts.map((c) => `${c.name}（${c.organization}）${c.phones.map((p) => ` 電話 ${p.number}`).join('')}`), '電話番号などは当サイトが確認した時点のものです。'],
			footer: footerOf(routes.help(), site),
		}),
	);
}
