// Every view's first figures, cold (issue 19): each view's page opened in a new
// context (empty cache and storage), timed to its summary and first chart
// drawn, which the build works out on the embedded extracts so they need no
// engine, then to the live view taking over (DuckDB-WASM started, every load
// settled).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { newContext } from './browser.js';

/** How long one visit may take before it counts as failed. */
const visitTimeoutMs = 30_000;

/**
 * Every registered view's address, read from its definition (`path: '/…'`) in
 * `src/lib/views/<view>/definition.ts`, in the navigation's order where the
 * registry lists them.
 * @param {string} root the project folder
 * @returns {{ id: string, path: string }[]}
 */
export function viewPaths(root) {
	const folder = join(root, 'src/lib/views');
	const registry = readFileSync(join(folder, 'registry.ts'), 'utf8');
	return readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'definition.ts')))
		.map((entry) => {
			const path = /path: '([^']+)'/.exec(readFileSync(join(folder, entry.name, 'definition.ts'), 'utf8'))?.[1];
			if (!path) throw new Error(`src/lib/views/${entry.name}/definition.ts gives no path.`);
			return { id: entry.name, path };
		})
		.sort((a, b) => registry.indexOf(`./${a.id}/`) - registry.indexOf(`./${b.id}/`));
}

/**
 * Runs in every document before the page's own scripts: polls each animation
 * frame and notes `performance.now()` (0 = navigation start) when the view's
 * summary and first chart (an SVG image with something drawn in it) are on
 * screen, or its empty state where it has no data to chart (the Crime view
 * before police.uk files are loaded), and when the view says it is ready.
 */
function watchView() {
	/** @type {{ firstFigures?: number, ready?: number }} */
	const bench = {};
	Object.defineProperty(window, '__bench', { value: bench });
	const drawn = () => {
		const root = document.querySelector('[data-ready]');
		if (!root) return false;
		if (root.querySelector('[data-testid="crime-empty"]')) return true;
		const chart = root.querySelector('svg[role="img"]');
		return !!root.querySelector('[data-testid="summary"]') && !!chart && !!chart.querySelector('rect, path, circle');
	};
	const ready = () => !!document.querySelector('[data-ready="true"]') && !document.querySelector('[data-ready="false"], [data-state="loading"]');
	const tick = () => {
		const now = performance.now();
		if (bench.firstFigures === undefined && drawn()) bench.firstFigures = now;
		if (bench.ready === undefined && ready()) bench.ready = now;
		if (bench.firstFigures === undefined || bench.ready === undefined) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
}

/**
 * Cold visits to every view, `runs` times each, each in a new context.
 * @param {{ browser: import('@playwright/test').Browser, origin: string, views: { id: string, path: string }[], runs: number, log: (line: string) => void }} options
 * @returns {Promise<Record<string, { path: string, runs: { firstFigures: number, ready: number }[], failures: string[] }>>}
 */
export async function measureViewFirstFigures({ browser, origin, views, runs, log }) {
	/** @type {Awaited<ReturnType<typeof measureViewFirstFigures>>} */
	const results = {};
	for (const view of views) {
		const result = (results[view.id] = { path: view.path, runs: /** @type {{ firstFigures: number, ready: number }[]} */ ([]), failures: /** @type {string[]} */ ([]) });
		for (let run = 1; run <= runs; run++) {
			const context = await newContext(browser, origin);
			try {
				await context.addInitScript(watchView);
				const page = await context.newPage();
				await page.goto(view.path, { waitUntil: 'commit', timeout: visitTimeoutMs });
				const poll = { polling: /** @type {'raf'} */ ('raf'), timeout: visitTimeoutMs };
				const firstFigures = Number(await (await page.waitForFunction(() => /** @type {any} */ (window).__bench.firstFigures, undefined, poll)).jsonValue());
				const ready = Number(await (await page.waitForFunction(() => /** @type {any} */ (window).__bench.ready, undefined, poll)).jsonValue());
				result.runs.push({ firstFigures, ready });
				log(`  ${view.path} run ${run}: first figures ${firstFigures.toFixed(0)} ms, live view ready ${ready.toFixed(0)} ms`);
			} catch (error) {
				const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
				result.failures.push(message ?? '');
				log(`  ${view.path} run ${run}: failed: ${message}`);
			} finally {
				await context.close().catch(() => undefined);
			}
		}
	}
	return results;
}
