// A year of police.uk files (issue 13, item 6): twelve and 35 monthly files,
// each one month of one force as police.uk publishes them, chosen together on
// the Data page with its defaults, timed until the Crime view shows every
// month's figures. Generated deterministically into a temporary folder, like
// the other datasets (scripts/generate-street-crime.js).
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monthsBetween, streetCrimeMonth } from '../scripts/generate-street-crime.js';
import { newContext } from './browser.js';
import { dataPageChecked, followLinkTo, uploadThroughDataPage, uploadTimeoutMs } from './upload.js';

/**
 * The batches issue 13 names: about 95,000 rows in twelve files, about 300,000 in 35 (real
 * Leicestershire months hold 7,900 to 8,900 rows), ending in March 2025 like the other datasets.
 */
export const batches = [
	{ name: '12 files', from: '2024-04', to: '2025-03', perMonth: 7_900, targetSeconds: 1.5 },
	{ name: '35 files', from: '2022-05', to: '2025-03', perMonth: 8_600, targetSeconds: 3 }
];

/**
 * @typedef {import('./data.js').Dataset & { months: number, targetSeconds: number }} Batch
 */

/**
 * Writes each batch as one file per month into a new temporary folder.
 * @returns {{ batches: Batch[], remove: () => void }}
 */
export function generateBatches() {
	const folder = mkdtempSync(join(tmpdir(), 'scrutiny-bench-batch-'));
	const remove = () => rmSync(folder, { recursive: true, force: true });
	try {
		const written = batches.map(({ name, from, to, perMonth, targetSeconds }) => {
			const months = monthsBetween(from, to);
			// Named as police.uk names its files, in a folder of their own per batch.
			const batchFolder = join(folder, name.replace(' ', '-'));
			mkdirSync(batchFolder);
			const files = months.map((month) => join(batchFolder, `${month}-leicestershire-street.csv`));
			for (const [index, month] of months.entries()) writeFileSync(/** @type {string} */ (files[index]), streetCrimeMonth(month, perMonth));
			return { name, rows: months.length * perMonth, files, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0), months: months.length, targetSeconds };
		});
		return { batches: written, remove };
	} catch (error) {
		remove();
		throw error;
	}
}

/**
 * @typedef {{ ok: true, ms: number, loadedMs: number, steps: Record<string, number>, phases: Record<string, number> } | { ok: false, ms: number, reason: string }} BatchOutcome
 */

/**
 * Chooses a batch's files on the Data page, then follows the link to /crime
 * and waits until its first chart (all recorded crime by month) has a point for every month; timed
 * in the page from the file input's change event.
 * @param {import('@playwright/test').Page} page
 * @param {Batch} batch
 * @returns {Promise<BatchOutcome>}
 */
async function chooseAndShow(page, batch) {
	const upload = await uploadThroughDataPage(page, batch);
	if (!upload.ok) return { ok: false, ms: upload.ms, reason: upload.reason };
	await followLinkTo(page, '/crime');
	const shown = await page
		.waitForFunction(
			(months) => {
				// The view's first chart, all recorded crime month by month (an XmR chart), has a point for every month;
				// its month-by-month table is folded and drawn only when opened, so it cannot be waited for.
				const chart = document.querySelector('[data-testid="xmr-chart"]');
				const points = chart ? chart.querySelectorAll('path[data-variation]').length : 0;
				if (points !== months || document.querySelector('[data-state="loading"], [data-ready="false"]')) return false;
				return performance.now() - /** @type {any} */ (window.__uploadStart ?? 0);
			},
			batch.months,
			{ polling: 'raf', timeout: uploadTimeoutMs }
		)
		.catch(() => null);
	if (!shown) return { ok: false, ms: upload.ms, reason: `the Crime view did not show ${batch.months} months within ${uploadTimeoutMs / 1000} s of the load` };
	return { ok: true, ms: /** @type {number} */ (await shown.jsonValue()), loadedMs: upload.ms, steps: upload.steps, phases: upload.phases };
}

