// After `astro build`: append each page's CSP (from its <meta>) to dist/_headers, so hosts that
// read _headers send the same policy as an HTTP header, plus frame-ancestors, which meta cannot set.
import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { htmlFiles, urlPathOf } from './dist-files.ts';
import { metaCsp } from './html.ts';

const root = process.argv[2] ?? 'dist';
let rules = '\n# Per-page Content-Security-Policy (generated)\n';
// Embeds (/embed/…) are made to be framed by other sites (chambers of commerce); every other page refuses framing.
const EMBED = '/embed/';
// X-Frame-Options: DENY for everything but /embed/, one rule per top-level entry (a _headers rule cannot
// exclude a folder from /*). They come first, so hosts that read only the first 100 rules keep them.
let frameRules = '\n# X-Frame-Options outside /embed/ (generated)\n/\n  X-Frame-Options: DENY\n';
for (const name of readdirSync(root).toSorted()) {
	if (name === EMBED.slice(1, -1) || name === '_headers') continue;
	frameRules += `${statSync(`${root}/${name}`).isDirectory() ? `/${name}/*` : `/${name}`}\n  X-Frame-Options: DENY\n`;
}
for (const file of htmlFiles(root)) {
	const csp = metaCsp(readFileSync(file, 'utf8'));
	if (!csp) throw new Error(`${file}: no <meta http-equiv="content-security-policy">`);
	const path = urlPathOf(root, file);
	const policy = `${csp.trim().replace(/;?$/, ';')} frame-ancestors ${path.startsWith(EMBED) ? '*' : "'none'"};`;
	for (const p of path.endsWith('/') && path !== '/' ? [path, path.slice(0, -1)] : [path]) {
		rules += `${p}\n  Content-Security-Policy: ${policy}\n`;
	}
}
appendFileSync(`${root}/_headers`, frameRules + rules);
console.log(`✓ wrote Content-Security-Policy for ${htmlFiles(root).length} pages to ${root}/_headers`);
