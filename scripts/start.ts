// `npm start`: build when dist/ is missing or older than the sources, then serve it.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './serve.ts';

/** Newest modification time of any file under the given paths. */
function newest(paths: string[]): number {
	let t = 0;
	for (const p of paths) {
		if (!existsSync(p)) continue;
		const s = statSync(p);
		if (s.isDirectory()) for (const f of readdirSync(p)) t = Math.max(t, newest([join(p, f)]));
		else t = Math.max(t, s.mtimeMs);
	}
	return t;
}

const built = existsSync('dist/pagefind/pagefind.js') ? statSync('dist/index.html').mtimeMs : 0;
if (built < newest(['src', 'content', 'public', 'astro.config.mjs', 'package.json'])) {
	console.log('Building the site (dist/ is missing or out of date)…');
	execSync('npm run build', { stdio: 'inherit' });
}
const port = Number(process.env.PORT ?? 4321);
const { url } = await serve('dist', port);
console.log(`\nMamori is running at ${url}/  (Ctrl+C to stop)`);
