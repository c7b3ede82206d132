import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test, type Page } from './fixtures';
import { noPoliceUkFixtures, policeUkFixtures } from '../src/lib/datasets/police-uk-fixtures';
import { openInteractive, waitForData } from './helpers';

// A real police.uk month (../shared/fixtures/police-uk), its rows counted here from the file.
const folder = policeUkFixtures();
test.skip(folder === undefined, noPoliceUkFixtures);
const path = join(folder ?? '', '2022-10-leicestershire-street.csv');
const rows = folder === undefined ? 0 : Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data.length;
const figure = rows.toLocaleString('en-GB');
const crimeRow = (page: Page) => page.getByTestId('dataset-list').locator('[data-dataset="street-crime"]');

/** The names of this document's performance marks and measures. */
function timeline(page: Page): Promise<string[]> {
	return page.evaluate(() => performance.getEntries().map((entry) => entry.name));
}

/** The Crime view's table of all recorded crime by month, with October 2022 and its count. */
async function expectOctober(page: Page) {
	await page.goto('/crime');
	await waitForData(page, 60_000);
	const panel = page.locator('[data-series="crime-total"]');
	const fold = panel.locator('details');
	if (!(await fold.evaluate((details) => (details as HTMLDetailsElement).open))) await fold.locator('summary').click();
	await expect(panel.getByTestId('series-crime-total-table').getByRole('row', { name: 'October 2022' })).toContainText(figure);
}

test('an uploaded police.uk file is in the database file on the device: after a reload its figures are back with no file read and no columnar form reopened', async ({ page }) => {
	test.setTimeout(180_000);
	await openInteractive(page, '/data');
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('upload-loaded')).toContainText(`${figure} rows loaded into the street-level crime (police.uk)`, { timeout: 60_000 });
	expect(await timeline(page)).toContain('engine: datasets in the file on this device');
	// The columnar form, for other tabs, is written in the background after the load: here it has been, so nothing is left to write after the reload.
	await page.waitForFunction(() => performance.getEntriesByName('kept: columnar form saved').length > 0, undefined, { timeout: 60_000 });

	await page.reload();
	await waitForData(page, 60_000);
	await expect(crimeRow(page)).toContainText(figure);
	const steps = await timeline(page);
	expect(steps).toContain('engine: datasets in the file on this device');
	expect(steps).toContain('reopen: database file');
	// No step of an upload ran (the CSV was not read again), and the columnar form was neither reopened nor written.
	expect(steps.filter((step) => step.startsWith('upload:'))).toEqual([]);
	expect(steps).not.toContain('reopen: kept dataset');
	expect(steps).not.toContain('kept: columnar form saved');
	await expectOctober(page);
});

test('a second tab, refused the database file while the first holds it, works in memory from the columnar form and still shows the uploaded figures', async ({ page, context }) => {
	test.setTimeout(180_000);
	await openInteractive(page, '/data');
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('upload-loaded')).toContainText(`${figure} rows loaded`, { timeout: 60_000 });
	// The tab holding the file writes the columnar form too, after the load, for tabs like the next.
	await page.waitForFunction(() => performance.getEntriesByName('kept: columnar form saved').length > 0, undefined, { timeout: 60_000 });

	const second = await context.newPage();
	await openInteractive(second, '/data');
	await waitForData(second, 60_000);
	await expect(crimeRow(second)).toContainText(figure);
	const steps = await timeline(second);
	expect(steps).toContain('engine: in memory only');
	expect(steps).not.toContain('reopen: database file');
	// It opened the columnar form: the CSV was not read again.
	expect(steps).toContain('reopen: kept dataset');
	expect(steps.filter((step) => step.startsWith('upload:'))).toEqual([]);
	// Nothing on the page says something went wrong.
	await expect(second.getByRole('alert')).toHaveCount(0);
	await expectOctober(second);
	// The first tab still holds the file and its figures.
	await expectOctober(page);
});

test('where the browser offers no file system for the database, the upload is kept in IndexedDB in its columnar form and comes back after a reload from it', async ({ page }) => {
	test.setTimeout(180_000);
	// As in a browser without the origin-private file system: the engine works in memory.
	await page.addInitScript(() => {
		Object.defineProperty(StorageManager.prototype, 'getDirectory', { value: undefined });
	});
	await openInteractive(page, '/data');
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('upload-loaded')).toContainText(`${figure} rows loaded`, { timeout: 60_000 });
	expect(await timeline(page)).toContain('engine: in memory only');
	await page.waitForFunction(() => performance.getEntriesByName('kept: columnar form saved').length > 0, undefined, { timeout: 60_000 });

	await page.reload();
	await waitForData(page, 60_000);
	await expect(crimeRow(page)).toContainText(figure);
	const steps = await timeline(page);
	expect(steps).toContain('reopen: kept dataset');
	expect(steps.filter((step) => step.startsWith('upload:'))).toEqual([]);
	await expectOctober(page);
});
