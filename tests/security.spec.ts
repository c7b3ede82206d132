import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { contentSecurityPolicyHeader } from '../src/lib/security/content-security-policy.js';
import { metaPolicy } from '../src/lib/security/page-policies.js';

// The files the build wrote (the preview serves the same build), so the test
// asks for each kind of response by its real hashed name.
const built = (folder: string) => readdirSync(`build/_app/immutable/${folder}`);
const one = (folder: string, pattern: RegExp) => {
	const name = built(folder).find((file) => pattern.test(file));
	if (!name) throw new Error(`The build has no ${pattern} in ${folder}`);
	return `/_app/immutable/${folder}/${name}`;
};

const shared = contentSecurityPolicyHeader();

test.describe('the security policy header', () => {
	test('every kind of response of the server carries the policy, and every page its own in a <meta>', async ({ request }) => {
		const entry = one('entry', /^app\..*\.js$/);
		const kinds: [string, string][] = [
			['script', entry],
			['DuckDB worker script', one('assets', /^duckdb-browser-eh\.worker\..*\.js$/)],
			['WebAssembly', one('assets', /^duckdb-eh\..*\.wasm$/)],
			['CSV extract', one('assets', /^referrals\..*\.csv$/)],
			['stylesheet', one('assets', /\.css$/)],
			['version file', '/_app/version.json'],
			['icon', '/favicon.svg'],
			['missing file', '/_app/immutable/no-such-file.js']
		];
		for (const [kind, path] of kinds) {
			const response = await request.get(path);
			expect(response.headers()['content-security-policy'], `${kind} ${path}`).toBe(shared);
		}

		// A page's header is its own <meta> policy: the shared one plus the hash
		// of its inline start-up script, which a bare shared header would block.
		for (const [path, file] of [
			['/', 'index.html'],
			['/budget', 'budget.html'],
			['/data', 'data.html']
		] as const) {
			const response = await request.get(path);
			expect(response.status()).toBe(200);
			const expected = metaPolicy(readFileSync(`build/${file}`, 'utf8'));
			expect(expected).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
			expect(response.headers()['content-security-policy'], path).toBe(expected);
		}

		const missing = await request.get('/no-such-page');
		expect(missing.status()).toBe(404);
		expect(missing.headers()['content-security-policy']).toContain("connect-src 'self'");

		// Every page also carries the policy in its own <meta>, which allows WebAssembly but not eval. (A page under the
		// header starting its engine and drawing with no violation is seen by the shared page's appWatch, in every view's journey.)
		for (const path of ['/', '/budget', '/accessibility']) {
			const html = await (await request.get(path)).text();
			const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
			expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval'");
			expect(meta).not.toContain("'unsafe-eval'");
			expect(meta).toContain("connect-src 'self'");
		}
	});

	test.describe('inside a worker', () => {
		// The probe's script is answered through Playwright's interception, which
		// Chromium treats as coming from no known network; without this grant its
		// Local Network Access checks (not the policy) would stop the request.
		test.use({ permissions: ['local-network-access'] });
		let other: Server;
		let otherOrigin = '';
		let hits = 0;
		test.beforeAll(async () => {
			// Another origin that would answer anyone (CORS open), so only the
			// policy can stop the worker's request.
			other = createServer((_request, response) => {
				hits++;
				response.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' });
				response.end('reached');
			});
			await new Promise<void>((resolve) => other.listen(0, resolve));
			otherOrigin = `http://localhost:${(other.address() as AddressInfo).port}`;
		});
		test.afterAll(async () => {
			await new Promise((resolve) => other.close(resolve));
		});

		test('a request to another origin and a string timer are both blocked', async ({ page }) => {
			const workerPath = one('assets', /^duckdb-browser-eh\.worker\..*\.js$/);
			// The worker script's response keeps the server's own headers (the
			// policy under test); only its body is swapped for a probe.
			const probe = `
				const result = {};
				self.addEventListener('securitypolicyviolation', (event) => {
					(result.violations ??= []).push(event.violatedDirective);
				});
				try {
					const response = await fetch(${JSON.stringify(`${otherOrigin}/`)});
					result.fetch = 'reached: ' + (await response.text());
				} catch (error) {
					result.fetch = 'blocked: ' + error;
				}
				try {
					self.stringTimerRan = false;
					setTimeout('self.stringTimerRan = true', 0);
				} catch (error) {
					result.timerThrew = true;
				}
				await new Promise((resolve) => setTimeout(resolve, 300));
				result.timer = self.stringTimerRan ? 'ran' : 'blocked';
				postMessage(result);
			`;
			await page.route(`**${workerPath}`, async (route) => {
				const response = await route.fetch();
				const headers: Record<string, string> = { ...response.headers(), 'content-type': 'text/javascript' };
				delete headers['content-encoding'];
				delete headers['content-length'];
				await route.fulfill({ status: response.status(), body: probe, headers });
			});
			await page.goto('/accessibility');
			const result = await page.evaluate(
				(url) =>
					new Promise<Record<string, unknown>>((resolve, reject) => {
						const worker = new Worker(url, { type: 'module' });
						worker.onmessage = (event) => resolve(event.data as Record<string, unknown>);
						worker.onerror = (event) => reject(new Error(event.message));
					}),
				workerPath
			);
			expect(result.fetch).toMatch(/^blocked/);
			expect(result.timer).toBe('blocked');
			expect(result.violations).toEqual(expect.arrayContaining(['connect-src', 'script-src']));
			expect(hits).toBe(0);
		});
	});
});
