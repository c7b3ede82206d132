/**
 * Reasons the query engine cannot start that can be found at once. DuckDB-WASM
 * itself never settles its start when its code cannot be downloaded or
 * compiled (the failure happens in its worker, outside any promise), so
 * without these a user would wait for the start-up timeout to hear why.
 */
import { errorMessage } from '../error-message';

/** The smallest valid WebAssembly module: the magic number and version 1. */
const emptyModule = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/** What a start needs of the browser; a test hands in fakes. */
export interface StartEnvironment {
	compile(bytes: Uint8Array<ArrayBuffer>): unknown;
	fetch(url: string, init: RequestInit): Promise<Pick<Response, 'ok' | 'status' | 'statusText'>>;
}

const browser: StartEnvironment = {
	compile: (bytes) => new WebAssembly.Module(bytes),
	fetch: (url, init) => fetch(url, init)
};

/** A sentence for the user if this page may not compile WebAssembly (a security policy without 'wasm-unsafe-eval'). */
export function webAssemblyRefused(environment: StartEnvironment = browser): string | undefined {
	try {
		environment.compile(emptyModule);
		return undefined;
	} catch (error) {
		return `This page's security policy does not allow WebAssembly, which the query engine needs (${errorMessage(error)}). The web server's Content-Security-Policy must allow 'wasm-unsafe-eval' in script-src.`;
	}
}

/**
 * A sentence for the user if the engine's code at `url` cannot be downloaded:
 * the network or a proxy refuses it, or the server answers with an error.
 * Asks for the headers only. A server that does not answer that kind of
 * request (405, 501) says nothing about the download, so it is no problem.
 */
export async function engineDownloadRefused(url: string, environment: StartEnvironment = browser): Promise<string | undefined> {
	const file = url.split('/').pop();
	try {
		const response = await environment.fetch(url, { method: 'HEAD' });
		if (response.ok || response.status === 405 || response.status === 501) return undefined;
		const answer = [response.status, response.statusText].filter(Boolean).join(' ');
		return `The dashboard could not download its query engine (${file}): the web server answered ${answer}.`;
	} catch (error) {
		return `The dashboard could not download its query engine (${file}): the network, or a proxy or filter between you and the web server, refused it (${errorMessage(error)}).`;
	}
}
