import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from './fixtures';
import Papa from 'papaparse';
import { noPoliceUkFixtures, policeUkFixtures } from '../src/lib/datasets/police-uk-fixtures';
import { notReady, openInteractive } from './helpers';
import { cutPoliceUkFile, type CutFile } from './police-uk-cut';

/*
 * police.uk files as they really are: the real Leicestershire and Lancashire
 * months in ../shared/fixtures/police-uk, read by path. Every expected figure
 * is counted here from the files with a CSV parser.
 */
type Row = Record<string, string>;
const fixtures = policeUkFixtures() ?? '';
test.skip(fixtures === '', noPoliceUkFixtures);
const leicestershire = join(fixtures, '2022-10-leicestershire-street.csv');
const leicestershireSeptember = join(fixtures, '2022-09-leicestershire-street.csv');
const lancashire = join(fixtures, '2022-10-lancashire-street.csv');
// The duplicates journey loads two whole real months (about 10,000 rows each, many alike in every column); the
// others, about a file's force or the outcomes, load the real files cut to their first rows, counted from the cut.
const cut = (path: string): CutFile => cutPoliceUkFile(path, 400);
const parse = (path: string) => Papa.parse<Row>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const shown = (n: number) => n.toLocaleString('en-GB');
// Real months are thousands of rows, and the machine is shared: loads get more than the default wait.
const slow = 180_000;
const expect = baseExpect.configure({ timeout: 90_000 });

/** Waits until every dataset on the page has loaded (as helpers' waitForData, with this file's longer wait). */
async function waitForData(page: Page): Promise<void> {
	await expect(page.locator(notReady)).toHaveCount(0);
}

let folder = '';
test.beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'scrutiny-police-uk-'));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function load(page: Page, paths: string[] | CutFile['file'][]) {
	// With the page's defaults: files chosen together are one load that updates the months they cover.
	await openInteractive(page, '/data');
	await page.getByTestId('file-input').setInputFiles(paths);
}

test('real Leicestershire months raise no duplicates alarm on the Data page or the Crime view', async ({ page }) => {
	test.setTimeout(420_000);
	await load(page, [leicestershireSeptember, leicestershire]);
	await expect(page.getByTestId('upload-loaded')).toHaveCount(1, { timeout: slow });
	await expect(page.getByTestId('upload-force').first()).toContainText('Force: Leicestershire Police');
	const rows = [...parse(leicestershireSeptember), ...parse(leicestershire)];
	// Judged by every column, these real months would be flagged: many ASB rows are alike in every column.
	expect(rows.length - new Set(rows.map((row) => JSON.stringify(row))).size).toBeGreaterThan(0);
	const street = page.getByTestId('dataset-list').locator('[data-dataset="street-crime"]');
	await expect(street).toHaveAttribute('data-checked', 'true', { timeout: slow });
	await expect(street).toContainText(`${shown(rows.length)} rows passed the contract check`);
	await expect(street.getByRole('listitem').filter({ hasText: 'Duplicates' })).toContainText('Pass Duplicates: no duplicate rows (by Crime ID');

	await page.goto('/crime');
	await waitForData(page);
	await expect(page.getByTestId('summary')).toBeVisible();
	await expect(page.getByTestId('quality-warning')).toHaveCount(0);
});

test("another force's file is named as such and never mixed into LLR's figures; the force choice shows its own", async ({ page }) => {
	test.setTimeout(420_000);
	const [llr, other] = [cut(leicestershire), cut(lancashire)];
	await load(page, [llr.file, other.file]);
	// One load; Lancashire's October sits beside Leicestershire's, each month within its own force.
	await expect(page.getByTestId('upload-loaded')).toHaveCount(1, { timeout: slow });
	await expect(page.getByTestId('upload-loaded')).toContainText(`${shown(llr.rows.length + other.rows.length)} rows loaded`);
	await expect(page.getByTestId('upload-force').filter({ hasText: 'Lancashire' })).toContainText('Force: Lancashire Constabulary, another force than Leicestershire Police');

	const llrRows = llr.rows.length;
	const lancashireRows = other.rows.length;
	await page.goto('/crime?period=2022-10');
	await waitForData(page);
	const summary = page.getByTestId('summary');
	await expect(summary).toContainText(`record ${shown(llrRows)} crimes and anti-social behaviour incidents`);
	await expect(summary).toContainText("All are Leicestershire Police's records.");
	await expect(page.getByTestId('crime-force')).toContainText('Showing Leicestershire Police');
	await expect(page.getByRole('table', { name: /^Crimes and anti-social behaviour incidents by type,/ }).locator('caption')).toContainText('Leicestershire Police, October 2022');

	const force = page.getByLabel('Force', { exact: true });
	await expect(force).toHaveValue('Leicestershire Police');
	await force.selectOption('Lancashire Constabulary');
	await expect(page).toHaveURL(/force=lancashire/);
	await expect(summary).toContainText(`record ${shown(lancashireRows)} crimes and anti-social behaviour incidents`);
	await expect(summary).toContainText("Lancashire Constabulary's records, another force than Leicestershire Police");
	await expect(page.getByRole('table', { name: /^Crimes and anti-social behaviour incidents by type,/ }).locator('caption')).toContainText('Lancashire Constabulary, October 2022');
	// The LLR area filter and the areas chart are Leicestershire's alone.
	await expect(page.getByLabel('Area', { exact: true })).toHaveCount(0);
	await expect(page.getByRole('table', { name: /^Crimes and anti-social behaviour incidents by area,/ })).toHaveCount(0);
	await expect(page.getByTestId('crime-sources')).toContainText('police.uk street-level crime, Lancashire Constabulary, October 2022');
	// For a person to look at: the view with the force choice, wide and on a phone.
	for (const width of [1280, 390]) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({ path: test.info().outputPath(`crime-lancashire-${width}.png`), fullPage: true });
	}
	await page.setViewportSize({ width: 1280, height: 900 });

	// The force is in the link: a reload shows the same.
	await page.reload();
	await waitForData(page);
	await expect(summary).toContainText(`record ${shown(lancashireRows)} crimes`);
	await expect(page.getByLabel('Force', { exact: true })).toHaveValue('Lancashire Constabulary');
});