/**
 * The stages of a load, in order, as the app marks them with performance.measure ("upload: <stage>"),
 * each with the steps it is made of: a step is part of its stage's time, not added to it.
 */
export const loadStages = [
	{ stage: 'recognise', steps: [] },
	{
		stage: 'read and check every file',
		steps: ['first lines', 'register files', 'read and check cells', 'contract checks', 'wait for copy and digest', 'provenance', 'periods', 'stage a file alone', 'word problems']
	},
	{ stage: 'plan', steps: [] },
	{ stage: 'apply', steps: ['join the dataset', 'keep on the device'] }
];

/**
 * Where a load's time went, stage by stage, in seconds: the app's marks, the copy and digest made beside
 * the read (overlapping it), and, measured here, the time from the load's end to the Crime view's figures.
 * @param {BatchOutcome} outcome
 * @returns {{ name: string, seconds: number, steps: { name: string, seconds: number }[] }[]}
 */
export function stageBreakdown(outcome) {
	if (!outcome.ok) return [];
	const seconds = (/** @type {string} */ name) => (outcome.steps[name] ?? 0) / 1000;
	return [
		...loadStages.map(({ stage, steps }) => ({
			name: stage,
			seconds: seconds(stage),
			steps: steps.filter((step) => step in outcome.steps).map((step) => ({ name: step, seconds: seconds(step) }))
		})),
		{ name: 'copy and digest (beside the read)', seconds: seconds('copy and digest (beside the read)'), steps: [] },
		{ name: 'from loaded to the Crime view', seconds: (outcome.ms - outcome.loadedMs) / 1000, steps: [] }
	];
}

/**
 * Waits until the Crime view's first chart has a point for each of `months` months and nothing is loading;
 * answers `performance.now()` then (from the document's navigation start).
 * @param {import('@playwright/test').Page} page
 * @param {number} months
 */
function everyMonthShown(page, months) {
	return page
		.waitForFunction(
			(count) => {
				const chart = document.querySelector('[data-testid="xmr-chart"]');
				const points = chart ? chart.querySelectorAll('path[data-variation]').length : 0;
				if (points !== count || document.querySelector('[data-state="loading"], [data-ready="false"]')) return false;
				return performance.now();
			},
			months,
			{ polling: 'raf', timeout: uploadTimeoutMs }
		)
		.then(async (handle) => Number(await handle.jsonValue()));
}

/**
 * Waits until the page has written the load's columnar form (it marks it so), just after the load, in
 * the background: with the engine's database file on the device too, since the form is what a second
 * tab opens, so the tab's memory is read with that work done.
 * @param {import('@playwright/test').Page} page
 */
export function columnarFormWritten(page) {
	return page.waitForFunction(() => performance.getEntriesByName('kept: columnar form saved').length > 0, undefined, { timeout: uploadTimeoutMs });
}

/**
 * Every figure of a page ready (nothing loading), as `performance.now()` from navigation start.
 * @param {import('@playwright/test').Page} page
 */
export function pageReady(page) {
	return page
		.waitForFunction(
			() => {
				const marked = [...document.querySelectorAll('[data-ready]')];
				if (!marked.length || marked.some((each) => each.getAttribute('data-ready') !== 'true') || document.querySelector('[data-state="loading"]')) return false;
				return performance.now();
			},
			undefined,
			{ polling: 'raf', timeout: uploadTimeoutMs }
		)
		.then(async (handle) => Number(await handle.jsonValue()));
}

/**
 * The Crime view ready with only the embedded data, in a new context: what a reload with files kept is compared with.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 */
export async function embeddedReady(browser, origin) {
	const context = await newContext(browser, origin);
	try {
		const page = await context.newPage();
		await page.goto('/crime', { waitUntil: 'commit' });
		return await pageReady(page);
	} finally {
		await context.close().catch(() => undefined);
	}
}

