import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyHeader } from './content-security-policy.js';
import { metaPolicy, pagePolicies, policyForPath } from './page-policies.js';

const shared = contentSecurityPolicyHeader();
const withHash = (hash: string) => shared.replace("'wasm-unsafe-eval'", `'wasm-unsafe-eval' 'sha256-${hash}='`);
// SvelteKit writes the policy into the page with its quotes as &#39;.
const page = (policy: string) => `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy.replaceAll("'", '&#39;')}"></head><body></body></html>`;

/** A folder shaped like a prerendered build: index.html, budget.html, a nested page and a stylesheet. */
function builtSite(): string {
	const root = mkdtempSync(join(tmpdir(), 'scrutiny-pages-'));
	writeFileSync(join(root, 'index.html'), page(withHash('home')));
	writeFileSync(join(root, 'budget.html'), page(withHash('budget')));
	mkdirSync(join(root, 'reports'));
	writeFileSync(join(root, 'reports', 'index.html'), page(withHash('reports')));
	writeFileSync(join(root, 'no-policy.html'), '<!doctype html><title>none</title>');
	return root;
}

describe('the policy a server sends for each path', () => {
	it('reads a page’s <meta> policy back as the browser sees it', () => {
		expect(metaPolicy(page(withHash('home')))).toBe(withHash('home'));
		expect(metaPolicy('<html></html>')).toBeUndefined();
	});

	it('gives each page its own policy, by the paths a static server answers', () => {
		const pages = pagePolicies(builtSite());
		expect(policyForPath(pages, '/')).toBe(withHash('home'));
		expect(policyForPath(pages, '/budget')).toBe(withHash('budget'));
		expect(policyForPath(pages, '/budget.html')).toBe(withHash('budget'));
		expect(policyForPath(pages, '/reports/')).toBe(withHash('reports'));
		expect(policyForPath(pages, '/reports')).toBe(withHash('reports'));
	});

	it('gives everything else the shared policy: scripts, workers, WebAssembly, missing files, bad paths', () => {
		const pages = pagePolicies(builtSite());
		for (const path of ['/_app/immutable/assets/duckdb-eh.wasm', '/_app/immutable/workers/upload-worker.js', '/nope', '/no-policy', '/%E0%A4%A']) {
			expect(policyForPath(pages, path), path).toBe(shared);
		}
	});
});
