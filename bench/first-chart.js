// First chart and ready-for-interaction on /budget, cold and warm, and the
// bytes a cold visit costs: JavaScript before the first chart and the
// WebAssembly the query engine fetches.
import { newContext } from './browser.js';

/** How long one visit may take before it counts as failed. */
const visitTimeoutMs = 30_000;

/**
 * Runs in every document before the page's own scripts: polls each animation
 * frame and notes `performance.now()` (0 = navigation start) when the chart
 * first has a bar of real width, and when the year selector can be used.
 */
function watchBudget() {
	/** @type {{ firstChart?: number, ready?: number }} */
	const bench = {};
	Object.defineProperty(window, '__bench', { value: bench });
	const chartDrawn = () => [...document.querySelectorAll('svg[data-testid="chart"] rect')].some((rect) => Number(rect.getAttribute('width')) > 0);
	const ready = () => {
		const select = /** @type {HTMLSelectElement | null} */ (document.querySelector('select#budget-year'));
		return !!select && !select.disabled && !!document.querySelector('[data-state="ready"]');
	};
	const tick = () => {
		const now = performance.now();
		if (bench.firstChart === undefined && chartDrawn()) bench.firstChart = now;
		if (bench.ready === undefined && ready()) bench.ready = now;
		if (bench.firstChart === undefined || bench.ready === undefined) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
}

/**
 * One visit to /budget: navigation start to first chart and to ready, in ms.
 * @param {import('@playwright/test').Page} page
 */
async function visit(page) {
	await page.goto('/budget', { waitUntil: 'commit', timeout: visitTimeoutMs });
	const poll = { polling: /** @type {'raf'} */ ('raf'), timeout: visitTimeoutMs };
	const firstChart = Number(await (await page.waitForFunction(() => /** @type {any} */ (window).__bench.firstChart, undefined, poll)).jsonValue());
	const ready = Number(await (await page.waitForFunction(() => /** @type {any} */ (window).__bench.ready, undefined, poll)).jsonValue());
	return { firstChart, ready };
}

/**
 * JavaScript the page fetched (Resource Timing; encodedBodySize is the gzip
 * body): what had arrived by the first chart, what had been asked for by then,
 * and everything by ready. Workers fetch their own scripts, outside these.
 * @param {import('@playwright/test').Page} page
 * @param {number} firstChart
 * @param {number} ready
 */
function scriptBytes(page, firstChart, ready) {
	return page.evaluate(
		({ chart, interactive }) => {
			const scripts = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource')).filter((entry) => /\.m?js$/.test(new URL(entry.name).pathname));
			const sum = (/** @type {PerformanceResourceTiming[]} */ entries) => entries.reduce((total, entry) => total + entry.encodedBodySize, 0);
			return {
				arrivedBeforeChart: sum(scripts.filter((entry) => entry.responseEnd <= chart)),
				requestedBeforeChart: sum(scripts.filter((entry) => entry.startTime <= chart)),
				byReady: sum(scripts.filter((entry) => entry.responseEnd <= interactive)),
				files: scripts.filter((entry) => entry.responseEnd <= chart).length
			};
		},
		{ chart: firstChart, interactive: ready }
	);
}

/**
 * Cold then warm visits, `runs` times, each run in a new context (empty cache).
 * @param {{ browser: import('@playwright/test').Browser, server: Awaited<ReturnType<typeof import('./server.js').serveBuild>>, runs: number, log: (line: string) => void }} options
 */
export async function measureFirstChart({ browser, server, runs, log }) {
	/** @type {{ cold: { firstChart: number, ready: number } | null, warm: { firstChart: number, ready: number } | null, js?: Awaited<ReturnType<typeof scriptBytes>>, wasm?: { sent: number, raw: number, files: string[] }, workerJs?: number, error?: string }[]} */
	const results = [];
	for (let run = 1; run <= runs; run++) {
		const context = await newContext(browser, server.origin);
		/** @type {(typeof results)[number]} */
		const result = { cold: null, warm: null };
		try {
			await context.addInitScript(watchBudget);
			const page = await context.newPage();
			server.takeLog();
			result.cold = await visit(page);
			result.js = await scriptBytes(page, result.cold.firstChart, result.cold.ready);
			// The query engine's worker fetches the .wasm itself, so count it at the server: bytes actually sent.
			const served = server.takeLog();
			// Only the GET that downloads it: the engine's HEAD check beforehand sends no body (it was once counted as a second download).
			const wasm = served.filter((entry) => entry.path.endsWith('.wasm') && entry.status === 200 && entry.method !== 'HEAD');
			result.wasm = { sent: wasm.reduce((s, e) => s + e.sentBytes, 0), raw: wasm.reduce((s, e) => s + e.rawBytes, 0), files: wasm.map((e) => e.path) };
			result.workerJs = served.filter((entry) => /worker.*\.js$/i.test(entry.path)).reduce((s, e) => s + e.sentBytes, 0);
			result.warm = await visit(page);
			log(
				`  run ${run}: cold ${result.cold.firstChart.toFixed(0)} ms chart, ${result.cold.ready.toFixed(0)} ms ready; warm ${result.warm.firstChart.toFixed(0)} / ${result.warm.ready.toFixed(0)} ms`
			);
		} catch (error) {
			result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
			log(`  run ${run}: failed: ${result.error}`);
		} finally {
			await context.close().catch(() => undefined);
		}
		results.push(result);
	}
	return results;
}