/**
 * After a batch is loaded: the Crime view reloaded (a new document, the files kept on the device) until every
 * month shows, with the upload marks counted (none means no CSV was read again); then a meeting snapshot saved
 * (its size) and opened on the Data page until its page shows every month again.
 * @param {import('@playwright/test').Page} page
 * @param {Batch} batch
 */
async function reloadAndSnapshot(page, batch) {
	// The columnar form is written just after the load, in the background: the reload is timed once it is kept.
	const keptAt = Date.now();
	await columnarFormWritten(page);
	const keptAfterMs = Date.now() - keptAt;
	await page.goto('/crime', { waitUntil: 'commit' });
	const reloadMs = await everyMonthShown(page, batch.months);
	const uploadMarks = await page.evaluate(() => performance.getEntriesByType('measure').filter((entry) => entry.name.startsWith('upload:')).length);
	const reopenMs = await page.evaluate(() =>
		performance
			.getEntriesByType('measure')
			.filter((entry) => entry.name.startsWith('reopen:'))
			.reduce((sum, entry) => sum + entry.duration, 0)
	);
	const download = page.waitForEvent('download', { timeout: uploadTimeoutMs });
	await page.getByRole('button', { name: 'Save meeting snapshot' }).click();
	const saved = await download;
	const file = /** @type {string} */ (await saved.path());
	const snapshotBytes = statSync(file).size;
	// Opened in the tab that saved it (its datasets all held already), then after "Reset to embedded data", as on
	// another device (the embedded extracts held, the police.uk files not).
	const held = await openSnapshot(page, file, batch.months);
	await page.goto('/data');
	await dataPageChecked(page);
	await page.getByRole('button', { name: 'Reset to embedded data' }).click();
	await page.getByRole('status').filter({ hasText: 'Every dataset is back to its embedded extract.' }).waitFor({ timeout: uploadTimeoutMs });
	const afterReset = await openSnapshot(page, file, batch.months);
	return {
		reloadMs,
		uploadMarks,
		reopenMs,
		snapshotBytes,
		snapshotOpenMs: held.ms,
		snapshotSteps: held.steps,
		snapshotAfterResetMs: afterReset.ms,
		snapshotAfterResetSteps: afterReset.steps,
		keptAfterMs
	};
}

/**
 * Opens a meeting snapshot on the Data page (a new document, opened and checked first, as a user would have it) and
 * times it with the runner's clock until its page (/crime, reached in place) shows every month.
 * @param {import('@playwright/test').Page} page
 * @param {string} file
 * @param {number} months
 */
async function openSnapshot(page, file, months) {
	await page.goto('/data');
	// As a user would: the Data page open (engine started, each dataset opened and checked) before the file is chosen.
	await dataPageChecked(page);
	const from = await page.evaluate(() => performance.now());
	const started = Date.now();
	await page.getByTestId('snapshot-input').setInputFiles(file);
	await page.waitForURL(/\/crime$/, { timeout: uploadTimeoutMs });
	await everyMonthShown(page, months);
	const ms = Date.now() - started;
	// Where the opening's time went, from the app's `snapshot: …` marks (the snapshot is opened in place, so they are this document's).
	/** @type {Record<string, number>} */
	const steps = await page.evaluate(
		(since) =>
			Object.fromEntries(
				performance
					.getEntriesByType('measure')
					.filter((entry) => entry.name.startsWith('snapshot: ') && entry.startTime >= since)
					.map((entry) => [entry.name.slice('snapshot: '.length), entry.duration])
			),
		from
	);
	// Its rows are written through the database file 3 s after its page is drawn: waited for, so the next step starts on a settled engine.
	await page
		.waitForFunction(() => performance.getEntriesByName('snapshot: write the database file through (after its page is drawn)').length > 0, undefined, { timeout: uploadTimeoutMs })
		.catch(() => undefined);
	return { ms, steps };
}

