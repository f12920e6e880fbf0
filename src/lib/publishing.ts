import type { SiteConfig } from '../schemas/site.ts';
import { routes } from './routes.ts';

// Small text files for crawlers and security researchers, computed from content/site.yaml. Pure.

/** robots.txt: everything may be crawled except the search page's results; the sitemap only when the address is set. */
export function robotsTxt(site: URL | undefined): string {
	const lines = ['User-agent: *', `Disallow: ${routes.search()}`, `Allow: ${routes.home()}`];
	if (site) lines.push('', `Sitemap: ${new URL(routes.sitemapIndex(), site).href}`);
	return `${lines.join('\n')}\n`;
}

/**
 * /.well-known/security.txt (RFC 9116) when a contact is set, else null. Expires is required by the
 * RFC and must be under a year away: one year after `built`, so a site left unbuilt stops claiming it.
 */
export function securityTxt(config: SiteConfig, site: URL | undefined, built: Date): string | null {
	const contact = config.contact?.email ? `mailto:${config.contact.email}` : config.contact?.url;
	if (!contact) return null;
	const expires = new Date(built);
	expires.setUTCFullYear(expires.getUTCFullYear() + 1);
	expires.setUTCDate(expires.getUTCDate() - 1);
	const lines = [`Contact: ${contact}`, `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`, 'Preferred-Languages: ja, en'];
	if (site) lines.push(`Canonical: ${new URL('/.well-known/security.txt', site).href}`);
	if (config.repository) lines.push(`# Source: ${config.repository}`);
	return `${lines.join('\n')}\n`;
}

/**
 * CITATION.cff (Citation File Format 1.2.0) for the open data, served as /CITATION.cff. The reference is the
 * ranked series as its source records name it (title and publisher: src/lib/content/series-source.ts).
 */
export function citationCff(o: { config: SiteConfig; title: string; version: string; date: string; url?: string; reference: { title: string; author: string } }): string {
	const q = (s: string) => JSON.stringify(s);
	const lines = [
		'cff-version: 1.2.0',
		'message: このデータを使うときは、次のように引用してください。 If you use this data set, please cite it as below.',
		'type: dataset',
		`title: ${q(o.title)}`,
		`version: ${q(o.version)}`,
		`date-released: ${q(o.date)}`,
		`license: ${q(o.config.licence.content)}`,
		'authors:',
		`  - name: ${q(o.config.operator?.name ?? o.config.name)}`,
	];
	if (o.url) lines.push(`url: ${q(o.url)}`);
	if (o.config.repository) lines.push(`repository-code: ${q(o.config.repository)}`);
	lines.push('references:', '  - type: report', `    title: ${q(o.reference.title)}`, '    authors:', `      - name: ${q(o.reference.author)}`);
	return `${lines.join('\n')}\n`;
}
