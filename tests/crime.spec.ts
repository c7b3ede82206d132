/**
 * The Crime view's journey: a performance lead finds it empty, follows its link to the Data page, and loads three
 * months of police.uk files once, then reads, filters, reopens and replaces them in the same session.
 * Every expected figure is counted here from the generated files.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import Papa from 'papaparse';
import { generateStreetCrime } from '../scripts/generate-street-crime.js';
import {
	datasetRow,
	expectNoAccessibilityViolations,
	expectPageContents,
	fileInput,
	followInApp,
	loadedNotice,
	openInteractive,
	sectionCsv,
	waitForData,
	watchOffOriginRequests
} from './helpers';

type Row = Record<string, string>;
const months = ['2023-09', '2023-10', '2023-11'];
const files = generateStreetCrime({ months, rowsPerMonth: 200 });
const rows: Row[] = files.flatMap((file) => Papa.parse<Row>(file.text, { header: true, skipEmptyLines: true }).data);
const count = (keep: (row: Row) => boolean) => rows.filter(keep).length.toLocaleString('en-GB');
const inArea = (area: string) => (row: Row) => (row['LSOA name'] ?? '').startsWith(`${area} `) && /^.+ \d{3}[A-Z]$/.test(row['LSOA name'] ?? '');
const asb = (row: Row) => row['Crime type'] === 'Anti-social behaviour';
const neighbourhoodCrime = ['Burglary', 'Robbery', 'Theft from the person', 'Vehicle crime', 'Bicycle theft'];

let folder = '';
test.beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'scrutiny-street-crime-'));
	for (const { file, text } of files) writeFileSync(join(folder, file), text);
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Loads the three months on the Data page (the page shown) at once, as a user picks them, adding each to the others. */
async function loadThreeMonths(page: Page) {
	// The default mode, "update the periods these files cover": three months, one load.
	await fileInput(page).setInputFiles(files.map(({ file }) => join(folder, file)));
	// Each file is read by the query engine, which may still be starting on a busy machine.
	await expect(loadedNotice(page)).toContainText('600 rows loaded into the street-level crime (police.uk) from 3 files, as one load', { timeout: 60_000 });
	await expect(datasetRow(page, 'Street-level crime (police.uk)')).toContainText('600 rows passed the contract check');
}

/** Follows a link to the Crime view in the same session: the reload further on shows the files read back from the device. */
async function openCrime(page: Page, path = '/crime') {
	await followInApp(page, path);
	await waitForData(page);
	await expect(page.getByTestId('summary')).toBeVisible();
}

