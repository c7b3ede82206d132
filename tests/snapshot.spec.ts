import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from './fixtures';
import { budgetHeader as header, secondYear } from './budget-rows';
import { followInApp, openInteractive, waitForData } from './helpers';

/*
 * A performance lead's own extract, from the Data page to a meeting snapshot and back: what is loaded shows in
 * the views, is kept on the device over a reload, travels in a snapshot, and a reset brings back the embedded
 * data. And where the device keeps nothing (its storage full, or none offered), the same load and snapshot
 * work for the session and say so.
 */

const madeUpYear = { name: 'budget-2018-19.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\r\n${secondYear.join('\r\n')}\r\n`) };

/**
 * Waits until this document has the dataset kept on the device: in the engine's database file (kept as part
 * of the load), or else in its columnar form, written after a load or opened after a reload.
 */
async function keptOnDevice(page: Page): Promise<void> {
	await page.waitForFunction(
		() => ['engine: datasets in the file on this device', 'kept: columnar form saved', 'reopen: kept dataset'].some((name) => performance.getEntriesByName(name).length > 0),
		undefined,
		{ timeout: 30_000 }
	);
}

/** The years the Budget view offers, reached by the navigation once its figures are drawn from the engine. */
async function budgetYears(page: Page) {
	await page.getByRole('navigation').getByRole('link', { name: 'Budget' }).click();
	await expect(page).toHaveURL(/\/budget/);
	await waitForData(page);
	return page.getByLabel('Financial year').locator('option');
}

test('an extract loaded is shown in the views and kept over a reload; its snapshot, with a file that is not one refused, reopens after a reset with the same figures on the same page', async ({
	page
}) => {
	test.setTimeout(120_000);
	await openInteractive(page, '/data');
	// The default, "update the periods these files cover": a new year joins the one embedded.
	await expect(page.getByLabel('Update the periods these files cover')).toBeChecked();
	await page.getByTestId('file-input').setInputFiles(madeUpYear);
	const loaded = page.getByTestId('upload-loaded');
	await expect(loaded).toContainText('5 rows loaded into the budget split from budget-2018-19.csv');
	await expect(loaded).toContainText('They cover 1 financial year (2018/19). No period it held was replaced.');
	const budgetRow = page.getByTestId('dataset-list').locator('[data-dataset="budget-split"]');
	await expect(budgetRow).toContainText('13');
	await expect(budgetRow).toContainText('1 April 2017 to 31 March 2019');
	await expect(budgetRow).toContainText("Pass Reconciliation: every year's lines add up");

	await expect(await budgetYears(page)).toHaveText(['2018/19', '2017/18']);
	await expect(page.getByTestId('summary')).toContainText('£115.0m');
	await keptOnDevice(page);
	await page.reload();
	await waitForData(page);
	await expect(page.getByLabel('Financial year').locator('option')).toHaveText(['2018/19', '2017/18']);
	// Taken from the database file on the device: no step of an upload ran, so no CSV was read again.
	const steps = await page.evaluate(() => performance.getEntriesByType('measure').map((entry) => entry.name));
	expect(steps.filter((step) => step.startsWith('upload:'))).toEqual([]);
	expect(steps).toContain('reopen: database file');

	// The year chosen is in the link, and the snapshot keeps the page it was saved on.
	await page.getByLabel('Financial year').selectOption('2018/19');
	await expect(page).toHaveURL(/\/budget\?year=2018%2F19$/);
	await waitForData(page);
	const summary = await page.getByTestId('summary').textContent();
	const table = await page.getByRole('table', { name: /^Budget split/ }).textContent();
	expect(summary).toContain('£115.0m');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save meeting snapshot' }).click();
	const saving = await download;
	expect(saving.suggestedFilename()).toMatch(/^scrutiny-snapshot-.*\.zip$/);
	const file = await saving.path();
	// One ZIP: a manifest in plain JSON, with no byte-order mark (which common JSON readers refuse), and each dataset in its columnar form.
	const parts = unzipSync(new Uint8Array(readFileSync(file)));
	expect(Object.keys(parts)).toContain('datasets/budget-split.arrow.gz');
	const manifestBytes = parts['manifest.json'] as Uint8Array;
	expect(manifestBytes[0]).toBe('{'.charCodeAt(0));
	const saved = JSON.parse(new TextDecoder().decode(manifestBytes));
	expect(saved.page).toBe('/budget?year=2018%2F19');
	expect(saved.datasets.find((d: { id: string }) => d.id === 'budget-split').kept.rows).toBe(13);
	// Each dataset with the fingerprint of its rows and its part's SHA-256, the proof a tab holding the same rows
	// (the embedded extracts, after the reset below) leaves them as they are when it opens the snapshot.
	for (const dataset of saved.datasets as { part: string; fingerprint?: { rows: string; partSha256: string } }[]) {
		expect(dataset.fingerprint?.rows).toMatch(/^\d+ rows, -?\d+$/);
		expect(dataset.fingerprint?.partSha256).toBe(
			createHash('sha256')
				.update(parts[dataset.part] as Uint8Array)
				.digest('hex')
		);
	}

	// Reset brings back the embedded data.
	await page.getByRole('navigation').getByRole('link', { name: 'Data' }).click();
	await page.getByRole('button', { name: 'Reset to embedded data' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Every dataset is back to its embedded extract.' })).toBeVisible();
	await expect(await budgetYears(page)).toHaveText(['2017/18']);

	// A file that is not a snapshot is refused, and nothing loaded changes.
	await followInApp(page, '/data');
	await page.getByTestId('snapshot-input').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
	await expect(page.getByRole('alert')).toContainText('notes.json was not opened: this is not a meeting snapshot file made by this dashboard. Nothing loaded was changed.');
	await expect(budgetRow).toContainText('8');
	await expect(budgetRow).not.toContainText('2019');

	// A device without room to keep the snapshot's datasets refuses it before anything changes, as a load is refused
	// (the engine writing its file into a full device would stop for good): the browser says 1 KB is left.
	await page.evaluate(() => {
		navigator.storage.estimate = async () => ({ quota: 100 * 1024 * 1024, usage: 100 * 1024 * 1024 - 1024 });
	});
	await page.getByTestId('snapshot-input').setInputFiles(file);
	await expect(page.getByRole('alert')).toContainText(
		/was not opened: there is not enough room on this device to keep its datasets\. Opening it needs about \d+ MB of storage, and the browser lets the dashboard use 0 MB more\. Nothing was changed/
	);
	await expect(page).toHaveURL(/\/data$/);
	await expect(budgetRow).toContainText('8');
	await page.evaluate(() => Reflect.deleteProperty(navigator.storage, 'estimate'));

	// The snapshot, opened in place: the same document goes to the snapshot's page (the engine is not started
	// again, and no dataset is reopened from the device: no `reopen:` mark after the reload's).
	await page.evaluate(() => Object.assign(window, { sameDocument: true }));
	const reopened = await page.evaluate(() => performance.getEntriesByType('measure').filter((entry) => entry.name.startsWith('reopen:')).length);
	await page.getByTestId('snapshot-input').setInputFiles(file);
	await expect(page).toHaveURL(/\/budget\?year=2018%2F19$/);
	await waitForData(page);
	expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
	expect(await page.evaluate(() => performance.getEntriesByType('measure').filter((entry) => entry.name.startsWith('reopen:')).length)).toBe(reopened);
	await expect(page.getByTestId('summary')).toHaveText(summary ?? '');
	await expect(page.getByRole('table', { name: /^Budget split/ })).toHaveText(table ?? '');

	// Its rows are compressed into the database file once its page is drawn (3 s after the opening); reloaded then,
	// the tables are taken from the file, none rebuilt and no file read again. (Reloaded before then, the file's marks
	// are not the stored versions and the datasets are reopened from IndexedDB's copy: the same figures, a moment later.)
	await page.waitForFunction(() => performance.getEntriesByName('snapshot: write the database file through (after its page is drawn)').length > 0, undefined, {
		timeout: 30_000
	});
	await page.reload();
	await waitForData(page);
	await expect(page.getByTestId('summary')).toHaveText(summary ?? '');
	await expect(page.getByRole('table', { name: /^Budget split/ })).toHaveText(table ?? '');
	const afterReload = await page.evaluate(() => performance.getEntriesByType('measure').map((entry) => entry.name));
	expect(afterReload).toContain('reopen: database file');
	expect(afterReload).not.toContain('reopen: kept dataset');
	expect(afterReload.filter((step) => step.startsWith('upload:'))).toEqual([]);
});

test('where the device keeps nothing (its storage full, or none offered), a load and a snapshot are for this session only, say so, and their figures are shown', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	// Storage full: IndexedDB refuses every write.
	await page.addInitScript("IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };");
	await openInteractive(page, '/data');
	await page.getByTestId('file-input').setInputFiles(madeUpYear);
	const loaded = page.getByTestId('upload-loaded');
	await expect(loaded).toContainText('5 rows loaded into the budget split');
	await expect(loaded).toContainText('Loaded for this session only: the browser would not keep these files on the device');
	await expect(page.getByTestId('dataset-list').locator('[data-dataset="budget-split"]')).toContainText('For this session only');
	// Within the page (a reload would lose them, as the message says), the figures are the uploaded ones.
	await expect(await budgetYears(page)).toHaveText(['2018/19', '2017/18']);
	await page.getByLabel('Financial year').selectOption('2018/19');
	await waitForData(page);
	const summary = await page.getByTestId('summary').textContent();
	expect(summary).toContain('£115.0m');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save meeting snapshot' }).click();
	const file = await (await download).path();

	await page.getByRole('navigation').getByRole('link', { name: 'Data' }).click();
	await page.getByRole('button', { name: 'Reset to embedded data' }).click();
	await expect(page.getByText('Every dataset is back to its embedded extract.')).toBeVisible();
	await page.getByTestId('snapshot-input').setInputFiles(file);
	await expect(page.getByTestId('snapshot-session-only')).toContainText('is open in this tab for this session only: this device would not keep its datasets');
	await page.getByRole('link', { name: "Go to the snapshot's page" }).click();
	await expect(page).toHaveURL(/\/budget\?year=2018%2F19$/);
	await waitForData(page);
	await expect(page.getByTestId('summary')).toHaveText(summary ?? '');

	// No storage offered at all: a browser without IndexedDB (a new tab, the first closed so it holds nothing).
	await page.close();
	const bare = await context.newPage();
	await bare.addInitScript("Object.defineProperty(window, 'indexedDB', { value: undefined });");
	await openInteractive(bare, '/data');
	await bare.getByTestId('file-input').setInputFiles(madeUpYear);
	await expect(bare.getByTestId('upload-loaded')).toContainText('5 rows loaded into the budget split');
	await expect(bare.getByTestId('upload-loaded')).toContainText('Loaded for this session only: the browser would not keep these files on the device');
	await expect(bare.getByTestId('dataset-list').locator('[data-dataset="budget-split"]')).toContainText('For this session only');
	await expect(await budgetYears(bare)).toHaveText(['2018/19', '2017/18']);
});
