import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.ts';

// The server behind `npm start`, the browser tests and the bench, attacked with real HTTP requests
// against a small site in a temporary folder. Each case is a hole found in the old server.
let tmp: string;
let server: Server;
let port: number;

beforeAll(async () => {
	tmp = mkdtempSync(join(tmpdir(), 'mamori-serve-'));
	const root = join(tmp, 'dist');
	mkdirSync(join(root, 'threats'), { recursive: true });
	writeFileSync(join(root, 'index.html'), '<p>home</p>');
	writeFileSync(join(root, 'threats', 'index.html'), '<p>threats</p>');
	writeFileSync(join(root, '404.html'), '<p>not found page</p>');
	writeFileSync(
		join(root, '_headers'),
		[
			'/*\n  X-Frame-Options: DENY',
			"/threats/\n  Content-Security-Policy: default-src 'self'; script-src 'sha256-threats';",
			"/404.html\n  Content-Security-Policy: default-src 'self'; style-src 'sha256-notfound';",
		].join('\n'),
	);
	// A sibling folder whose name starts with the root's name: it must stay out of reach.
	mkdirSync(join(tmp, 'dist-x'));
	writeFileSync(join(tmp, 'dist-x', 'file'), 'SECRET');
	let url: string;
	({ server, url } = await serve(root, 0));
	port = Number(new URL(url).port);
});
afterAll(() => {
	server?.close();
	if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Send `path` exactly as written (no client-side normalisation), without following redirects. */
function get(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
	return new Promise((ok, fail) => {
		const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (c) => (body += c));
			res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
		});
		req.on('error', fail);
		req.end();
	});
}

describe('serve()', () => {
	it('serves pages, their headers and a 301 to the trailing slash', async () => {
		const home = await get('/');
		expect(home.status).toBe(200);
		expect(home.body).toBe('<p>home</p>');
		expect(home.headers['x-frame-options']).toBe('DENY');
		const threats = await get('/threats/');
		expect(threats.body).toBe('<p>threats</p>');
		expect(threats.headers['content-security-policy']).toContain('sha256-threats');
		const bare = await get('/threats?x=1');
		expect(bare.status).toBe(301);
		expect(bare.headers.location).toBe('/threats/?x=1');
	});

	it.each(['/%', '/%E0%A4%A', '/threats/%zz', '//', '//[::1'])('answers 400 to the malformed path %s and keeps serving', async (path) => {
		expect((await get(path)).status).toBe(400);
		expect((await get('/')).status).toBe(200);
	});

	it('answers 400 to a NUL byte in the path and keeps serving', async () => {
		expect((await get('/%00')).status).toBe(400);
		expect((await get('/')).status).toBe(200);
	});

	it('keeps redirects on the same origin', async () => {
		for (const path of ['/%2Fevil.example%2F..%2Fthreats', '//evil.example/../threats', '/%5Cevil.example%2F..%2Fthreats']) {
			const r = await get(path);
			if (r.status !== 301) continue;
			const location = String(r.headers.location);
			expect(location, path).toMatch(/^\/(?![/\\])/);
			expect(new URL(location, 'http://mamori.test').host, path).toBe('mamori.test');
		}
		expect((await get('/%2Fevil.example%2F..%2Fthreats')).headers.location).toBe('/threats/');
	});

	it('percent-encodes a non-ASCII redirect target instead of throwing', async () => {
		mkdirSync(join(tmp, 'dist', '日本'), { recursive: true });
		const r = await get('/%E6%97%A5%E6%9C%AC');
		expect(r.status).toBe(301);
		expect(r.headers.location).toBe('/%E6%97%A5%E6%9C%AC/');
		expect((await get('/')).status).toBe(200);
	});

	it('does not read a sibling folder whose name starts with the root name', async () => {
		const r = await get('/..%2Fdist-x%2Ffile');
		expect(r.status).not.toBe(200);
		expect(r.body).not.toContain('SECRET');
	});

	it('does not serve the _headers file', async () => {
		for (const path of ['/_headers', '/%5Fheaders', '/threats/..%2F_headers']) {
			const r = await get(path);
			expect(r.status, path).toBe(404);
			expect(r.body, path).not.toContain('Content-Security-Policy');
		}
	});

	it('answers every random path with a status and never stops', async () => {
		// Seeded, so a failure can be replayed: printable ASCII, dots, slashes and %-escapes of any byte.
		let seed = 21;
		const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const parts = ['/', '.', '..', '%', '%2F', '%5C', '%00', '%E0%A4', '_headers', 'threats', 'dist-x', '?', '#', '\\', '~'];
		for (let run = 0; run < 300; run++) {
			let path = '/';
			for (let i = Math.floor(rnd() * 8); i > 0; i--) {
				const r = rnd();
				path +=
					r < 0.5
						? parts[Math.floor(rnd() * parts.length)]
						: r < 0.8
							? String.fromCharCode(33 + Math.floor(rnd() * 94))
							: `%${Math.floor(rnd() * 256)
									.toString(16)
									.padStart(2, '0')}`;
			}
			const r = await get(path);
			expect([200, 301, 400, 403, 404], path).toContain(r.status);
			expect(r.body, path).not.toContain('SECRET');
			if (r.status === 301) expect(String(r.headers.location), path).toMatch(/^\/(?![/\\])/);
		}
		expect((await get('/')).status).toBe(200);
	});

	it('sends the 404 page with the 404 page’s own policy', async () => {
		const r = await get('/no-such-page/');
		expect(r.status).toBe(404);
		expect(r.body).toBe('<p>not found page</p>');
		expect(r.headers['content-security-policy']).toContain('sha256-notfound');
		expect(r.headers['x-frame-options']).toBe('DENY');
	});
});