/**
 * A snapshot opening's steps and their times, for the progress log.
 * @param {Record<string, number>} marked
 */
function steps(marked) {
	return Object.entries(marked)
		.map(([step, ms]) => `${step} ${(ms / 1000).toFixed(2)} s`)
		.join(', ');
}

/**
 * Runs each batch `runs` times, each in a new browser context (empty cache and storage).
 * @param {{ browser: import('@playwright/test').Browser, origin: string, batches: Batch[], runs: number, log: (line: string) => void }} options
 */
export async function measureBatches({ browser, origin, batches, runs, log }) {
	/** @type {{ run: number, name: string, rows: number, bytes: number, months: number, targetSeconds: number, outcome: BatchOutcome, embeddedReadyMs: number | null, after?: Awaited<ReturnType<typeof reloadAndSnapshot>> | { error: string } }[]} */
	const results = [];
	for (let run = 1; run <= runs; run++) {
		const embeddedReadyMs = await embeddedReady(browser, origin).catch(() => null);
		log(`  run ${run}: the Crime view with the embedded data only, ready at ${embeddedReadyMs === null ? 'FAILED' : `${(embeddedReadyMs / 1000).toFixed(2)} s`}`);
		for (const batch of batches) {
			const context = await newContext(browser, origin);
			/** @type {BatchOutcome} */
			let outcome;
			/** @type {Awaited<ReturnType<typeof reloadAndSnapshot>> | { error: string } | undefined} */
			let after;
			try {
				const page = await context.newPage();
				outcome = await chooseAndShow(page, batch).catch((error) => ({
					ok: /** @type {const} */ (false),
					ms: 0,
					reason: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
				}));
				if (outcome.ok) after = await reloadAndSnapshot(page, batch).catch((error) => ({ error: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) }));
			} finally {
				await context.close().catch(() => undefined);
			}
			results.push({ run, name: batch.name, rows: batch.rows, bytes: batch.bytes, months: batch.months, targetSeconds: batch.targetSeconds, outcome, embeddedReadyMs, after });
			if (after && 'error' in after) log(`      reload and snapshot FAILED: ${after.error}`);
			else if (after)
				log(
					`      reloaded: every month at ${(after.reloadMs / 1000).toFixed(2)} s (columnar form written ${(after.keptAfterMs / 1000).toFixed(2)} s after the Crime view showed the load; reopened from the device in ${(after.reopenMs / 1000).toFixed(2)} s; ${after.uploadMarks} upload marks); snapshot ${(after.snapshotBytes / 1024 ** 2).toFixed(1)} MB (${((100 * after.snapshotBytes) / batch.bytes).toFixed(1)}% of the CSVs), opened in ${(after.snapshotOpenMs / 1000).toFixed(2)} s in the tab that saved it (${steps(after.snapshotSteps)}), and in ${(after.snapshotAfterResetMs / 1000).toFixed(2)} s after a reset to the embedded data (${steps(after.snapshotAfterResetSteps)})`
				);
			log(
				`  run ${run}, ${batch.name} (${batch.rows.toLocaleString('en-GB')} rows): ` +
					(outcome.ok
						? `${(outcome.ms / 1000).toFixed(2)} s to the Crime view (loaded at ${(outcome.loadedMs / 1000).toFixed(2)} s)`
						: `FAILED after ${(outcome.ms / 1000).toFixed(1)} s (${outcome.reason})`)
			);
			// Stage by stage, beside the total.
			for (const stage of stageBreakdown(outcome)) {
				const steps = stage.steps.map((step) => `${step.name} ${step.seconds.toFixed(2)}`).join(', ');
				log(`      ${stage.name.padEnd(34)} ${stage.seconds.toFixed(2).padStart(6)} s${steps ? `  (${steps})` : ''}`);
			}
			if (outcome.ok)
				log(
					`      phases began at ${Object.entries(outcome.phases)
						.map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(2)} s`)
						.join(', ')}`
				);
		}
	}
	return results;
}
