import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import Papa from 'papaparse';
import { noPoliceUkFixtures, policeUkFixtures } from '../src/lib/datasets/police-uk-fixtures';
import { followInApp, openInteractive, waitForData } from './helpers';
import { cutPoliceUkFile } from './police-uk-cut';

// The four real Leicestershire months of ../shared/fixtures/police-uk, used by
// path. Every expected figure is counted here from the files themselves. The first
// journey loads the whole months, about 10,000 rows each; the others, about what
// happens to a load (again, replaced and undone, from two tabs), load each month cut
// to its first 400 rows (`cut`), real rows still, counted from the cut file.
const cutRows = 400;
const folder = policeUkFixtures();
test.skip(folder === undefined, noPoliceUkFixtures);
const months = ['2019-12', '2022-08', '2022-09', '2022-10'].map((month) => {
	const path = join(folder ?? '', `${month}-leicestershire-street.csv`);
	const rows = folder === undefined ? [] : Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
	const name = new Date(`${month}-01T12:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' });
	return { month, path, name, rows: rows.length };
});
/** A month cut to its first rows: its file to give the page, its name and its rows. */
const cut = (month: (typeof months)[number]) => {
	const { file, rows } = cutPoliceUkFile(month.path, cutRows);
	return { ...month, file, rows: rows.length };
};
const all = months.reduce((sum, month) => sum + month.rows, 0);
const figure = (count: number) => count.toLocaleString('en-GB');
/** Waits until the page's datasets are loaded: a reload rebuilds them from the kept files, slow on a busy machine. */
const settled = (page: Page) => waitForData(page, 120_000);
const crimeRow = (page: Page) => page.getByTestId('dataset-list').locator('[data-dataset="street-crime"]');

/**
 * The table of all recorded crime's XmR chart, its fold opened: a row per month loaded, with that month's
 * records (no row for a month not loaded: missing, not zero).
 */
async function monthTotals(page: Page) {
	const panel = page.locator('[data-series="crime-total"]');
	const fold = panel.locator('details');
	if (!(await fold.evaluate((details) => (details as HTMLDetailsElement).open))) await fold.locator('summary').click();
	return panel.getByTestId('series-crime-total-table');
}

/**
 * The Crime view shows each of these months with the count of its file's rows. Opened afresh, it reads the
 * load back from the device; just after a reload (which has read it back already) it is followed in the app,
 * as a reader does, rather than start the engine and rebuild the dataset from the kept files a second time.
 */
async function expectMonthTotals(page: Page, shown: readonly { name: string; rows: number }[], open: 'afresh' | 'in the app' = 'afresh') {
	if (open === 'afresh') await page.goto('/crime');
	else await followInApp(page, '/crime');
	await settled(page);
	const byMonth = await monthTotals(page);
	for (const month of shown) await expect(byMonth.getByRole('row', { name: month.name })).toContainText(figure(month.rows));
	await expect(byMonth.locator('tbody tr')).toHaveCount(shown.length);
}

test('four real months dropped at once with the defaults are one load; the Crime view counts each file; a reload brings them back', async ({ page }) => {
	test.setTimeout(300_000);
	await openInteractive(page, '/data');
	await page.getByTestId('file-input').setInputFiles(months.map((month) => month.path));
	const loaded = page.getByTestId('upload-loaded');
	await expect(loaded).toContainText(`${figure(all)} rows loaded into the street-level crime (police.uk) from 4 files, as one load`, { timeout: 120_000 });
	await expect(page.getByTestId('upload-result')).toHaveCount(1);
	await expect(crimeRow(page)).toContainText(figure(all));
	await expectMonthTotals(page, months);
	await page.reload();
	await settled(page);
	await expectMonthTotals(page, months, 'in the app');
});

test('the same file again is named before anything is done, and replaces its own month rather than doubling it', async ({ page }) => {
	test.setTimeout(300_000);
	const [, august, september] = months.map(cut);
	if (!august || !september) throw new Error('no August or September file');
	await openInteractive(page, '/data');
	const input = page.getByTestId('file-input');
	await input.setInputFiles([august.file, september.file]);
	await expect(page.getByTestId('upload-loaded')).toContainText(`${figure(august.rows + september.rows)} rows loaded`, { timeout: 120_000 });
	// Straight away, one of them again: something visible happens, and it is named as loaded before.
	await input.setInputFiles(august.file);
	const confirm = page.getByTestId('load-confirm');
	await expect(confirm.getByTestId('already-loaded')).toContainText(
		`${august.file.name} was loaded before (the same file, byte for byte): its periods replace themselves, so nothing is doubled.`
	);
	await confirm.getByRole('button', { name: 'Load again' }).click();
	await expect(page.getByTestId('upload-loaded')).toHaveCount(2, { timeout: 60_000 });
	await expect(crimeRow(page)).toContainText(figure(august.rows + september.rows));
	await expectMonthTotals(page, [august, september]);
});

test('replace asks first, saying what goes and what comes; cancel changes nothing; undo restores exactly', async ({ page }) => {
	test.setTimeout(300_000);
	const [december, august, september, october] = months.map(cut);
	if (!december || !august || !september || !october) throw new Error('four months expected');
	await openInteractive(page, '/data');
	const input = page.getByTestId('file-input');
	await input.setInputFiles([december.file, august.file, september.file]);
	await expect(page.getByTestId('upload-loaded')).toBeVisible({ timeout: 120_000 });

	await page.getByLabel('Replace everything this dataset holds').check();
	await input.setInputFiles(october.file);
	const confirm = page.getByTestId('load-confirm');
	const before = december.rows + august.rows + september.rows;
	// A police.uk month is one force's month, so each is named with its force.
	const force = (month: string) => `${month} · Leicestershire Police`;
	await expect(confirm).toContainText(`Goes: ${figure(before)} rows, 3 months (${['2019-12', '2022-08', '2022-09'].map(force).join(', ')}), from 3 files`);
	await expect(confirm).toContainText(`Comes: ${figure(october.rows)} rows, 1 month (${force('2022-10')}), from file 2022-10-leicestershire-street.csv`);
	await confirm.getByRole('button', { name: 'Cancel: load nothing' }).click();
	await expect(page.getByTestId('upload-cancelled')).toBeVisible();
	await expect(crimeRow(page)).toContainText(figure(before));

	await input.setInputFiles(october.file);
	await page.getByTestId('load-confirm').getByRole('button', { name: 'Replace everything' }).click();
	await expect(crimeRow(page)).toContainText(figure(october.rows), { timeout: 60_000 });
	await crimeRow(page).getByRole('button', { name: 'Undo the last load' }).click();
	await expect(page.getByTestId('undo-done')).toContainText('The last load of the street-level crime (police.uk) was undone');
	await expect(crimeRow(page)).toContainText(figure(before));
	await expect(crimeRow(page).getByRole('button', { name: 'Undo the last load' })).toHaveCount(0);
	await expectMonthTotals(page, [december, august, september]);
	// What is kept on the device is the version restored, too.
	await page.reload();
	await settled(page);
	await expectMonthTotals(page, [december, august, september], 'in the app');
});

test('two tabs loading at the same moment both land: after a reload every row of both is there, and both tabs agree', async ({ context }) => {
	test.setTimeout(400_000);
	const [first, second] = [await context.newPage(), await context.newPage()];
	// Both tabs ready (the engine started, the dataset open), as when a user picks files in each. One after
	// the other: two engines starting at once on a busy two-core machine can pass the 30-second start limit.
	for (const page of [first, second]) {
		await openInteractive(page, '/data');
		await expect(crimeRow(page)).toContainText('Nothing loaded yet', { timeout: 150_000 });
	}
	// A third tab, on the Crime view, loads nothing itself.
	const third = await context.newPage();
	await third.goto('/crime');
	await settled(third);
	const cutMonths = months.map(cut);
	const both = cutMonths.reduce((sum, month) => sum + month.rows, 0);
	const [december, august, september, october] = cutMonths;
	if (!december || !august || !september || !october) throw new Error('four months expected');
	await Promise.all([first.getByTestId('file-input').setInputFiles([december.file, august.file]), second.getByTestId('file-input').setInputFiles([september.file, october.file])]);
	await Promise.all([first, second].map((page) => expect(page.getByTestId('upload-loaded')).toBeVisible({ timeout: 150_000 })));
	// Each tab hears of the other's load and shows all four months without a reload.
	await Promise.all([first, second].map((page) => expect(crimeRow(page)).toContainText(figure(both), { timeout: 60_000 })));
	// The tab on the Crime view is told, and its figures follow, with no reload.
	await expect(third.getByTestId('other-tab-change')).toContainText('Another tab changed the street-level crime', { timeout: 60_000 });
	// The view may redraw from nothing as the other tabs' loads land, folding the table again: open it on each try.
	await expect(async () => {
		const byMonth = await monthTotals(third);
		for (const month of cutMonths) await expect(byMonth.getByRole('row', { name: month.name })).toContainText(figure(month.rows), { timeout: 2_000 });
	}).toPass({ timeout: 90_000 });
	for (const page of [first, second]) {
		await page.reload();
		// The reload rebuilds the dataset from the four kept files: slow on a busy machine.
		await expect(crimeRow(page)).toContainText(figure(both), { timeout: 150_000 });
		await expectMonthTotals(page, cutMonths, 'in the app');
	}
});
