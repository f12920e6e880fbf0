import { t } from '../../i18n/index.ts';
import type { Edition } from '../../schemas/edition.ts';
import type { CardContact } from './help-contacts.ts';
import { fullAddress, svgCard } from '../kit.ts';
import { SITE } from '../site.ts';
import { routes } from '../routes.ts';
import { SERVICE_PARTS } from '../service-parts.ts';
import type { Prefecture } from '../prefectures.ts';
import { listLabel } from './rankings.ts';
import { seriesSource } from './series-source.ts';

// The static image versions of the embeds (/embed/*.svg), for sites that cannot frame a page. An
// image cannot learn where it is served from: it names the full address only when MAMORI_SITE is set.
// Words come from the dictionary (embed.*), facts from content.

/** The line under each image: the page's full address, or the site's name when the build has no address. */
function footerOf(path: string, site: URL | undefined): string {
	return fullAddress(path, site) ?? t('embed.footer', 'ja', { name: SITE.name, tagline: t('site.tagline') });
}

/** An SVG response. */
function svgResponse(svg: string): Response {
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}

/** The prefecture card as an image. */
export function prefectureImage(p: Prefecture, site: URL | undefined): Response {
	return svgResponse(
		svgCard({
			title: t('embed.prefecture.title', 'ja', { prefecture: p.name }),
			lines: [t('embed.prefecture.for'), t('embed.prefecture.parts', 'ja', { parts: SERVICE_PARTS.join(t('embed.partsJoin')) })],
			footer: footerOf(routes.prefecture(p.slug), site),
		}),
	);
}

/** This year's top 10 (organisations) as an image, from the newest edition. */
export function top10Image(latest: Edition, site: URL | undefined): Response {
	const entries = latest.organization.entries.filter((e) => e.rank !== undefined).toSorted((a, b) => a.rank! - b.rank!);
	const series = seriesSource(latest);
	return svgResponse(
		svgCard({
			title: t('embed.top10.title', 'ja', { series: series.title, edition: latest.edition, list: listLabel('organization') }),
			lines: [...entries.map((e) => t('embed.top10.entry', 'ja', { rank: e.rank!, title: String(e.title) })), t('embed.top10.source', 'ja', { title: series.editionTitle })],
			footer: footerOf(routes.edition(latest.edition), site),
		}),
	);
}

/** "Start the self-check" as an image, with the number of its questions (the self-check items in content). */
export function selfCheckImage(questions: number, site: URL | undefined): Response {
	return svgResponse(
		svgCard({
			title: t('embed.selfCheck.title'),
			lines: [t('embed.selfCheck.line', 'ja', { n: questions })],
			footer: footerOf(routes.selfCheck(), site),
		}),
	);
}

/** The help contacts as an image: every contact in the help collection, with its phone number when it has one. */
export function helpImage(contacts: readonly CardContact[], site: URL | undefined): Response {
	return svgResponse(
		svgCard({
			title: t('embed.help.title'),
			lines: [
				...contacts.map((c) => t('embed.help.contact', 'ja', { name: c.name, organization: c.organization, phones: c.phones.map((p) => t('embed.help.phone', 'ja', { number: p.number })).join('') })),
				t('embed.help.asChecked'),
			],
			footer: footerOf(routes.help(), site),
		}),
	);
}
