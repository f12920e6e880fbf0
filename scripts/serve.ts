// A small static file server for dist/: used by `npm start`, the browser tests and the benchmark.
// It applies the headers in dist/_headers, like static hosts that read that file.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

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
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		let file = normalize(join(base, path));
		if (!file.startsWith(base)) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) {
				res.writeHead(301, { location: `${path}/` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		const found = existsSync(file) && statSync(file).isFile();
		const target = found ? file : join(base, '404.html');
		for (const rule of rules) if (matches(rule.pattern, path)) for (const [k, v] of rule.headers) res.setHeader(k, v);
		const type = TYPES[extname(target)] ?? 'application/octet-stream';
		// Compress text as every static host does, so measurements see realistic transfer sizes.
		const gzip = /^(text|application\/(json|xml|manifest))|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
		res.writeHead(found ? 200 : 404, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
		if (req.method === 'HEAD') res.end();
		else if (gzip) createReadStream(target).pipe(createGzip()).pipe(res);
		else createReadStream(target).pipe(res);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => {
			const addr = server.address();
			const actual = typeof addr === 'object' && addr ? addr.port : port;
			ok({ server, url: `http://localhost:${actual}` });
		});
	});
}
