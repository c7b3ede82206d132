import Papa from 'papaparse';
import { expect, leftovers, test, type Page } from './fixtures';
import { budgetHeader as header, embeddedBudget, secondYear as madeUpYear } from './budget-rows';
import { datasetRow, fileInput, followInApp, loadedNotice, openInteractive, visit, waitForData } from './helpers';

// Each worker keeps one browser context (tests/fixtures.ts). These run in order in one worker:
// a test that sees the embedded data and then loads a dataset (kept on the device, in IndexedDB),
// then one that expects the embedded data again: it passes only if the context is emptied between tests.
test.describe.configure({ mode: 'serial', timeout: 150_000 });

const embeddedRows = Papa.parse<Record<string, string>>(embeddedBudget, { header: true, skipEmptyLines: true }).data;
const embeddedYears = [...new Set(embeddedRows.map((row) => row['financial_year'] ?? ''))];

/** The Data page's cell of the rows the budget split holds (the page shown). */
const budgetRowsCell = (page: Page) => datasetRow(page, 'Budget split').getByRole('cell').first();

/** The rows the Data page says the budget split holds, once its checks are of what it holds now. */
async function budgetRowsHeld(page: Page) {
	await openInteractive(page, '/data');
	await expect(datasetRow(page, 'Budget split')).toHaveAttribute('data-checked', 'true', { timeout: 60_000 });
	return budgetRowsCell(page);
}

/** The years the Budget view offers, once its figures are drawn from the engine. */
async function budgetYears(page: Page) {
	// Followed as a link from the Data page: the same page, so the engine is not started a second time.
	await followInApp(page, '/budget');
	// The machine is shared: the engine has taken over 20 s to start under load.
	await waitForData(page, 60_000);
	return page.getByLabel('Financial year').locator('option');
}

test('before a load, the embedded rows and years only; then a made-up year loaded is kept on the device and offered first', async ({ page }) => {
	await expect(await budgetRowsHeld(page)).toHaveText(String(embeddedRows.length));
	await expect(await budgetYears(page)).toHaveText(embeddedYears);
	await followInApp(page, '/data');
	await fileInput(page).setInputFiles({ name: 'budget-2018-19.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${madeUpYear.join('\n')}\n`) });
	await expect(loadedNotice(page)).toContainText('5 rows loaded', { timeout: 60_000 });
	await expect(budgetRowsCell(page)).toHaveText(String(embeddedRows.length + madeUpYear.length));
	// Kept on the device, where the next test would find it if the context were not emptied: the app's mark of an upload
	// and the load's record in IndexedDB (the fixture's own reading of the device). That a reload reads such a load back
	// is data.spec.ts's and kept-on-device.spec.ts's to show; here a second start of the engine would prove nothing more.
	await expect
		.poll(() => leftovers(page))
		.toEqual(expect.arrayContaining([expect.stringContaining('scrutiny-uploaded-datasets'), expect.stringContaining('IndexedDB keyval-store')]));
	await expect(await budgetYears(page)).toHaveText(['2018/19', ...embeddedYears]);
});

test('after that load, in the same worker: the embedded rows and years only again', async ({ page }) => {
	await expect(await budgetRowsHeld(page)).toHaveText(String(embeddedRows.length));
	await expect(await budgetYears(page)).toHaveText(embeddedYears);
});

// The worker's shared page of the app (`appPage`, tests/fixtures.ts), in order in this worker: it is kept,
// engine and all, for a test that leaves nothing; a test that leaves something (here a load, kept on the
// device) spoils it, and the next test is given a fresh page and an emptied device.
test.describe('the shared page', () => {
	const how = () => test.info().annotations.find((note) => note.type === 'appPage')?.description;

	test('a first journey marks the page it is given', async ({ appPage }) => {
		await visit(appPage, '/budget');
		await waitForData(appPage, 60_000);
		await expect(appPage.getByLabel('Financial year').locator('option')).toHaveText(embeddedYears);
		await appPage.evaluate(() => ((window as unknown as { journeyMark: string }).journeyMark = 'first'));
	});

	test('the next is given the same page, the engine still started, and its figures the embedded ones', async ({ appPage }) => {
		expect(how()).toBe('reused');
		expect(await appPage.evaluate(() => (window as unknown as { journeyMark?: string }).journeyMark)).toBe('first');
		// Between tests it waits on a page with no view, so a journey's view is always drawn afresh.
		expect(new URL(appPage.url()).pathname).toBe('/accessibility');
		await visit(appPage, '/budget');
		await waitForData(appPage);
		await expect(appPage.getByLabel('Financial year').locator('option')).toHaveText(embeddedYears);
	});

	test('a journey that loads a file on it leaves the load on the device', async ({ appPage }) => {
		await visit(appPage, '/data');
		await fileInput(appPage).setInputFiles({ name: 'budget-2018-19.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${madeUpYear.join('\n')}\n`) });
		await expect(loadedNotice(appPage)).toContainText('5 rows loaded', { timeout: 60_000 });
		expect(await leftovers(appPage)).toEqual(
			expect.arrayContaining([
				expect.stringContaining('scrutiny-uploaded-datasets'),
				expect.stringContaining('IndexedDB keyval-store'),
				expect.stringContaining('budget-2018-19.csv')
			])
		);
	});

	test('so the next is given a fresh page, on an emptied device, with the embedded rows and years only', async ({ appPage }) => {
		expect(how()).toMatch(/^fresh: .*scrutiny-uploaded-datasets.*IndexedDB keyval-store.*budget-2018-19\.csv/);
		expect(await appPage.evaluate(() => (window as unknown as { journeyMark?: string }).journeyMark)).toBeUndefined();
		await expect(await budgetRowsHeld(appPage)).toHaveText(String(embeddedRows.length));
		await expect(await budgetYears(appPage)).toHaveText(embeddedYears);
		expect(await leftovers(appPage)).toEqual([]);
	});
});
