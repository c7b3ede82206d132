import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Page } from './fixtures';
import { openInteractive, waitForData } from './helpers';

// Each worker keeps one browser context (tests/fixtures.ts). These run in order in one worker:
// a test that expects the embedded data, one that loads a dataset (kept on the device, in
// IndexedDB), then the first again. Both orders pass only if the context is emptied between tests.
test.describe.configure({ mode: 'serial', timeout: 150_000 });

const embedded = readFileSync('data/budget-split.csv', 'utf8');
const embeddedRows = Papa.parse<Record<string, string>>(embedded, { header: true, skipEmptyLines: true }).data;
const embeddedYears = [...new Set(embeddedRows.map((row) => row['financial_year'] ?? ''))];
const header = embedded.split('\n')[0];
// A year made up for the test, marked as such: 100 + 10 = 110; 110 + 5 = 115.
const madeUpYear = [
	'2030/31,force,Force,Force,line,cc,1,100.0,87.0,test extract,test,true',
	'2030/31,regional_collaboration,Region,Region,line,cc,2,10.0,8.7,test extract,test,true',
	'2030/31,cc,To the Chief Constable,To the Chief Constable,subtotal,total,3,110.0,95.7,test extract,test,true',
	'2030/31,capital,Capital,Capital,line,total,4,5.0,4.3,test extract,test,true',
	'2030/31,total,Net Budget Requirement 2030/31,Net budget requirement,total,,5,115.0,100,test extract,test,true'
];

/** The rows the Data page says the budget split holds, once its checks are of what it holds now. */
async function budgetRowsHeld(page: Page) {
	await openInteractive(page, '/data');
	const row = page.getByRole('row', { name: /^Budget split/ });
	await expect(row).toHaveAttribute('data-checked', 'true', { timeout: 60_000 });
	return row.getByRole('cell').first();
}

/** The years the Budget view offers, once its figures are drawn from the engine. */
async function budgetYears(page: Page) {
	await page.goto('/budget');
	// The machine is shared: the engine has taken over 20 s to start under load.
	await waitForData(page, 60_000);
	return page.getByLabel('Financial year').locator('option');
}

test('before a load: the embedded rows and years only', async ({ page }) => {
	await expect(await budgetRowsHeld(page)).toHaveText(String(embeddedRows.length));
	await expect(await budgetYears(page)).toHaveText(embeddedYears);
});

test('a load: a made-up year is kept on the device and offered first', async ({ page }) => {
	await openInteractive(page, '/data');
	await page.getByTestId('file-input').setInputFiles({ name: 'budget-2030-31.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${madeUpYear.join('\n')}\n`) });
	await expect(page.getByTestId('upload-loaded')).toContainText('5 rows loaded', { timeout: 60_000 });
	await expect(await budgetRowsHeld(page)).toHaveText(String(embeddedRows.length + madeUpYear.length));
	await expect(await budgetYears(page)).toHaveText(['2030/31', ...embeddedYears]);
});

test('after that load, in the same worker: the embedded rows and years only again', async ({ page }) => {
	await expect(await budgetRowsHeld(page)).toHaveText(String(embeddedRows.length));
	await expect(await budgetYears(page)).toHaveText(embeddedYears);
});
