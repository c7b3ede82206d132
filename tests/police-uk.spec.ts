import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from './fixtures';
import Papa from 'papaparse';
import { noPoliceUkFixtures, policeUkFixtures } from '../src/lib/datasets/police-uk-fixtures';
import { datasetRow, fileInput, followInApp, loadedNotice, notReady, openInteractive, openLinkAgain } from './helpers';
import { cutPoliceUkFile, type CutFile } from './police-uk-cut';

/*
 * police.uk files as they really are: the real Leicestershire and Lancashire
 * months in ../shared/fixtures/police-uk, cut to their first 400 rows (the whole
 * months are loaded in police-uk-loads.spec.ts). Every expected figure is counted
 * here from the files with a CSV parser.
 */
const fixtures = policeUkFixtures() ?? '';
test.skip(fixtures === '', noPoliceUkFixtures);
const leicestershire = join(fixtures, '2022-10-leicestershire-street.csv');
const lancashire = join(fixtures, '2022-10-lancashire-street.csv');
// About a file's force and the outcomes, not its size: the real files cut to their first rows, counted from the cut.
const cut = (path: string): CutFile => cutPoliceUkFile(path, 400);
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

test("a performance lead's police.uk files are judged by their force: a misnamed file is refused naming both forces, another force's file is named and never mixed into LLR's figures, the force choice shows its own, and an outcomes file adds the outcome mix", async ({
	page
}) => {
	test.setTimeout(300_000);
	const street = datasetRow(page, 'Street-level crime (police.uk)');
	// A file whose name says one force and whose rows say another is refused, naming both.
	const misnamed = join(folder, '2022-10-leicestershire-street.csv');
	writeFileSync(misnamed, cut(lancashire).file.buffer);
	await openInteractive(page, '/data');
	await fileInput(page).setInputFiles(misnamed);
	const result = page.getByTestId('upload-result');
	await expect(result).toHaveAttribute('data-phase', 'rejected', { timeout: slow });
	await expect(result).toContainText("its name says it holds Leicestershire Police's records, but its Falls within column says Lancashire Constabulary");
	await expect(street).toContainText('Nothing loaded yet', { timeout: slow });

	// Another force's file beside LLR's, with the page's defaults: one load, each month within its own force.
	const [llr, other] = [cut(leicestershire), cut(lancashire)];
	await fileInput(page).setInputFiles([llr.file, other.file]);
	const loaded = loadedNotice(page);
	await expect(loaded).toHaveCount(1, { timeout: slow });
	await expect(loaded).toContainText(`${shown(llr.rows.length + other.rows.length)} rows loaded`);
	await expect(page.getByTestId('upload-force').filter({ hasText: 'Lancashire' })).toContainText('Force: Lancashire Constabulary, another force than Leicestershire Police');

	const llrRows = llr.rows.length;
	const lancashireRows = other.rows.length;
	await followInApp(page, '/crime?period=2022-10');
	await waitForData(page);
	// No outcomes file yet: the view says so plainly.
	await expect(page.getByTestId('no-outcomes')).toContainText('No outcomes loaded');
	const summary = page.getByTestId('summary');
	await expect(summary).toContainText(`record ${shown(llrRows)} crimes and anti-social behaviour incidents`);
	await expect(summary).toContainText("All are Leicestershire Police's records.");
	await expect(page.getByTestId('crime-force')).toContainText('Showing Leicestershire Police');
	const byType = page.getByRole('table', { name: /^Crimes and anti-social behaviour incidents by type,/ });
	await expect(byType.locator('caption')).toContainText('Leicestershire Police, October 2022');

	const force = page.getByLabel('Force', { exact: true });
	await expect(force).toHaveValue('Leicestershire Police');
	await force.selectOption('Lancashire Constabulary');
	await expect(page).toHaveURL(/force=lancashire/);
	await expect(summary).toContainText(`record ${shown(lancashireRows)} crimes and anti-social behaviour incidents`);
	await expect(summary).toContainText("Lancashire Constabulary's records, another force than Leicestershire Police");
	await expect(byType.locator('caption')).toContainText('Lancashire Constabulary, October 2022');
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

	// The force is in the link: opened again, it shows the same (a fresh load of a filtered Crime link, the uploads read
	// back from the device, is crime.spec.ts's reload).
	await openLinkAgain(page);
	await waitForData(page);
	await expect(summary).toContainText(`record ${shown(lancashireRows)} crimes`);
	await expect(page.getByLabel('Force', { exact: true })).toHaveValue('Lancashire Constabulary');

	// An outcomes file built from the street file's Crime IDs, as police.uk publishes them: every other crime
	// "Under investigation" in October, and every fourth "Investigation complete; no suspect identified" in November.
	const crimes = llr.rows.filter((row) => row['Crime ID'] !== '');
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
	await followInApp(page, '/data');
	await fileInput(page).setInputFiles(outcomesFile);
	await expect(loadedNotice(page).first()).toContainText(`${shown(outcomeRows.length)} rows loaded into the crime outcomes (police.uk)`, { timeout: slow });

	await followInApp(page, '/crime');
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
