// A small static file server for dist/: used by `npm start`, the browser tests and the benchmark.
// It applies the headers in dist/_headers, like static hosts that read that file.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};

/** Parse a Netlify/Cloudflare-style _headers file: path patterns with indented `Name: value` lines. */
export function parseHeaders(text: string): { pattern: string; headers: [string, string][] }[] {
	const rules: { pattern: string; headers: [string, string][] }[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
		else {
			const i = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
		}
	}
	return rules;
}

function matches(pattern: string, path: string): boolean {
	const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
	return re.test(path);
}

/** Start serving `root` on 127.0.0.1:`port` (0 picks a free port); resolves with the server and its URL. */
export function serve(root = 'dist', port = 4321): Promise<{ server: Server; url: string }> {
	const base = resolve(root);
	const headersFile = join(base, '_headers');
	const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
	const notFound = join(base, '404.html');
	const server = createServer((req, res) => {
		// Nothing a client sends may throw out of this handler: an uncaught error would stop the server.
		try {
			handle(req, res);
		} catch {
			if (!res.headersSent) res.writeHead(500);
			res.end();
		}
	});
	function handle(req: IncomingMessage, res: ServerResponse) {
		let url: URL;
		let path: string;
		try {
			url = new URL(req.url ?? '/', 'http://localhost');
			path = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end(); // '//' (no host), '/%' or a cut-off UTF-8 sequence
			return;
		}
		if (path.includes('\0')) {
			res.writeHead(400).end();
			return;
		}
		let file = normalize(join(base, path));
		// The root plus a separator: a bare prefix test would let '/../dist-x/file' out into a sibling 'dist-x'.
		if (file !== base && !file.startsWith(base + sep)) {
			res.writeHead(403).end();
			return;
		}
		// The path that was actually resolved, so '//evil.example/../threats' becomes '/threats'.
		const local = `/${relative(base, file).split(sep).join('/')}`;
		if (file !== headersFile && existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) {
				// Built from the resolved path and percent-encoded: always same-origin, always a valid header.
				const location = `${local.split('/').map(encodeURIComponent).join('/').replace(/\/?$/, '/')}${url.search}`;
				res.writeHead(301, { location }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		// _headers configures the host; it is not part of the site.
		const found = file !== headersFile && existsSync(file) && statSync(file).isFile();
		const target = found ? file : notFound;
		// Rules match the URL of the file served, as write-headers.ts wrote them ('threats/index.html' → '/threats/');
		// a missing page is answered with the 404 page, so it gets the 404 page's headers (its CSP).
		const rulePath = `/${relative(base, target).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
		for (const rule of rules) if (matches(rule.pattern, rulePath)) for (const [k, v] of rule.headers) res.setHeader(k, v);
		if (!existsSync(target)) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		const type = TYPES[extname(target)] ?? 'application/octet-stream';
		// Compress text as every static host does, so measurements see realistic transfer sizes.
		const gzip = /^(text|application\/(json|xml|manifest))|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
		res.writeHead(found ? 200 : 404, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
		if (req.method === 'HEAD') res.end();
		// pipeline() ends the response on a read error instead of leaving an unhandled 'error' event.
		else if (gzip) pipeline(createReadStream(target), createGzip(), res, () => {});
		else pipeline(createReadStream(target), res, () => {});
	}
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => {
			const addr = server.address();
			const actual = typeof addr === 'object' && addr ? addr.port : port;
			ok({ server, url: `http://localhost:${actual}` });
		});
	});
}
