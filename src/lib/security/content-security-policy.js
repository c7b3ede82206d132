// The one Content-Security-Policy, shared by the static build (a <meta> tag in
// every page, so it travels to whatever server hosts the files) and the local
// preview server (a response header, which also covers the workers).
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
