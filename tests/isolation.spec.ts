import Papa from 'papaparse';
import { expect, test, type Page } from './fixtures';
import { budgetHeader as header, embeddedBudget, secondYear as madeUpYear } from './budget-rows';
import { followInApp, openInteractive, waitForData } from './helpers';

// Each worker keeps one browser context (tests/fixtures.ts). These run in order in one worker:
// a test that expects the embedded data, one that loads a dataset (kept on the device, in
// IndexedDB), then the first again. Both orders pass only if the context is emptied between tests.
test.describe.configure({ mode: 'serial', timeout: 150_000 });

const embeddedRows = Papa.parse<Record<string, string>>(embeddedBudget, { header: true, skipEmptyLines: true }).data;
const embeddedYears = [...new Set(embeddedRows.map((row) => row['financial_year'] ?? ''))];

/** The rows the Data page says the budget split holds, once its checks are of what it holds now. */
async function budgetRowsHeld(page: Page) {
	await openInteractive(page, '/data');
	const row = page.getByRole('row', { name: /^Budget split/ });
	await expect(row).toHaveAttribute('data-checked', 'true', { timeout: 60_000 });
	return row.getByRole('cell').first();
}

/** The years the Budget view offers, once its figures are drawn from the engine. */
async function budgetYears(page: Page) {
	// Followed as a link from the Data page: the same page, so the engine is not started a second time.
	await followInApp(page, '/budget');
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
	await page.getByTestId('file-input').setInputFiles({ name: 'budget-2018-19.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${madeUpYear.join('\n')}\n`) });
	await expect(page.getByTestId('upload-loaded')).toContainText('5 rows loaded', { timeout: 60_000 });
	await expect(await budgetRowsHeld(page)).toHaveText(String(embeddedRows.length + madeUpYear.length));
	await expect(await budgetYears(page)).toHaveText(['2018/19', ...embeddedYears]);
});

test('after that load, in the same worker: the embedded rows and years only again', async ({ page }) => {
	await expect(await budgetRowsHeld(page)).toHaveText(String(embeddedRows.length));
	await expect(await budgetYears(page)).toHaveText(embeddedYears);
});
