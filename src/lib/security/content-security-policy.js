// The one Content-Security-Policy, shared by the static build (a <meta> tag in
// every page, so it travels to whatever server hosts the files) and every
// server we ship or document (a response header: only the header on a worker's
// script governs the worker). The README's nginx, Apache and IIS examples must
// equal it; a unit test checks.
// Nothing may be fetched from another origin: no CDN, web font or telemetry.
// WebAssembly compilation needs 'wasm-unsafe-eval'; nothing needs 'unsafe-eval'.

/** @type {Record<string, string[]>} */
export const contentSecurityPolicy = {
	'default-src': ["'self'"],
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	'worker-src': ["'self'"],
	'connect-src': ["'self'"],
	'img-src': ["'self'", 'data:', 'blob:'],
	'style-src': ["'self'", "'unsafe-inline'"],
	'font-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"]
};

/** The policy as a header value. */
export function contentSecurityPolicyHeader() {
	return Object.entries(contentSecurityPolicy)
		.map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
		.join('; ');
}
