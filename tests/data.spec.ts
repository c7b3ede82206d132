import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { budgetHeader as header, embeddedBudget, secondYear } from './budget-rows';
import { expectNoAccessibilityViolations, followInApp, openInteractive, visit, waitForData } from './helpers';

/**
 * Waits until this document has the dataset kept on the device: in the engine's database file (kept as part
 * of the load), or else in its columnar form, written after a load or opened after a reload.
 */
async function columnarFormKept(page: Page): Promise<void> {
	await page.waitForFunction(
		() => ['engine: datasets in the file on this device', 'kept: columnar form saved', 'reopen: kept dataset'].some((name) => performance.getEntriesByName(name).length > 0),
		undefined,
		{ timeout: 30_000 }
	);
}

async function upload(page: Page, name: string, body: string | Buffer) {
	await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: typeof body === 'string' ? Buffer.from(body) : body });
}

/**
 * Opens the Budget view and waits until its year selector offers exactly these
 * years: the page first shows the figures worked out at build time, then the
 * data loaded on this device, so a one-off read could catch the first.
 */
async function expectBudgetYears(page: Page, years: string[], { byLink = false } = {}) {
	// By a link in the same page where the journey is not about loading the page afresh (the engine starts once).
	if (byLink) await followInApp(page, '/budget');
	else await page.goto('/budget');
	await waitForData(page);
	await expect(page.getByTestId('summary')).toBeVisible();
	await expect(page.getByLabel('Financial year').locator('option')).toHaveText(years);
}

test('a good extract is added, shows in the views, survives a reload, and reset brings back the embedded data', async ({ page }) => {
	// A long journey: upload, two views, a reload, then a reset of every dataset.
	test.setTimeout(90_000);
	await openInteractive(page, '/data');
	// The default, "update the periods these files cover": a new year joins the one embedded.
	await expect(page.getByLabel('Update the periods these files cover')).toBeChecked();
	await upload(page, 'budget-2018-19.csv', `${header}\r\n${secondYear.join('\r\n')}\r\n`);
	await expect(page.getByTestId('upload-loaded')).toContainText('5 rows loaded into the budget split from budget-2018-19.csv');
	await expect(page.getByTestId('upload-loaded')).toContainText('They cover 1 financial year (2018/19). No period it held was replaced.');
	const budgetRow = page.getByTestId('dataset-list').locator('[data-dataset="budget-split"]');
	await expect(budgetRow).toContainText('13');
	await expect(budgetRow).toContainText('1 April 2017 to 31 March 2019');
	await expect(budgetRow).toContainText("Pass Reconciliation: every year's lines add up");

	await expectBudgetYears(page, ['2018/19', '2017/18']);
	await expect(page.getByTestId('summary')).toContainText('£115.0m');
	await columnarFormKept(page);
	await page.reload();
	await waitForData(page);
	await expect(page.getByLabel('Financial year').locator('option')).toHaveText(['2018/19', '2017/18']);
	// Taken from the database file on the device: no step of an upload ran, so no CSV was read again.
	const steps = await page.evaluate(() => performance.getEntriesByType('measure').map((entry) => entry.name));
	expect(steps.filter((step) => step.startsWith('upload:'))).toEqual([]);
	expect(steps).toContain('reopen: database file');

	await openInteractive(page, '/data');
	await page.getByRole('button', { name: 'Reset to embedded data' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'back to its embedded extract' })).toBeVisible();
	await expectBudgetYears(page, ['2017/18']);
});

for (const [device, refuse] of [
	['full', "IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };"],
	['unavailable', "Object.defineProperty(window, 'indexedDB', { value: undefined });"]
] as const) {
	test(`with the device's storage ${device}, an upload is loaded for this session only, says so, and its figures stay on screen`, async ({ page }) => {
		await page.addInitScript(refuse);
		await openInteractive(page, '/data');
		await upload(page, 'budget-2018-19.csv', `${header}\n${secondYear.join('\n')}\n`);
		await expect(page.getByTestId('upload-loaded')).toContainText('5 rows loaded into the budget split');
		await expect(page.getByTestId('upload-loaded')).toContainText('Loaded for this session only: the browser would not keep these files on the device');
		await expect(page.getByTestId('dataset-list').locator('[data-dataset="budget-split"]')).toContainText('For this session only');
		// Within the page (a reload would lose them, as the message says), the figures are the uploaded ones.
		await page.getByRole('navigation').getByRole('link', { name: 'Budget' }).click();
		await waitForData(page);
		await expect(page.getByLabel('Financial year').locator('option')).toHaveText(['2018/19', '2017/18']);
	});
}

