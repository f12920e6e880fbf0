// Post-build check: every internal link and #fragment in dist/ resolves; links that open a new tab carry rel="noopener".
// Usage: node scripts/check-links.ts [dist]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { all, attrValues, builtPages, ids } from './html.ts';

/** One broken link: the page it is on, the href, and why. */
export interface LinkProblem {
	page: string;
	href: string;
	reason: string;
}

/** Resolve a URL path to the file that serves it, or null. */
function fileFor(root: string, path: string): string | null {
	const p = join(root, decodeURIComponent(path));
	if (existsSync(p) && statSync(p).isFile()) return p;
	const index = join(p, 'index.html');
	return path.endsWith('/') && existsSync(index) ? index : null;
}

/** Check all pages under `root`. */
export function checkLinks(root: string): LinkProblem[] {
	const problems: LinkProblem[] = [];
	const idCache = new Map<string, Set<string>>();
	const byFile = new Map(builtPages(root).map((p) => [p.file, p]));
	const idsOf = (file: string) => idCache.get(file) ?? idCache.set(file, ids(byFile.get(file)?.doc ?? readFileSync(file, 'utf8'))).get(file)!;
	for (const { path: page, doc } of builtPages(root)) {
		for (const a of all(doc, 'a[target="_blank" i]:not([rel~="noopener" i])')) problems.push({ page, href: a.attribs.href ?? '', reason: 'opens a new tab without rel="noopener"' });
		const hrefs = [...attrValues(doc, 'a', 'href'), ...attrValues(doc, 'link', 'href'), ...attrValues(doc, 'script', 'src'), ...attrValues(doc, 'img', 'src'), ...attrValues(doc, 'form', 'action')];
		for (const href of hrefs) {
			if (/^(https?:|mailto:|tel:|data:)/.test(href)) continue;
			const url = new URL(href, `http://site${page}`);
			if (url.host !== 'site') continue;
			const target = fileFor(root, url.pathname);
			if (!target) {
				problems.push({ page, href, reason: 'no such page or file' });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) problems.push({ page, href, reason: `no element with id="${fragment}"` });
		}
	}
	return problems;
}

if (import.meta.main) {
	const root = process.argv[2] ?? 'dist';
	const problems = checkLinks(root);
	for (const p of problems.slice(0, 40)) console.error(`  ${p.page} → ${p.href}: ${p.reason}`);
	if (problems.length > 40) console.error(`  … and ${problems.length - 40} more`);
	if (problems.length) {
		console.error(`✗ ${problems.length} broken link(s) in ${root}`);
		process.exitCode = 1;
	} else console.log(`✓ links: every internal link and #anchor in ${root} resolves`);
}
