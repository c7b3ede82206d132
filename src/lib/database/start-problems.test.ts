import { describe, expect, it } from 'vitest';
import { engineDownloadRefused, webAssemblyRefused, type StartEnvironment } from './start-problems';

const url = '/_app/immutable/assets/duckdb-eh.abc123.wasm';

/** A browser whose download of the engine answers `status`, or fails as a refused connection does. */
function answering(status: number | 'refused', statusText = ''): StartEnvironment & { asked: RequestInit[] } {
	const asked: RequestInit[] = [];
	return {
		asked,
		compile: (bytes) => new WebAssembly.Module(bytes),
		async fetch(_url, init) {
			asked.push(init);
			if (status === 'refused') throw new TypeError('Failed to fetch');
			return { ok: status >= 200 && status < 300, status, statusText };
		}
	};
}

describe('webAssemblyRefused', () => {
	it('says nothing where WebAssembly may be compiled', () => {
		expect(webAssemblyRefused(answering(200))).toBeUndefined();
	});

	it('names the security policy, and what it must allow, where compiling is refused', () => {
		const blocked: StartEnvironment = {
			...answering(200),
			compile() {
				throw new WebAssembly.CompileError("WebAssembly.Module(): Refused to compile or instantiate WebAssembly module because 'unsafe-eval' is not an allowed source of script");
			}
		};
		const message = webAssemblyRefused(blocked);
		expect(message).toContain("This page's security policy does not allow WebAssembly");
		expect(message).toContain('Refused to compile or instantiate WebAssembly module');
		expect(message).toContain("'wasm-unsafe-eval' in script-src");
	});
});

describe('engineDownloadRefused', () => {
	it('says nothing when the server has the engine, and asks for the headers only', async () => {
		const environment = answering(200, 'OK');
		expect(await engineDownloadRefused(url, environment)).toBeUndefined();
		expect(environment.asked).toEqual([{ method: 'HEAD' }]);
	});

	it.each([405, 501])('says nothing when the server does not answer a request for headers (%i)', async (status) => {
		expect(await engineDownloadRefused(url, answering(status))).toBeUndefined();
	});

	it('names the file and the server’s answer when the server refuses it', async () => {
		expect(await engineDownloadRefused(url, answering(403, 'Forbidden'))).toBe(
			'The dashboard could not download its query engine (duckdb-eh.abc123.wasm): the web server answered 403 Forbidden.'
		);
		expect(await engineDownloadRefused(url, answering(404))).toBe('The dashboard could not download its query engine (duckdb-eh.abc123.wasm): the web server answered 404.');
	});

	it('says the network or a proxy refused it when the request fails', async () => {
		expect(await engineDownloadRefused(url, answering('refused'))).toBe(
			'The dashboard could not download its query engine (duckdb-eh.abc123.wasm): the network, or a proxy or filter between you and the web server, refused it (Failed to fetch).'
		);
	});
});