test('a file whose name says one force and whose rows say another is refused, naming both', async ({ page }) => {
	test.setTimeout(60_000);
	const misnamed = join(folder, '2022-10-leicestershire-street.csv');
	writeFileSync(misnamed, cut(lancashire).file.buffer);
	await load(page, [misnamed]);
	const result = page.getByTestId('upload-result');
	await expect(result).toHaveAttribute('data-phase', 'rejected', { timeout: slow });
	await expect(result).toContainText("its name says it holds Leicestershire Police's records, but its Falls within column says Lancashire Constabulary");
	await expect(page.getByTestId('dataset-list').locator('[data-dataset="street-crime"]')).toContainText('Nothing loaded yet', { timeout: slow });
});

test('the outcome mix appears once an outcomes file is loaded, and says so plainly before', async ({ page }) => {
	test.setTimeout(420_000);
	const october = cut(leicestershire);
	await load(page, [october.file]);
	await expect(page.getByTestId('upload-loaded')).toHaveCount(1, { timeout: slow });
	await page.goto('/crime');
	await waitForData(page);
	await expect(page.getByTestId('no-outcomes')).toContainText('No outcomes loaded');

	// An outcomes file built from the street file's Crime IDs, as police.uk publishes them: every other crime
	// "Under investigation" in October, and every fourth "Investigation complete; no suspect identified" in November.
	const crimes = october.rows.filter((row) => row['Crime ID'] !== '');
	const outcomeRows = crimes.flatMap((crime, index) => {
		if (index % 2 === 1) return [];
		const row = (month: string, outcome: string) => [
			crime['Crime ID'],
			month,
			crime['Reported by'],
			crime['Falls within'],
			crime['Longitude'],
			crime['Latitude'],
			crime['Location'],
			crime['LSOA code'],
			crime['LSOA name'],
			outcome
		];
		return index % 4 === 0 ? [row('2022-10', 'Under investigation'), row('2022-11', 'Investigation complete; no suspect identified')] : [row('2022-10', 'Under investigation')];
	});
	const header = ['Crime ID', 'Month', 'Reported by', 'Falls within', 'Longitude', 'Latitude', 'Location', 'LSOA code', 'LSOA name', 'Outcome type'];
	const outcomesFile = join(folder, '2022-11-leicestershire-outcomes.csv');
	writeFileSync(outcomesFile, Papa.unparse({ fields: header, data: outcomeRows }, { newline: '\r\n' }) + '\r\n');
	await load(page, [outcomesFile]);
	await expect(page.getByTestId('upload-loaded').first()).toContainText(`${shown(outcomeRows.length)} rows loaded into the crime outcomes (police.uk)`, { timeout: slow });

	await page.goto('/crime');
	await waitForData(page);
	const table = page.getByTestId('crime-outcomes-table');
	const distinct = new Set(crimes.map((crime) => crime['Crime ID']));
	const completed = new Set(crimes.filter((_, index) => index % 4 === 0).map((crime) => crime['Crime ID']));
	const underInvestigation = new Set(
		crimes
			.filter((_, index) => index % 2 === 0)
			.map((crime) => crime['Crime ID'])
			.filter((id) => !completed.has(id))
	);
	await expect(table.getByRole('row', { name: /^Investigation complete; no suspect identified/ })).toContainText(shown(completed.size));
	await expect(table.getByRole('row', { name: /^Under investigation/ })).toContainText(shown(underInvestigation.size));
	await expect(table.getByRole('row', { name: /^No outcome in the outcomes files loaded/ })).toContainText(shown(distinct.size - completed.size - underInvestigation.size));
	await expect(page.getByTestId('outcomes-summary')).toContainText(`Of the ${shown(distinct.size)} crimes recorded`);
	await expect(page.getByTestId('crime-outcomes')).toContainText('Source: police.uk crime outcomes, Leicestershire Police, October 2022 to November 2022');
	for (const width of [1280, 390]) {
		await page.setViewportSize({ width, height: 900 });
		// Sections off screen are not laid out (content-visibility): scroll to it first.
		await page.getByTestId('crime-outcomes').scrollIntoViewIfNeeded();
		await page.getByTestId('crime-outcomes').screenshot({ path: test.info().outputPath(`crime-outcomes-${width}.png`) });
	}
});
