// Which policy a response of a built site carries. Every response gets the
// shared policy, except a prerendered page: its <meta> policy also lists the
// hashes of SvelteKit's inline start-up script, and a header without them
// would block that script (the browser enforces the header and the <meta>
// tag both). Node only: servers call this, never the app.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contentSecurityPolicyHeader } from './content-security-policy.js';

/**
 * The policy a prerendered page declares in its <meta http-equiv> tag, if any.
 * @param {string} html
 * @returns {string | undefined}
 */
export function metaPolicy(html) {
	const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
	return match?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/**
 * Every page under a folder of prerendered HTML, keyed by URL path (`/budget.html`), with its policy.
 * @param {string} root
 * @returns {Map<string, string>}
 */
export function pagePolicies(root) {
	/** @type {Map<string, string>} */
	const pages = new Map();
	/** @param {string} folder */
	const walk = (folder) => {
		for (const name of readdirSync(folder)) {
			const file = join(folder, name);
			if (statSync(file).isDirectory()) walk(file);
			else if (name.endsWith('.html')) {
				const policy = metaPolicy(readFileSync(file, 'utf8'));
				if (policy) pages.set(`/${relative(root, file).split(sep).join('/')}`, policy);
			}
		}
	};
	walk(root);
	return pages;
}

/**
 * The files a static server would answer a URL path with, in order: the file
 * itself, then the prerendered page (`/budget` is budget.html, `/` is index.html).
 * @param {string} path a decoded, normalised URL path
 * @returns {string[]}
 */
export function candidateFiles(path) {
	return path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
}

/**
 * The policy header for a URL path: the page's own when it names a prerendered page, else the shared one.
 * @param {Map<string, string>} pages from `pagePolicies`
 * @param {string} pathname the URL's path, as requested
 * @returns {string}
 */
export function policyForPath(pages, pathname) {
	let path = pathname;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		// A malformed path names no page: it gets the shared policy.
	}
	for (const candidate of candidateFiles(path)) {
		const policy = pages.get(candidate);
		if (policy) return policy;
	}
	return contentSecurityPolicyHeader();
}
