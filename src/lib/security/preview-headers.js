// `vite preview` (what `npm start` serves) ignores Vite's `preview.headers`
// for the built app: SvelteKit's preview middleware serves the files itself.
// This plugin sets the policy header before any of that runs, so every
// response carries it: pages, scripts, the workers (a worker is governed only
// by the header on its own script's response, never by the page's <meta> tag),
// the WebAssembly, the extracts and the 404s.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pagePolicies, policyForPath } from './page-policies.js';

/**
 * A Vite plugin that sends the Content-Security-Policy header on every response of the preview server.
 * @param {string} [prerendered] the folder of prerendered pages the preview serves
 * @returns {import('vite').Plugin}
 */
export function contentSecurityPolicyHeaders(prerendered = '.svelte-kit/output/prerendered/pages') {
	return {
		name: 'scrutiny-content-security-policy-headers',
		configurePreviewServer(server) {
			const folder = join(server.config.root, prerendered);
			const pages = existsSync(folder) ? pagePolicies(folder) : new Map();
			server.middlewares.use((request, response, next) => {
				const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
				response.setHeader('Content-Security-Policy', policyForPath(pages, pathname));
				next();
			});
		}
	};
}
