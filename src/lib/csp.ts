// The site's one Content-Security-Policy, the same on every page (meta and _headers header), so the
// header costs well under 1 kB instead of a per-page list of hashes. Every script and stylesheet is a
// file of this origin ('self'); the only inline code left is the fixed bootstrap Astro writes before the
// self-check's island (the <astro-island> element, its client:idle directive, one display rule), allowed
// here by the hash of Astro's own source for it, so an Astro upgrade that changes it changes the hash too.
// The other islands are mounted by module scripts (src/islands/mount.ts) and need none of it.
// JSON-LD <script type="application/ld+json"> is data, never executed: script-src does not apply to it.
import { createHash } from 'node:crypto';
import idleDirective from 'astro/runtime/client/idle.prebuilt.js';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import islandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import { routes } from './routes.ts';

/** The CSP source expression for inline code with exactly this text. */
export function cspHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Inline scripts a page may carry: Astro's island bootstrap and the one directive the site uses. */
export const INLINE_SCRIPTS: readonly string[] = [islandScript, idleDirective];
/** Inline styles a page may carry: the one rule Astro writes before the first island. */
export const INLINE_STYLES: readonly string[] = [ISLAND_STYLES];

/** Every directive but frame-ancestors, which a <meta> policy cannot set (the _headers file adds it). */
export const SITE_CSP = [
	"default-src 'self'",
	// Pagefind compiles its search WebAssembly in the page: 'wasm-unsafe-eval' allows exactly that, not eval().
	`script-src 'self' 'wasm-unsafe-eval' ${INLINE_SCRIPTS.map(cspHash).join(' ')}`,
	`style-src 'self' ${INLINE_STYLES.map(cspHash).join(' ')}`,
	"img-src 'self' data:",
	"connect-src 'self'",
	// Pagefind runs its search in a worker loaded from /pagefind/; said explicitly rather than left to default-src.
	"worker-src 'self'",
	"font-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
].join('; ');

/** Pages under /embed/ are made to be framed by other sites (chambers of commerce); no other page may be. */
export const EMBED_PREFIX = routes.embedRoot();

/** The policy sent as an HTTP header for a page at `path`: the meta policy plus who may frame it. */
export function headerCsp(path: string): string {
	return `${SITE_CSP}; frame-ancestors ${path.startsWith(EMBED_PREFIX) ? '*' : "'none'"};`;
}