test('a broken extract is rejected with its problems, and the views are unchanged', async ({ page }) => {
	await openInteractive(page, '/data');
	const broken = `${header}\n${secondYear[0]!.replace('100.0', '£100m')}\n${secondYear[1]!.replace('2018/19', '18/19')}\n`;
	await upload(page, 'broken-budget.csv', broken);
	const summary = page.getByTestId('problem-summary');
	await expect(summary).toContainText('broken-budget.csv was not loaded: 2 problems');
	await expect(summary).toContainText('broken-budget.csv, line 2, column 8 (amount_gbp_m)');
	await expect(summary).toContainText('found "£100m"');
	await expect(summary).toContainText('line 3, column 1 (financial_year)');
	await expect(page.getByText('Nothing from this file was loaded; the budget split is as it was.')).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download all 2 problems of broken-budget.csv (CSV)' }).click();
	expect((await download).suggestedFilename()).toBe('broken-budget.csv-problems.csv');
	await expectBudgetYears(page, ['2017/18'], { byLink: true });
	await expect(page.getByRole('table', { name: /^Budget split/ })).toContainText('£154.5m');
});

test('with set-aside chosen, valid rows load and the page says exactly how many were set aside', async ({ page }) => {
	await openInteractive(page, '/data');
	await page.getByLabel('If some rows have problems, load the valid rows and set the others aside').check();
	const rows = [...secondYear];
	rows[4] = rows[4]!.replace('115.0', 'lots');
	await upload(page, 'budget-partly-bad.csv', `${header}\n${rows.join('\n')}\n`);
	await expect(page.getByTestId('upload-loaded')).toContainText('budget-partly-bad.csv: 4 rows loaded and 1 set aside, of 5 rows read');
	await expect(page.getByTestId('upload-loaded')).toContainText('Set-aside rows are on lines 6');
});

