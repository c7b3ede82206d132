// Loads a dataset through the Data page exactly as a user does: choose the
// files, let the app read, check and load them, and wait for its "rows loaded"
// message. Timed in the page, from the file input's change event.

/** How long an upload may take before it is recorded as failed. */
export const uploadTimeoutMs = 120_000;

/**
 * @typedef {{ ok: true, ms: number, rowsPerSecond: number, sessionOnly: number, steps: Record<string, number>, phases: Record<string, number> }
 *   | { ok: false, ms: number, reason: string, progress: string }} UploadOutcome
 */

/**
 * Opens /data and uploads the files (appending, so several files add up).
 * @param {import('@playwright/test').Page} page
 * @param {import('./data.js').Dataset} dataset
 * @param {{ beforeChoosing?: () => Promise<unknown> }} [options] `beforeChoosing` runs once the page is ready, before the files are chosen (the benchmark reads the tab's memory there).
 * @returns {Promise<UploadOutcome>}
 */
export async function uploadThroughDataPage(page, dataset, options = {}) {
	await page.goto('/data', { timeout: 30_000 });
	await page.locator('html[data-hydrated="true"]').waitFor({ timeout: 30_000 });
	// As a user does, who opens the Data page and then finds the file to load: by the time it is chosen the
	// page has opened (the engine started, every dataset loaded and checked). The baselines' clocks start
	// the same way, with their libraries loaded and DuckDB's instance made.
	await dataPageChecked(page);
	await options.beforeChoosing?.();
	// The default mode, "update the periods these files cover": files of different months add up, and the
	// files chosen together are one load (one result on the page).
	await page.evaluate(() => {
		const input = document.querySelector('[data-testid="file-input"]');
		if (!input) throw new Error('The Data page has no [data-testid="file-input"].');
		// Capture phase: noted before the app's own handler starts the work.
		input.addEventListener('change', () => Object.assign(window, { __uploadStart: performance.now() }), { capture: true, once: true });
		// When the load first shows each phase (reading, checking, confirm, loading, loaded): where the time
		// went between the steps the app marks itself.
		/** @type {Record<string, number>} */
		const phases = {};
		Object.assign(window, { __uploadPhases: phases });
		new MutationObserver(() => {
			const phase = document.querySelector('[data-testid="upload-result"]')?.getAttribute('data-phase');
			if (phase && !(phase in phases)) phases[phase] = performance.now() - /** @type {any} */ (window.__uploadStart ?? 0);
		}).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-phase'] });
	});
	await page.getByTestId('file-input').setInputFiles(dataset.files, { timeout: 30_000 });
	// Files chosen together are one load, with one result.
	const expected = 1;
	// A file loaded before (the same bytes, in a reused browser profile) is named and asked about: answered at once.
	void page
		.getByTestId('load-confirm')
		.getByRole('button')
		.first()
		.click({ timeout: uploadTimeoutMs })
		.catch(() => undefined);
	// Waits until every file has settled (loaded, or ended otherwise), so a
	// failure is timed and reported with what happened to the other files too.
	const handle = await page
		.waitForFunction(
			(count) => {
				const results = [...document.querySelectorAll('[data-testid="upload-result"]')];
				const phases = results.map((result) => result.getAttribute('data-phase') ?? '');
				const settled = phases.filter((phase) => ['loaded', 'rejected', 'unreadable', 'failed', 'cancelled'].includes(phase));
				if (settled.length < count) return false;
				const ms = performance.now() - /** @type {any} */ (window.__uploadStart ?? 0);
				const loaded = document.querySelectorAll('[data-testid="upload-loaded"]').length;
				// A file the browser would not keep on the device is loaded for this session only, and the app says so.
				const sessionOnly = [...document.querySelectorAll('[data-testid="upload-loaded"]')].filter((result) => /for this session only/i.test(result.textContent ?? '')).length;
				if (loaded >= count) return { ok: true, ms, sessionOnly };
				const ended = results.filter((result) => result.getAttribute('data-phase') !== 'loaded');
				const words = (/** @type {Element} */ result) => (result.querySelector('[role="alert"], [role="status"]') ?? result).textContent?.trim().replace(/\s+/g, ' ');
				return { ok: false, ms, reason: ended.map(words).join(' | ') };
			},
			expected,
			{ polling: 'raf', timeout: uploadTimeoutMs }
		)
		.catch(() => null);
	if (!handle) {
		const progress = await page
			.evaluate(() => [...document.querySelectorAll('[data-testid="upload-result"]')].map((r) => r.textContent?.trim().replace(/\s+/g, ' ')).join(' | '))
			.catch(() => 'the page did not answer');
		const elapsed = await page.evaluate(() => performance.now() - /** @type {any} */ (window.__uploadStart ?? 0)).catch(() => uploadTimeoutMs);
		return { ok: false, ms: elapsed, reason: `timed out after ${(uploadTimeoutMs / 1000).toFixed(0)} s`, progress: progress.slice(0, 300) };
	}
	const outcome = /** @type {{ ok: boolean, ms: number, reason?: string, sessionOnly?: number }} */ (await handle.jsonValue());
	if (!outcome.ok) return { ok: false, ms: outcome.ms, reason: (outcome.reason ?? 'failed').slice(0, 1000), progress: '' };
	const phases = await page.evaluate(() => /** @type {Record<string, number>} */ ({ .../** @type {any} */ (window).__uploadPhases }));
	return { ok: true, ms: outcome.ms, rowsPerSecond: dataset.rows / (outcome.ms / 1000), sessionOnly: outcome.sessionOnly ?? 0, steps: await uploadSteps(page), phases };
}

/**
 * Where the upload's time went: the app marks each step of a large file's
 * load with performance.measure ("upload: …"), summed here over its files.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<Record<string, number>>}
 */
async function uploadSteps(page) {
	return page.evaluate(() => {
		/** @type {Record<string, number>} */
		const steps = {};
		for (const entry of performance.getEntriesByType('measure')) {
			if (!entry.name.startsWith('upload: ')) continue;
			const step = entry.name.slice('upload: '.length);
			steps[step] = (steps[step] ?? 0) + entry.duration;
		}
		return steps;
	});
}

/**
 * Waits until every dataset on the Data page shows its figures and the checks
 * of the data it holds now (after an upload, the checks run again).
 * @param {import('@playwright/test').Page} page
 */
export async function dataPageChecked(page) {
	await page.waitForFunction(
		() => {
			const rows = [...document.querySelectorAll('[data-testid="dataset-list"] tr[data-dataset]')];
			return rows.length > 0 && rows.every((row) => row.getAttribute('data-checked') === 'true');
		},
		undefined,
		{ timeout: 120_000 }
	);
}

/**
 * Goes from the Data page to /crime as a user would, by a link, so the page
 * keeps the database it just loaded (a reload would replay the upload).
 * @param {import('@playwright/test').Page} page
 * @param {string} path
 */
export async function followLinkTo(page, path) {
	const existing = page.locator(`nav a[href$="${path}"]`).first();
	if (await existing.count()) return existing.click({ timeout: 10_000 });
	// The view may not be in the navigation yet: add a link, which SvelteKit's router follows in place.
	await page.evaluate((href) => {
		const link = Object.assign(document.createElement('a'), { href, id: 'bench-link', textContent: 'Go' });
		document.querySelector('main')?.append(link);
	}, path);
	await page.locator('#bench-link').click({ timeout: 10_000 });
}
