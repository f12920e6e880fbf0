// The site as published: built once more with a public address and a test operator. The build tests
// (test/build/publishing.test.ts) build it; the browser tests (test/e2e/published.test.ts) reuse that
// build when it is newer than dist/, so `npm test` pays for one extra build, not two.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The public address the published build uses (.example is reserved for tests). */
export const PUBLISHED_SITE = 'https://mamori.example';
/** A publishing build needs an operator and a contact; this fixture supplies test ones so content/ stays honest. */
export const PUBLISHED_SITE_CONFIG = 'test/fixtures/site/published.yaml';
/** Where the published build is written: one folder per checkout, so two checkouts on one machine never share it. */
export const PUBLISHED_DIR = join(tmpdir(), `mamori-published-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 8)}`);

/** Build the published site into PUBLISHED_DIR; with `reuse`, keep a build that is newer than dist/. */
export function buildPublished({ reuse }: { reuse: boolean }): string {
	const marker = join(PUBLISHED_DIR, 'index.html');
	const fresh = existsSync(marker) && (!existsSync('dist/index.html') || statSync(marker).mtimeMs > statSync('dist/index.html').mtimeMs);
	if (reuse && fresh) return PUBLISHED_DIR;
	rmSync(PUBLISHED_DIR, { recursive: true, force: true });
	const r = spawnSync('astro', ['build', '--outDir', PUBLISHED_DIR], {
		env: { ...process.env, MAMORI_SITE: PUBLISHED_SITE, MAMORI_SITE_CONFIG: PUBLISHED_SITE_CONFIG, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
		shell: true,
	});
	if (r.status !== 0) throw new Error(`astro build with MAMORI_SITE failed:\n${r.stdout}\n${r.stderr}`);
	return PUBLISHED_DIR;
}
