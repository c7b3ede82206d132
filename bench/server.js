// A small static server for build/, behaving as a sensible internal web
// server would: gzip for clients that accept it (compressed once, kept in
// memory), the app's Content-Security-Policy header, long-lived caching for
// SvelteKit's hashed files and revalidation for pages. It logs every response
// so the benchmark can count the bytes that went over the wire.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { contentSecurityPolicyHeader } from '../src/lib/security/content-security-policy.js';
import { metaPolicy } from '../src/lib/security/page-policies.js';

/** The page for the papaparse + arquero baseline: the same origin, but no CSP, because arquero compiles its verbs with eval. */
export const baselinePath = '/bench-baseline.html';
const baselineHtml =
	'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head><body><input type="file" id="baseline-input" multiple></body></html>';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2'
};
/** Already compressed: gzip would only cost time. */
const incompressible = new Set(['.png', '.ico', '.woff2']);

/**
 * @typedef {{ path: string, method?: string, status: number, type: string, rawBytes: number, sentBytes: number, gzip: boolean, at: number }} Served
 * @typedef {{ raw: Buffer, gzip: Buffer | null, etag: string, type: string, ext: string, pagePolicy?: string }} Asset
 */

/**
 * Every file under a folder, read and (where it helps) gzipped up front, so no
 * request pays for compression.
 * @param {string} root
 * @returns {Map<string, Asset>} keyed by URL path
 */
function loadAssets(root) {
	/** @type {Map<string, Asset>} */
	const assets = new Map();
	/** @param {string} folder */
	const walk = (folder) => {
		for (const name of readdirSync(folder)) {
			const file = join(folder, name);
			if (statSync(file).isDirectory()) walk(file);
			else {
				const ext = extname(name).toLowerCase();
				const raw = readFileSync(file);
				const gzip = incompressible.has(ext) ? null : gzipSync(raw, { level: 9 });
				const etag = `"${createHash('sha1').update(raw).digest('base64url')}"`;
				const path = `/${relative(root, file).split(sep).join('/')}`;
				const pagePolicy = ext === '.html' ? metaPolicy(raw.toString('utf8')) : undefined;
				assets.set(path, { raw, gzip, etag, ext, pagePolicy, type: types[/** @type {keyof types} */ (ext)] ?? 'application/octet-stream' });
			}
		}
	};
	walk(root);
	return assets;
}

/**
 * The asset a URL path names: the file itself, or the prerendered page
 * (`/budget` is build/budget.html; `/` is index.html).
 * @param {Map<string, Asset>} assets
 * @param {string} pathname
 */
function find(assets, pathname) {
	let path;
	try {
		path = normalize(decodeURIComponent(pathname)).split(sep).join('/');
	} catch {
		return undefined;
	}
	if (path.includes('..')) return undefined;
	const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
	for (const candidate of candidates) {
		const asset = assets.get(candidate);
		if (asset) return { path: candidate, asset };
	}
	return undefined;
}

/**
 * Serves a folder on 127.0.0.1 on a free port.
 * @param {string} root
 */
export async function serveBuild(root) {
	const assets = loadAssets(root);
	const policy = contentSecurityPolicyHeader();
	/** @type {Served[]} */
	let log = [];

	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		/** @param {number} status @param {string} type @param {Buffer} raw @param {Buffer | null} gzip @param {Record<string, string>} headers */
		const send = (status, type, raw, gzip, headers) => {
			const body = acceptsGzip && gzip ? gzip : raw;
			response.writeHead(status, {
				'Content-Type': type,
				'Content-Length': String(body.length),
				Vary: 'Accept-Encoding',
				...(body === gzip ? { 'Content-Encoding': 'gzip' } : {}),
				...headers
			});
			response.end(request.method === 'HEAD' ? undefined : body);
			// A HEAD request (the engine's check that its code can be fetched) sends no body: it is logged as 0 bytes sent.
			log.push({
				path: url.pathname,
				method: request.method ?? 'GET',
				status,
				type,
				rawBytes: raw.length,
				sentBytes: request.method === 'HEAD' ? 0 : body.length,
				gzip: body === gzip,
				at: performance.now()
			});
		};

		if (url.pathname === baselinePath) {
			return send(200, types['.html'], Buffer.from(baselineHtml), null, { 'Cache-Control': 'no-store' });
		}
		const found = find(assets, url.pathname);
		if (!found) {
			return send(404, types['.txt'], Buffer.from('Not found'), null, { 'Content-Security-Policy': policy, 'Cache-Control': 'no-store' });
		}
		const { path, asset } = found;
		const cache = path.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : asset.ext === '.html' ? 'no-cache' : 'public, max-age=0, must-revalidate';
		// A page's header must carry the hashes of SvelteKit's inline start-up
		// script, which its <meta> policy lists: the bare shared policy would
		// block it. Everything else (scripts, workers, WebAssembly) gets the shared policy.
		const headers = { 'Content-Security-Policy': asset.pagePolicy ?? policy, 'Cache-Control': cache, ETag: asset.etag };
		if (request.headers['if-none-match'] === asset.etag) {
			response.writeHead(304, { ...headers, Vary: 'Accept-Encoding' });
			response.end();
			log.push({ path: url.pathname, status: 304, type: asset.type, rawBytes: 0, sentBytes: 0, gzip: false, at: performance.now() });
			return;
		}
		send(200, asset.type, asset.raw, asset.gzip, headers);
	});
	server.keepAliveTimeout = 5000;
	/** @type {Set<import('node:net').Socket>} */
	const sockets = new Set();
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve(undefined));
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;

	return {
		origin: `http://127.0.0.1:${port}`,
		/** Responses since the last `takeLog`, and starts a new log. */
		takeLog() {
			const taken = log;
			log = [];
			return taken;
		},
		/** The size of a served file, raw and gzipped. */
		sizeOf(/** @type {string} */ path) {
			const asset = assets.get(path);
			return asset ? { raw: asset.raw.length, gzip: asset.gzip?.length ?? asset.raw.length } : undefined;
		},
		/** Stops the server, cutting any connection still open. */
		close() {
			return new Promise((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve(undefined));
			});
		}
	};
}
