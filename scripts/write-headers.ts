// After `astro build`: append each page's CSP (from its <meta>) to dist/_headers, so hosts that
// read _headers send the same policy as an HTTP header, plus frame-ancestors, which meta cannot set.
import { appendFileSync, readFileSync } from 'node:fs';
import { htmlFiles, urlPathOf } from './dist-files.ts';
import { metaCsp } from './html.ts';

const root = process.argv[2] ?? 'dist';
let rules = '\n# Per-page Content-Security-Policy (generated)\n';
for (const file of htmlFiles(root)) {
	const csp = metaCsp(readFileSync(file, 'utf8'));
	if (!csp) throw new Error(`${file}: no <meta http-equiv="content-security-policy">`);
	const path = urlPathOf(root, file);
	const policy = `${csp.trim().replace(/;?$/, ';')} frame-ancestors 'none';`;
	for (const p of path.endsWith('/') && path !== '/' ? [path, path.slice(0, -1)] : [path]) {
		rules += `${p}\n  Content-Security-Policy: ${policy}\n`;
	}
}
appendFileSync(`${root}/_headers`, rules);
console.log(`✓ wrote Content-Security-Policy for ${htmlFiles(root).length} pages to ${root}/_headers`);