test("input that is not a sane CSV gets a clear message, and Excel's Windows-1252 is read", async ({ page }) => {
	await openInteractive(page, '/data');
	await upload(page, 'empty.csv', '');
	await upload(page, 'report.xlsx.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
	await upload(page, 'shoes.csv', 'name,shoe size\nAnn,5\n');
	await expect(page.getByText('empty.csv was not loaded: the file is empty.')).toBeVisible();
	await expect(page.getByText('report.xlsx.csv was not loaded: this is a binary file, not a CSV.')).toBeVisible();
	await expect(page.getByText('shoes.csv was not loaded: its header matches no dataset.')).toBeVisible();

	// "£" is 0xA3 in Windows-1252: a line name with it must arrive intact.
	const text = `${header}\r\n${secondYear.map((row) => row.replace(',Force,Force,', ',Force £,Force,')).join('\r\n')}\r\n`;
	await upload(page, 'budget-ansi.csv', Buffer.from(text, 'latin1'));
	await expect(page.getByTestId('upload-loaded').first()).toContainText('Read as Windows-1252');
	await followInApp(page, '/budget?year=2018%2F19');
	await waitForData(page);
	await expect(page.getByRole('table', { name: /^Budget split/ })).toContainText('Force £');
});

test('the Data page passes an axe scan for WCAG 2.2 AA', async ({ appPage: page }) => {
	await visit(page, '/data');
	await expect(page.getByTestId('dataset-list')).toContainText('Embedded');
	// A dataset with no embedded extract says what to do, not "Embedded: " and an empty list of files.
	await expect(page.locator('tr[data-dataset="street-crime"]')).toContainText('Nothing loaded yet: it has no embedded extract.');
	// With no rows there is nothing to check, and it says so rather than showing a row of passes.
	await expect(page.locator('tr[data-dataset="street-crime"]')).toContainText('Nothing to check No rows are loaded yet.');
	await expect(page.locator('tr[data-dataset="street-crime"]')).not.toContainText('Pass');
	// Every row's checks are of what it holds now: none is left "Checking…".
	await expect(page.locator('tr[data-dataset][data-checked="false"]')).toHaveCount(0);
	await expect(page.getByTestId('dataset-list')).not.toContainText('Checking…');
	await expectNoAccessibilityViolations(page);
});

test('a view warns, and links to the Data page, when its data fails a check', async ({ page }) => {
	await openInteractive(page, '/data');
	await page.getByLabel('Add rows').check();
	// The same 2017/18 force line again: a duplicate, and the year no longer reconciles.
	await upload(page, 'budget-again.csv', `${header}\n${embeddedBudget.split('\n')[1]}\n`);
	await expect(page.getByTestId('upload-loaded')).toContainText('1 row loaded');
	const budgetRow = page.getByTestId('dataset-list').locator('[data-dataset="budget-split"]');
	await expect(budgetRow).toContainText('Fail Duplicates: 1 row repeats another (same financial_year, line_code)');
	await followInApp(page, '/budget');
	await waitForData(page);
	const warning = page.getByTestId('quality-warning');
	await expect(warning).toContainText('Budget split: duplicates check failed');
	await warning.getByRole('link', { name: 'See the data quality checks' }).click();
	await expect(page).toHaveURL(/\/data$/);
});

test('a large file shows that it is being checked, and Cancel leaves the dataset as it was', async ({ page }) => {
	test.setTimeout(150_000);
	await openInteractive(page, '/data');
	const referralsRow = page.getByTestId('dataset-list').locator('[data-dataset="referrals"]');
	await expect(referralsRow).toContainText('432');
	// 1,500,000 made-up monthly rows (about 90 MB, written to a temporary file: too large to pass
	// as a buffer): the query engine takes a few seconds to check it, time enough to cancel.
	const lines = ['month,service,referral_source,referrals,source_document,source_ref,illustrative'];
	for (let i = 0; i < 1_500_000; i++) lines.push(`20${10 + (i % 15)}-${String((i % 12) + 1).padStart(2, '0')},victim services,source ${i},${i % 50},test,row ${i},true`);
	const folder = mkdtempSync(join(tmpdir(), 'scrutiny-cancel-'));
	try {
		writeFileSync(join(folder, 'big-referrals.csv'), lines.join('\n') + '\n');
		await page.getByTestId('file-input').setInputFiles(join(folder, 'big-referrals.csv'));
		const result = page.getByTestId('upload-result');
		await expect(result.getByRole('progressbar')).toBeVisible();
		// The count is estimated from the first lines (shorter here than later ones), so only roughly.
		await expect(result).toContainText('Checking big-referrals.csv with the query engine: 0 of 1 file checked');
		await result.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByTestId('upload-cancelled')).toContainText('Cancelled: nothing from big-referrals.csv was loaded');
		await expect(referralsRow).toContainText('432');
		// Cancel stops the engine's read where it is (the app marks that), rather than letting it run to the end.
		// (The engine's read either ends, "read and check cells", or is stopped; the step around it is marked either way.)
		const measures = () =>
			page.evaluate(() =>
				performance
					.getEntriesByType('measure')
					.map((entry) => entry.name)
					.filter((name) => name === 'upload: read and check cells' || name === 'upload: read stopped by Cancel')
			);
		await expect.poll(measures, { timeout: 15_000 }).toEqual(['upload: read stopped by Cancel']);
		// A later load works.
		const [referralsHeader, firstReferral] = readFileSync('data/referrals.csv', 'utf8').split('\n');
		// Replacing everything asks first, saying what goes and what comes.
		await page.getByLabel('Replace everything this dataset holds').check();
		await upload(page, 'one-referral.csv', `${referralsHeader}\n${firstReferral}\n`);
		const confirm = page.getByTestId('load-confirm');
		await expect(confirm).toContainText('Everything the referrals by month holds is replaced. Goes: 432 rows', { timeout: 30_000 });
		await expect(confirm).toContainText('Comes: 1 row');
		await confirm.getByRole('button', { name: 'Replace everything' }).click();
		await expect(page.getByTestId('upload-loaded')).toContainText('1 row loaded into the referrals by month', { timeout: 30_000 });
		await expect(referralsRow).toContainText('1');
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});

test('HTML, script and formula-like text in a cell is shown as text, never run', async ({ page }) => {
	await openInteractive(page, '/data');
	const hostile = secondYear.map((row) =>
		row.replace(',Force,Force,', ',<img src=x onerror="window.hacked=1">,=SUM(A1:A9),').replace(',Region,Region,', ',<script>window.hacked=1</script>,Region,')
	);
	await upload(page, 'hostile.csv', `${header}\n${hostile.join('\n')}\n`);
	await expect(page.getByTestId('upload-loaded')).toContainText('5 rows loaded');
	// In the same page as the upload: nothing in it may run here either.
	await followInApp(page, '/budget?year=2018%2F19');
	await waitForData(page);
	const table = page.getByRole('table', { name: /^Budget split/ });
	await expect(table).toContainText('<img src=x onerror="window.hacked=1">');
	await expect(table).toContainText('<script>window.hacked=1</script>');
	await expect(page.getByTestId('chart')).toContainText('=SUM(A1:A9)');
	expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
	await expect(table.locator('img')).toHaveCount(0);
});
