import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { SiteConfigSchema, type SiteConfig } from '../../schemas/site.ts';
import type { ContentProblem } from './rules/problem.ts';

/**
 * The site.yaml this build reads: content/site.yaml, or the file MAMORI_SITE_CONFIG names. Tests that
 * build the published site point it at a fixture, so no made-up operator is ever committed to content/.
 */
export function siteConfigFile(contentRoot = 'content'): string {
	return process.env.MAMORI_SITE_CONFIG ?? `${contentRoot}/site.yaml`;
}

/** Problems of one site.yaml: missing file, bad YAML, schema. `label` is the path shown to the author. */
export function siteConfigProblems(file: string, label = file): ContentProblem[] {
	const at = (field: string, message: string): ContentProblem => ({ file: label, entry: 'site', field, message });
	if (!existsSync(file)) return [at('', 'is missing: it names the site, its operator, contact and licences (see src/schemas/site.ts)')];
	let data: unknown;
	try {
		data = parseYaml(readFileSync(file, 'utf8'));
	} catch (e) {
		return [at('', `not valid YAML: ${(e as Error).message.split('\n')[0]}`)];
	}
	const r = SiteConfigSchema.safeParse(data);
	if (r.success) return [];
	return r.error.issues.map((i) => at(i.path.map(String).join('.'), /expected \w+, received undefined/.test(i.message) ? 'is required' : i.message));
}

/**
 * What a copy must say before it is published at an address: who runs it and how to reach them.
 * A reader cannot trust, or report an error to, an anonymous site.
 */
export function publishingProblems(config: SiteConfig, label: string): ContentProblem[] {
	const out: ContentProblem[] = [];
	const need = (field: string, what: string) => out.push({ file: label, entry: 'site', field, message: `is required to publish (MAMORI_SITE is set): give ${what}` });
	if (!config.operator) need('operator', 'operator.name and operator.description (who runs this copy)');
	if (!config.contact) need('contact', 'contact.email or contact.url (where readers report an error)');
	return out;
}

/** Read and parse site.yaml; the build's validation hook has already reported any problem in it. */
export function loadSiteConfig(file = siteConfigFile()): SiteConfig {
	return SiteConfigSchema.parse(parseYaml(readFileSync(file, 'utf8')));
}

/** How readers reach the operator, as a link target: a mailto: address or the form's URL. */
export function contactHref(config: SiteConfig): string | undefined {
	if (config.contact?.email) return `mailto:${config.contact.email}`;
	return config.contact?.url;
}
