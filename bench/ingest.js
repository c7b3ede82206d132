// Ingest: each run loads the 100k and 1M datasets through the app's upload
// path, then the same files through the baselines, so every ratio compares
// figures taken minutes apart on the same machine. The tab's memory is read
// before and after each upload (issue 6 sets a target for 1M rows).
import { collectWorkerGarbage, jsHeapUsed, newContext, rendererMemory, userAgentMemory } from './browser.js';
import { nativeDuckdb, papaparseArquero } from './baselines.js';
import { uploadThroughDataPage } from './upload.js';
import { columnarFormWritten, embeddedReady, pageReady } from './batch.js';

/**
 * The tab's memory now: renderer RSS (pages, workers, WebAssembly), the main
 * thread's JS heap, and measureUserAgentSpecificMemory where allowed.
 * @param {import('@playwright/test').Browser} browser
 * @param {import('@playwright/test').Page} page
 */
async function memoryNow(browser, page) {
	await collectWorkerGarbage(page);
	const heap = await jsHeapUsed(page);
	const renderer = await rendererMemory(browser);
	const userAgent = await userAgentMemory(page);
	return {
		rendererRssBytes: renderer?.rssBytes ?? null,
		rendererPids: renderer?.pids ?? [],
		jsHeapUsedBytes: heap?.total ?? null,
		jsHeap: heap,
		userAgentSpecificBytes: userAgent
	};
}

/**
 * @param {{ browser: import('@playwright/test').Browser, origin: string, datasets: Record<string, import('./data.js').Dataset>, runs: number, log: (line: string) => void }} options
 */
export async function measureIngest({ browser, origin, datasets, runs, log }) {
	/** @type {{ run: number, size: string, rows: number, upload: import('./upload.js').UploadOutcome, papaparseArquero: any, duckdb: any, memory?: Awaited<ReturnType<typeof memoryNow>>, memoryBefore?: Awaited<ReturnType<typeof memoryNow>>, duckdbOneThread: any, reload?: { ms: number, uploadMarks: number, memory?: Awaited<ReturnType<typeof memoryNow>> } | { error: string }, embeddedReadyMs?: number | null, keptAfterMs?: number }[]} */
	const results = [];
	for (let run = 1; run <= runs; run++) {
		for (const [size, dataset] of Object.entries(datasets)) {
			/** @type {(typeof results)[number]} */
			const entry = { run, size, rows: dataset.rows, upload: { ok: false, ms: 0, reason: 'not run', progress: '' }, papaparseArquero: null, duckdb: null, duckdbOneThread: null };
			const context = await newContext(browser, origin);
			try {
				const page = await context.newPage();
				// Before the files are chosen: the page open and its engine started, so the upload's own share shows.
				const beforeChoosing = async () => void (entry.memoryBefore = await memoryNow(browser, page).catch(() => undefined));
				entry.upload = await uploadThroughDataPage(page, dataset, { beforeChoosing }).catch((error) => ({
					ok: /** @type {const} */ (false),
					ms: 0,
					reason: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
					progress: ''
				}));
				// Memory once the load's columnar form is written too (just after the load, in the background).
				if (entry.upload.ok) {
					const keptAt = Date.now();
					await columnarFormWritten(page).catch(() => undefined);
					entry.keptAfterMs = Date.now() - keptAt;
				}
				if (!page.isClosed()) entry.memory = await memoryNow(browser, page).catch(() => undefined);
				if (entry.upload.ok) {
					// A reload with the rows kept on the device: the Crime view's figures, and the tab's memory then
					// (a new document; the engine starts again and opens the kept form, no CSV read).
					try {
						await page.goto('/crime', { waitUntil: 'commit' });
						const ms = await pageReady(page);
						const uploadMarks = await page.evaluate(() => performance.getEntriesByType('measure').filter((mark) => mark.name.startsWith('upload:')).length);
						entry.reload = { ms, uploadMarks, memory: await memoryNow(browser, page).catch(() => undefined) };
					} catch (error) {
						entry.reload = { error: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) };
					}
				}
			} finally {
				await context.close().catch(() => undefined);
			}
			// A context of its own, so the upload's tab is gone and its memory freed first.
			const baselineContext = await newContext(browser, origin);
			try {
				entry.papaparseArquero = await papaparseArquero(baselineContext, origin, dataset);
			} finally {
				await baselineContext.close().catch(() => undefined);
			}
			entry.embeddedReadyMs = await embeddedReady(browser, origin).catch(() => null);
			entry.duckdb = await nativeDuckdb(dataset);
			entry.duckdbOneThread = await nativeDuckdb(dataset, { threads: 1 });
			results.push(entry);
			const reload = entry.reload;
			if (reload)
				log(
					`  run ${run}, ${size}: reload ${'error' in reload ? `FAILED (${reload.error})` : `columnar form written ${((entry.keptAfterMs ?? 0) / 1000).toFixed(2)} s after the upload ended; ready at ${(reload.ms / 1000).toFixed(2)} s (embedded only: ${entry.embeddedReadyMs ? (entry.embeddedReadyMs / 1000).toFixed(2) : '?'} s), ${reload.uploadMarks} upload marks, tab ${reload.memory?.rendererRssBytes ? (reload.memory.rendererRssBytes / 1024 ** 2).toFixed(0) : '?'} MB`}`
				);
			log(
				`  run ${run}, ${size}: upload ${describe(entry.upload)}; papaparse+arquero ${describe(entry.papaparseArquero)}; DuckDB ${describe(entry.duckdb)}; DuckDB on one thread ${describe(entry.duckdbOneThread)}`
			);
		}
	}
	return results;
}

/**
 * One outcome in a few words for the progress log.
 * @param {{ ok: boolean, ms: number, rowsPerSecond?: number, reason?: string, steps?: Record<string, number> } | null} outcome
 */
function describe(outcome) {
	if (!outcome) return 'not run';
	if (!outcome.ok) return `FAILED after ${(outcome.ms / 1000).toFixed(1)} s (${outcome.reason})`;
	const steps = Object.entries(outcome.steps ?? {}).map(([step, ms]) => `${step} ${(ms / 1000).toFixed(2)} s`);
	return `${(outcome.ms / 1000).toFixed(2)} s, ${Math.round(outcome.rowsPerSecond ?? 0).toLocaleString('en-GB')} rows/s${steps.length ? ` (${steps.join(', ')})` : ''}`;
}
