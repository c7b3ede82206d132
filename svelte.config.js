import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicy } from './src/lib/security/content-security-policy.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A folder of static files that any internal web server can host: the
		// dashboard needs no server of its own.
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		// SvelteKit hashes its own inline scripts into this policy's <meta> tag.
		csp: {
			mode: 'hash',
			directives: /** @type {import('@sveltejs/kit').CspDirectives} */ (contentSecurityPolicy)
		},
		alias: { $data: 'data' }
	}
};

export default config;