test('a performance lead loads three monthly files at once: the figures, labelled as a sample with their source, the Safer Streets comparison, the filters and a reload; then one file in place of the others shows its own figures in the same session', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	const offOrigin = watchOffOriginRequests(page, new URL(baseURL!).origin);
	// Before anything is loaded, the view says where the files come from, passes axe, and links to the Data page.
	await openInteractive(page, '/crime');
	await waitForData(page);
	// No figure of it is invented: no demonstration banner once the app has started.
	await expect(page.getByTestId('demonstration-banner')).toHaveCount(0);
	const empty = page.getByTestId('crime-empty');
	await expect(empty).toContainText('No street-level crime is loaded yet');
	await expect(empty).toContainText('data.police.uk');
	await expect(empty).toContainText('2025-03-leicestershire-street.csv');
	// The address is plain text: the app links only to itself.
	await expect(page.locator('a[href*="police.uk"]')).toHaveCount(0);
	// The empty view passes an axe scan for WCAG 2.2 AA.
	await expectNoAccessibilityViolations(page);
	await empty.getByRole('link', { name: 'Go to the Data page to load the files' }).click();
	await expect(page).toHaveURL(/\/data$/);
	await page.locator('html[data-hydrated="true"]').waitFor();

	await loadThreeMonths(page);
	await openCrime(page);

	const summary = page.getByTestId('summary');
	await expect(summary).toContainText(
		`For September 2023 to November 2023 in Leicester, Leicestershire and Rutland, the police.uk street-level files record 600 crimes and anti-social behaviour incidents: ${count((r) => !asb(r))} crimes and ${count(asb)} incidents of anti-social behaviour.`
	);
	await expect(page.getByTestId('illustrative-notice')).toContainText('Illustrative sample');
	// Short pages: the summary and all recorded crime's chart open it; the rest is under "On this page".
	expect(await expectPageContents(page)).toEqual(['by-type-title', 'by-month-title', 'by-area-title', 'outcomes-title', 'before-after-title', 'sources-title']);

	const byType = page.getByRole('table', { name: /^Crimes and anti-social behaviour incidents by type,/ });
	for (const type of ['Violence and sexual offences', 'Burglary', 'Anti-social behaviour']) {
		await expect(byType.getByRole('row', { name: type })).toContainText(count((r) => r['Crime type'] === type));
	}
	// The first chart is all recorded crime month by month, its title stating the finding: generated records get no verdict,
	// and three months are too few for limits anyway.
	const total = page.locator('[data-series="crime-total"]');
	await expect(page.getByTestId('series-panel').first()).toHaveAttribute('data-series', 'crime-total');
	await expect(total.getByRole('heading', { level: 2 })).toHaveText(
		'Crime and anti-social behaviour recorded by Leicestershire Police: illustrative sample, no signal or verdict given'
	);
	await expect(total.getByTestId('xmr-note')).toHaveText('No process limits: 3 points from September 2023, and at least 6 are needed to tell a signal from noise.');
	await total.getByText("Show the table: each month's figure, limits and signal").click();
	for (const month of months) {
		const name = new Date(`${month}-01T12:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' });
		await expect(total.getByRole('row', { name })).toContainText(count((r) => r['Month'] === month));
	}
	// The four most common types have a chart each; the table of every month by type is folded beneath them.
	await expect(page.getByTestId('series-panel')).toHaveCount(5);
	await page.getByText("Show the table: each month's records by type").click();
	await expect(page.getByRole('table', { name: /^Records each month, by type,/ }).getByRole('row', { name: 'October 2023' })).toContainText('200');
	await expect(page.getByRole('table', { name: /^Crimes and anti-social behaviour incidents by area,/ }).getByRole('row', { name: 'Melton' })).toContainText(
		count(inArea('Melton'))
	);
	await expect(page.getByTestId('area-rule')).toContainText('Outside LLR or no location');
	// By type and by area, and the two before-and-after comparisons; the XmR charts are counted above.
	await expect(page.getByTestId('chart')).toHaveCount(2 + 2);
	await expect(page.getByTestId('xmr-chart')).toHaveCount(5);

	// Before and after October 2023: September is the only month before that is loaded.
	const oadby = page.getByTestId('before-after-table-oadby-and-wigston');
	const september = (row: Row) => row['Month'] === '2023-09' && neighbourhoodCrime.includes(row['Crime type'] ?? '') && inArea('Oadby and Wigston')(row);
	const septemberRow = oadby.getByRole('row', { name: /September 2023/ });
	// Cells: phase, Oadby and Wigston's count, its index (the only month before, so 100), then the rest of LLR's.
	await expect(septemberRow.locator('td')).toHaveText(['Before', count(september), '100', /^\d+$/, '100']);
	await expect(page.getByTestId('before-after-summary-melton')).toContainText('Only 1 month of the 12 months before October 2023 is loaded');

	// Each chart downloads its figures with the files' source and licence, marked as a sample.
	const csv = await sectionCsv(page, page.getByRole('table', { name: /^Crimes and anti-social behaviour incidents by type,/ }));
	expect(csv).toContain(
		'# Source: police.uk street-level crime, Leicestershire Police, September 2023 to November 2023: published at data.police.uk by the Home Office under the Open Government Licence v3.0'
	);
	expect(csv).toContain('Illustrative sample');
	const burglary = Papa.parse<string[]>(csv, { comments: '#', skipEmptyLines: true }).data.find((row) => row[0] === 'Burglary');
	expect(burglary?.[1]).toBe(String(rows.filter((r) => r['Crime type'] === 'Burglary').length));

	// The same comparison sits on the Safer Streets view, beside the bids it is about (followed as a link, and back).
	await followInApp(page, '/safer-streets');
	await waitForData(page);
	// Its targeted crimes month by month, with limits starting again at Round 5 and the reason's source under the chart.
	await expect(page.getByTestId('targeted-crimes').getByTestId('xmr-rebase-note')).toHaveText([
		"Limits start again from October 2023: Safer Streets Round 5 began (Commissioner's Update to the Police and Crime Panel, 13 December 2023, paragraphs 16-17).",
		"Limits start again from October 2023: Safer Streets Round 5 began (Commissioner's Update to the Police and Crime Panel, 13 December 2023, paragraphs 16-17)."
	]);
	await expect(
		page
			.getByTestId('before-after-table-oadby-and-wigston')
			.getByRole('row', { name: /September 2023/ })
			.locator('td')
	).toHaveText(['Before', count(september), '100', /^\d+$/, '100']);
	await page.goBack();
	await waitForData(page);

	const sources = page.getByTestId('crime-sources');
	await expect(sources).toContainText('police.uk street-level crime, Leicestershire Police, September 2023 to November 2023');
	await expect(sources).toContainText('Open Government Licence');
	await expectNoAccessibilityViolations(page);

	// The period and area filters change the figures and the URL, and a reload restores them.
	await page.getByLabel('Area', { exact: true }).selectOption('Melton');
	await expect(page).toHaveURL(/area=Melton/);
	await expect(summary).toContainText(`in Melton, the police.uk street-level files record ${count(inArea('Melton'))} crimes`);
	await page.getByLabel('Period', { exact: true }).selectOption('2023-10');
	await expect(page).toHaveURL(/period=2023-10/);
	const meltonOctober = count((r) => r['Month'] === '2023-10' && inArea('Melton')(r));
	await expect(summary).toContainText(`For October 2023 in Melton, the police.uk street-level files record ${meltonOctober} crimes`);
	// The first chart follows: one month in Melton.
	await expect(page.locator('[data-series="crime-total"]').getByRole('heading', { level: 2 })).toContainText('Crime and anti-social behaviour recorded in Melton: ');
	await expect(page.locator('[data-series="crime-total"]').getByTestId('xmr-note')).toHaveText(
		'No process limits: 1 point from October 2023, and at least 6 are needed to tell a signal from noise.'
	);
	await page.getByText("Show the table: each month's records by type").click();
	await expect(page.getByRole('table', { name: /^Records each month, by type,/ }).getByRole('row')).toHaveCount(2);
	// The sections below the summary and first chart redraw just after them, for the same period and area.
	await expect(summary).toHaveAttribute('data-sections-current', 'true');
	await expect(page.getByRole('table', { name: /^Records each month, by type,/ }).locator('caption')).toContainText('October 2023, Melton');
	await expect(page.getByRole('table', { name: /^Crimes and anti-social behaviour incidents by area,/ }).locator('caption')).toContainText('October 2023, Melton');

	await page.reload();
	await waitForData(page);
	await expect(page.getByLabel('Area', { exact: true })).toHaveValue('Melton');
	await expect(page.getByLabel('Period', { exact: true })).toHaveValue('2023-10');
	await expect(summary).toContainText(`For October 2023 in Melton, the police.uk street-level files record ${meltonOctober} crimes`);
	await expect(page.getByTestId('crime-sources')).toContainText('600 records loaded');

	// After a filter change, a file loaded in place of the others shows its own figures in the same session: by the
	// navigation, not a reload, so the same engine, with the view's statements already prepared.
	// October alone, in place of the three months.
	await page.getByRole('navigation').getByRole('link', { name: 'Data', exact: true }).click();
	await page.getByLabel('Replace everything this dataset holds').check();
	const october = files.find(({ file }) => file.startsWith('2023-10')) ?? files[1];
	await fileInput(page).setInputFiles(join(folder, october?.file ?? ''));
	await page.getByRole('alertdialog').getByRole('button', { name: 'Replace everything' }).click();
	await expect(loadedNotice(page)).toContainText('200 rows loaded');

	await page.getByRole('navigation').getByRole('link', { name: 'Crime', exact: true }).click();
	await waitForData(page);
	await page.getByLabel('Area', { exact: true }).selectOption('Melton');
	const octoberInMelton = count((row) => row['Month'] === '2023-10' && inArea('Melton')(row));
	await expect(summary).toContainText(`record ${octoberInMelton} crimes`);
	await expect(page.getByTestId('crime-sources')).toContainText('200 records loaded');
	expect(offOrigin).toEqual([]);
});
