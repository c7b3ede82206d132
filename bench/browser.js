// Headless Chromium, launched as the browser tests launch it.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../scripts/browser.js';

/** Starts Chromium; the caller must close it. */
export async function launchBrowser() {
	return chromium.launch({
		executablePath: chromiumExecutable(),
		// gc() in the page's workers, so memory is read after garbage collection there too (see collectGarbage).
		args: [...chromiumArgs, '--js-flags=--expose-gc'],
		timeout: 60_000
	});
}

/**
 * A fresh browser context (empty cache and storage), in British English as the tests use.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 */
export function newContext(browser, baseURL) {
	return browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 1280, height: 800 } });
}

/**
 * Collects garbage in the page's workers (DuckDB's among them), whose file
 * reads leave large buffers for the collector: memory is read as it stands
 * once they are gone, as the page's own heap is (see jsHeapUsed).
 * @param {import('@playwright/test').Page} page
 */
export async function collectWorkerGarbage(page) {
	await Promise.all(page.workers().map((worker) => worker.evaluate(() => /** @type {any} */ (globalThis).gc?.()).catch(() => undefined)));
}

/**
 * Memory of the renderer processes, read from /proc by the process ids CDP
 * reports (SystemInfo.getProcessInfo). Dedicated workers and WebAssembly
 * memory live in the renderer, so this is what the tab costs the machine.
 * @param {import('@playwright/test').Browser} browser
 * @returns {Promise<{ rssBytes: number, pids: number[] } | null>}
 */
export async function rendererMemory(browser) {
	const session = await browser.newBrowserCDPSession();
	try {
		const info = /** @type {{ processInfo: { id: number, type: string }[] }} */ (await session.send('SystemInfo.getProcessInfo'));
		const renderers = info.processInfo.filter((process) => process.type === 'renderer');
		const sizes = renderers.map((process) => ({ pid: process.id, rss: rssOf(process.id) })).filter((entry) => entry.rss > 0);
		if (!sizes.length) return null;
		// Only the benchmark's one page is open; the largest renderer is its tab (any other is a spare).
		const largest = sizes.reduce((a, b) => (b.rss > a.rss ? b : a));
		return { rssBytes: largest.rss, pids: sizes.map((entry) => entry.pid) };
	} catch {
		return null;
	} finally {
		await session.detach().catch(() => undefined);
	}
}

/**
 * Resident memory of a process in bytes, 0 if it cannot be read.
 * @param {number} pid
 */
function rssOf(pid) {
	try {
		const kB = /VmRSS:\s*(\d+)\s*kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
		return kB ? Number(kB) * 1024 : 0;
	} catch {
		return 0;
	}
}

/**
 * The page's main-thread JavaScript memory after a garbage collection, from
 * CDP Runtime.getHeapUsage: the V8 heap in use plus ArrayBuffer backing
 * stores and embedder (DOM) memory, which large files and Arrow results use.
 * (Performance.getMetrics' JSHeapUsedSize is the first of these alone.)
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<{ heapUsed: number, backingStorage: number, embedder: number, total: number } | null>}
 */
export async function jsHeapUsed(page) {
	const session = await page.context().newCDPSession(page);
	try {
		await session.send('HeapProfiler.collectGarbage').catch(() => undefined);
		const usage = /** @type {{ usedSize: number, embedderHeapUsedSize?: number, backingStorageSize?: number }} */ (await session.send('Runtime.getHeapUsage'));
		const backingStorage = usage.backingStorageSize ?? 0;
		const embedder = usage.embedderHeapUsedSize ?? 0;
		return { heapUsed: usage.usedSize, backingStorage, embedder, total: usage.usedSize + backingStorage + embedder };
	} catch {
		return null;
	} finally {
		await session.detach().catch(() => undefined);
	}
}

/**
 * `performance.measureUserAgentSpecificMemory()` where the page may call it
 * (only cross-origin-isolated pages may); null otherwise.
 * @param {import('@playwright/test').Page} page
 */
export async function userAgentMemory(page) {
	return page
		.evaluate(async () => {
			const measure = /** @type {any} */ (performance).measureUserAgentSpecificMemory;
			if (!globalThis.crossOriginIsolated || typeof measure !== 'function') return null;
			const result = await measure.call(performance);
			return Number(result.bytes);
		})
		.catch(() => null);
}
