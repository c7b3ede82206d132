import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { contentSecurityPolicyHeader } from './src/lib/security/content-security-policy.js';
import { contentSecurityPolicyHeaders } from './src/lib/security/preview-headers.js';
import { isolatedTestFiles } from './scripts/test-isolation.js';

const headers = { 'Content-Security-Policy': contentSecurityPolicyHeader() };

const testFolders = ['src', 'scripts'];
const testFiles = testFolders.map((folder) => `${folder}/**/*.test.ts`);
// The few test files that mock modules, stub globals or hold module state (scripts/test-isolation.js).
const isolated = isolatedTestFiles(import.meta.dirname, testFolders);

export default defineConfig({
	// The preview server's policy header comes from the plugin: SvelteKit serves
	// the built files itself, so Vite's `preview.headers` never reached them.
	plugins: [sveltekit(), contentSecurityPolicyHeaders()],
	build: {
		// Extracts are fetched as files, never inlined as data: URLs into the code.
		assetsInlineLimit: (file) => (file.endsWith('.csv') ? false : undefined)
	},
	server: { headers, fs: { allow: ['data'] } },
	worker: { format: 'es' },
	test: {
		environment: 'node',
		// Dates must not depend on the machine running the tests. The database files the tests open and
		// throw away go to a memory-backed folder where the machine has one: DuckDB syncs its file to
		// the disk at every checkpoint, and that set the pace (the model runs on a file: 50 s, 16 s here).
		env: { TZ: 'Europe/London', ...(existsSync('/dev/shm') ? { TMPDIR: '/dev/shm' } : {}) },
		expect: { requireAssertions: true },
		testTimeout: 20_000,
		// Vitest's default is one worker fewer than the cores, so a 2-core machine ran every file in one
		// worker while the other core only transformed; two workers there (measured at load 7-11: 168 s
		// against 199 s and 320 s for one), and the default elsewhere.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		// Most files share their worker's modules: each file loading Arrow, arquero and DuckDB afresh
		// (about 0.25 s each, in ~25 files) and Vitest's set-up per file was half the suite's CPU time.
		// The files that could prove something else with shared modules keep a module graph of their own.
		projects: [
			{ extends: true, test: { name: 'shared', include: testFiles, exclude: [...configDefaults.exclude, ...isolated], isolate: false } },
			{ extends: true, test: { name: 'isolated', include: isolated } }
		]
	}
});
