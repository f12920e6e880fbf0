import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML file under `root`, as absolute-from-root file paths. */
export function htmlFiles(root: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const p = join(dir, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (name.endsWith('.html')) out.push(p);
		}
	};
	walk(root);
	return out.sort();
}

/** Map an HTML file in `root` to the URL path it is served at ('dist/a/index.html' → '/a/'). */
export function urlPathOf(root: string, file: string): string {
	const rel = relative(root, file).split(sep).join('/');
	return `/${rel}`.replace(/(^|\/)index\.html$/, '$1');
}

/** URL paths of every page in `root`. */
export function listPages(root: string): string[] {
	return htmlFiles(root).map((f) => urlPathOf(root, f));
}
