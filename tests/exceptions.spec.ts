/**
 * The exceptions report, and a performance lead's uploads as they reach every page that judges them. The
 * embedded data's exceptions (illustrative only, nothing for a period) are read on the worker's shared page;
 * the uploads are one journey in a fresh context, each figure worked out from the rows the test writes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engagementEvents } from '../src/lib/contracts/engagement-events';
import Papa from 'papaparse';
import { expect, test, type Page } from './fixtures';
import { datasetRow, expectNoAccessibilityViolations, fileInput, followInApp, loadedNotice, openInteractive, visit, waitForData, watchOffOriginRequests } from './helpers';

// The engine starts afresh on each page of a shared 2-core machine.
const slow = { timeout: 60_000 };

/** Twenty-four months from January 2023, as the referrals contract writes them ("2023-01"). */
const months = Array.from({ length: 24 }, (_, index) => `${2023 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);

/**
 * Victim services: swinging about the average, June 2023 far above the rest, and from June 2024 seven months
 * above the average. Sum 2,604 over 24 months: average 108.5. The 23 moving ranges (14, 11, 9, 11, 63, 59, 8, …)
 * sum to 303: 13.17 on average, so the upper process limit is 108.5 + 2.66 × 13.17 = 143.5, and June's 160 is
 * beyond it: 51.5 above the average, +47.5%. No other rule fires.
 */
const victimServices = [96, 110, 99, 108, 97, 160, 101, 109, 98, 111, 97, 107, 100, 110, 96, 108, 99, 113, 115, 112, 116, 114, 113, 115];
/** Restorative justice: a year of steady noise about 40, twice: average 968 / 24 = 40.3, moving ranges 84 / 23 = 3.65, limits 30.6 and 50.0; no rule fires. */
const restorativeJustice = [38, 43, 39, 41, 37, 42, 40, 44, 39, 41, 38, 42, 38, 43, 39, 41, 37, 42, 40, 44, 39, 41, 38, 42];

/** The extract as a performance lead would write it: the contract's columns, no provenance (the upload adds it). */
function referralsExtract(): string {
	const rows = months.flatMap((month, index) => [
		[month, 'victim services', 'police', victimServices[index]!],
		[month, 'restorative justice', 'police', restorativeJustice[index]!]
	]);
	return Papa.unparse({ fields: ['month', 'service', 'referral_source', 'referrals'], data: rows }, { newline: '\n' });
}

/** Replaces every referral held with the extract, on the Data page. */
async function uploadReferrals(page: Page) {
	await openInteractive(page, '/data');
	await page.getByLabel('Replace everything this dataset holds').check();
	await fileInput(page).setInputFiles({ name: 'referrals-2023-24.csv', mimeType: 'text/csv', buffer: Buffer.from(referralsExtract()) });
	const confirm = page.getByRole('alertdialog');
	await expect(confirm).toContainText('Everything the referrals by month holds is replaced', slow);
	await confirm.getByRole('button', { name: 'Replace everything' }).click();
	await expect(loadedNotice(page)).toContainText('48 rows loaded into the referrals by month', slow);
}

// An average of counts from 100 up is written whole (108.5 → 109); a difference below 100 keeps its decimal.
const spikeWords = /June 2023: 160, 51\.5 above the average of 109, \+47\.5%, beyond the upper process limit/;
const shiftWords = 'Seven months in a row above the average (109) since June 2024, a shift, not noise';

const demonstrationWords = 'Demonstration data: figures marked illustrative are invented for demonstration and must not be quoted.';

// A performance lead's own extract, as a spreadsheet saves it: no provenance
// columns, counts with thousands separators, dates day/month/year. It loads,
// and the Data page says what was converted.
const provenance = ['source_document', 'source_ref', 'illustrative'];
const columns = engagementEvents.columns.filter((column) => !provenance.includes(column.name));
const example: Record<string, string> = Object.fromEntries(columns.map((column) => [column.name, column.example]));
const engagementRows: Record<string, string>[] = [
	{ ...example, period_start: '01/04/2025', period_end: '30/06/2025', count: '1,234' },
	{ ...example, period_start: '14/07/2025', period_end: '30/09/2025', count: '2,345' }
];
const text = Papa.unparse({ fields: columns.map((column) => column.name), data: engagementRows.map((row) => columns.map((column) => row[column.name] ?? '')) });

let folder = '';
let file = '';
test.beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'scrutiny-checks-'));
	file = join(folder, 'engagement Q1-Q2.csv');
	writeFileSync(file, `${text}\r\n`);
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('a performance lead uploads their own extracts: referrals with a month far above and a later run are named as signals on the Referrals view, the exceptions report and its CSV and the home page, the demonstration banner goes where no figure is invented, a second extract is judged afresh, and an engagement extract from a spreadsheet is converted or refused, saying why', async ({
	page,
	baseURL
}) => {
	test.setTimeout(300_000);
	const offOrigin = watchOffOriginRequests(page, new URL(baseURL!).origin);
	await uploadReferrals(page);

	// The Referrals view: victim services' chart states the shift, its findings the month; restorative justice, no signal.
	await openInteractive(page, '/referrals');
	await waitForData(page, slow.timeout);
	const victims = page.locator('[data-testid="series-panel"][data-series="referrals-victim-services"]');
	await expect(victims.getByRole('heading')).toContainText(`Victim services referrals: ${shiftWords}`);
	await expect(victims).toContainText(spikeWords);
	const restorative = page.locator('[data-testid="series-panel"][data-series="referrals-restorative-justice"]');
	await expect(restorative.getByRole('heading')).toContainText('Restorative justice referrals: No signal');
	await expect(restorative).not.toContainText('a signal, not noise');
	await expect(restorative).not.toContainText('a shift');
	await expectNoAccessibilityViolations(page);
	// The referrals are no longer invented: the demonstration banner goes from their view, and the figures cite the file as loaded.
	await expect(page.getByTestId('demonstration-banner')).toHaveCount(0);
	await expect(page.locator('main')).toContainText('referrals-2023-24.csv: uploaded extract, not a published figure');

	// The exceptions report: under its theme, both findings, with its view and source; restorative justice only as "No signal".
	// Reached by a link from the view, as a reader would (the view above was opened afresh, so it read the load back from the device).
	await followInApp(page, '/exceptions');
	await waitForData(page, slow.timeout);
	const theme = page.getByTestId('exceptions-theme').filter({ has: page.getByRole('heading', { name: 'Vulnerability Protection' }) });
	const exception = theme.locator('[data-testid="exception"][data-series="referrals-victim-services"]');
	await expect(exception.getByRole('listitem').nth(0)).toContainText(shiftWords);
	await expect(exception.getByRole('listitem').nth(1)).toContainText(spikeWords);
	await expect(exception).toContainText('uploaded extract');
	await expect(exception.getByRole('link', { name: 'See the Referrals view' })).toHaveAttribute('href', '/referrals');
	await expect(page.locator('[data-testid="exception"][data-series="referrals-restorative-justice"]')).toHaveCount(0);
	await expect(page.getByTestId('exceptions-quiet').locator('[data-series="referrals-restorative-justice"]')).toContainText(
		'the variation is what this process usually shows, between 30.6 and 50.0 a month'
	);
	await expectNoAccessibilityViolations(page);

	// Its CSV: the same findings, a row each, with the theme, link and source; restorative justice a row of no signal.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the exceptions report (CSV)' }).click()]);
	const text = readFileSync((await download.path())!, 'utf8');
	// A byte-order mark, as every download has, so a spreadsheet reads it as UTF-8; then the comment lines.
	expect(text.startsWith('\uFEFF# Title: Exceptions report')).toBe(true);
	const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, comments: '#', skipEmptyLines: true }).data;
	const victimRows = rows.filter((row) => row.Measure === 'Victim services referrals');
	expect(victimRows.map((row) => row.Status)).toEqual(['Signal', 'Signal']);
	expect(victimRows[0]?.Finding).toContain(shiftWords);
	expect(victimRows[1]?.Finding).toMatch(spikeWords);
	expect(victimRows[0]?.['Plan theme']).toBe('Vulnerability Protection');
	expect(victimRows[0]?.Link).toBe(`${baseURL}/referrals`);
	expect(victimRows[0]?.Sources).toContain('referrals-2023-24.csv');
	expect(rows.filter((row) => row.Measure === 'Restorative justice referrals').map((row) => row.Status)).toEqual(['No signal']);

	// The home page's headlines include it, with its small chart and a link; restorative justice is in the short list.
	await followInApp(page, '/');
	await waitForData(page, slow.timeout);
	const headline = page.getByTestId('headlines').locator('[data-series="referrals-victim-services"]');
	await expect(headline.getByTestId('headline-text')).toHaveText(
		`Victim services referrals: ${shiftWords.charAt(0).toLowerCase()}${shiftWords.slice(1)}: a change, neither better nor worse in itself.`
	);
	await expect(headline.getByTestId('sparkline')).toHaveAttribute('aria-hidden', 'true');
	await expect(headline.getByRole('link')).toHaveAttribute('href', '/referrals');
	await expect(page.getByTestId('headlines').locator('[data-series="referrals-restorative-justice"]')).toHaveCount(0);
	await expect(page.getByTestId('headline-others')).toContainText('Restorative justice referrals');
	await expectNoAccessibilityViolations(page);
	// Other views whose figures are still invented keep the banner.
	await followInApp(page, '/custody-visiting');
	await expect(page.getByTestId('demonstration-banner')).toHaveText(demonstrationWords);

	// A second extract in place of the first (victim services: steady, June 2023 far above, then eight months in a row
	// higher; restorative justice: steady noise) is judged afresh: named in the chart's title, findings and table.
	// Victim services: steady months with June 2023 far above them, then eight months in a row higher (2024).
	await test.step('a second extract in place of the first is judged afresh', async () => {
		// Restorative justice: steady noise throughout. Real figures (not illustrative), so they are judged.
		const victim = [100, 104, 98, 101, 99, 180, 97, 102, 100, 98, 101, 103, 115, 117, 116, 118, 114, 116, 117, 115];
		const restorative = [30, 32, 29, 31, 30, 33, 28, 31, 30, 32, 29, 31, 30, 32, 29, 31, 30, 33, 28, 31];
		const month = (index: number) => `${2023 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
		const lines = ['month,service,referral_source,referrals'];
		victim.forEach((value, index) => lines.push(`${month(index)},victim services,police,${value}`));
		restorative.forEach((value, index) => lines.push(`${month(index)},restorative justice,police,${value}`));
		await followInApp(page, '/data');
		await page.getByLabel('Replace everything this dataset holds').check();
		await fileInput(page).setInputFiles({ name: 'referrals-signals.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n') });
		await page.getByRole('alertdialog').getByRole('button', { name: 'Replace everything' }).click({ timeout: 120_000 });
		await expect(loadedNotice(page)).toContainText(`${lines.length - 1} rows loaded`, { timeout: 120_000 });

		// Followed as a link, in the same session: reading an upload back from the device was shown with the first.
		await followInApp(page, '/referrals');
		await waitForData(page, 60_000);
		const victimPanel = page.locator('[data-series="referrals-victim-services"]');
		// The title states the latest finding, the run; the month far above the others is among the findings.
		await expect(victimPanel.getByRole('heading', { level: 3 })).toContainText('Victim services referrals: Eight months in a row above the average');
		await expect(victimPanel.getByRole('heading', { level: 3 })).toContainText('since January 2024, a shift, not noise');
		await expect(victimPanel.getByTestId('series-findings')).toContainText('June 2023: 180');
		await expect(victimPanel.getByTestId('series-findings')).toContainText('beyond the upper process limit');
		await expect(victimPanel.locator('[data-variation="neither"]')).not.toHaveCount(0);
		// In the table too, in words.
		await victimPanel.getByText("Show the table: each month's figure, limits and signal").click();
		await expect(victimPanel.getByRole('row', { name: /^June 2023/ })).toContainText('a point beyond a process limit (high)');
		const restorativePanel = page.locator('[data-series="referrals-restorative-justice"]');
		await expect(restorativePanel.getByRole('heading', { level: 3 })).toContainText('Restorative justice referrals: No signal');
		await expect(restorativePanel.locator('[data-variation="neither"]')).toHaveCount(0);
		await expectNoAccessibilityViolations(page);
	});

	// An engagement extract as a spreadsheet saves it (no provenance columns, 1,234 and 01/04/2025) loads, and the Data
	// page says what was converted.
	await test.step('an engagement extract from a spreadsheet is converted, saying what was converted', async () => {
		await followInApp(page, '/data');
		// Recognised without its provenance columns; it replaces the engagement figures, after saying what goes.
		await page.getByLabel('Replace everything this dataset holds').check();
		await fileInput(page).setInputFiles(file);
		await page.getByRole('alertdialog').getByRole('button', { name: 'Replace everything' }).click({ timeout: 120_000 });
		const loaded = loadedNotice(page);
		await expect(loaded).toContainText(`${engagementRows.length} rows loaded`, { timeout: 120_000 });
		await expect(loaded).toContainText(`of ${engagementRows.length} rows read`);
		const conversions = page.getByTestId('upload-conversions');
		await expect(conversions).toContainText(`period_start: ${engagementRows.length} dates read as day/month/year`);
		await expect(conversions).toContainText(`period_end: ${engagementRows.length} dates read as day/month/year`);
		await expect(conversions).toContainText(`count: ${engagementRows.length} numbers read without thousands separators (1,234 as 1234)`);
		await expect(datasetRow(page, engagementEvents.title)).toContainText(String(engagementRows.length));
	});

	// A slash date that could be either order is refused, saying why.
	const ambiguous = join(folder, 'engagement ambiguous.csv');
	const data: Record<string, string>[] = [{ ...example, period_start: '04/05/2025', period_end: '2025-06-30' }];
	writeFileSync(ambiguous, Papa.unparse({ fields: columns.map((column) => column.name), data: data.map((row) => columns.map((column) => row[column.name] ?? '')) }));
	// Still on the Data page, in the default mode this time, so the file is checked before anything is asked.
	await page.getByLabel('Update the periods these files cover').check();
	await fileInput(page).setInputFiles(ambiguous);
	await expect(page.getByTestId('problem-summary')).toContainText('engagement ambiguous.csv, line 2, column 1 (period_start): expected a date as YYYY-MM-DD or day/month/year');
	await expect(page.getByTestId('problem-summary')).toContainText('which could be 4 May 2025 (day/month/year) or 5 April 2025 (month/day/year)');
	expect(offOrigin).toEqual([]);
});

test('with only illustrative figures, and with nothing held for the period, the home page, the exceptions report and the Referrals view say so and pass axe', async ({
	appPage: page
}) => {
	test.setTimeout(300_000);
	// Only illustrative figures (the embedded sample): listed as such, never given a signal. On the worker's shared
	// page, the pages below followed as links in it, the engine started once.
	await visit(page, '/exceptions');
	await waitForData(page, slow.timeout);
	await expect(page.getByTestId('exceptions-illustrative')).toContainText('Victim services referrals');
	await expect(page.getByTestId('exception')).toHaveCount(0);
	await expect(page.getByTestId('exceptions-count')).toContainText('No series has a signal or an assurance result across all periods held');
	await expectNoAccessibilityViolations(page);
	await followInApp(page, '/');
	await waitForData(page, slow.timeout);
	await expect(page.getByTestId('no-headlines')).toBeVisible();
	await expect(page.getByTestId('headline-illustrative')).toContainText('Victim services referrals');
	// The home page and the Referrals view in this state (the embedded data) pass axe in their own journeys (home.spec.ts,
	// referrals.spec.ts): not scanned twice.

	await followInApp(page, '/referrals');
	await waitForData(page, slow.timeout);
	await expect(page.getByTestId('xmr-illustrative').first()).toBeVisible();

	// A period with nothing held: the report says so, and the view draws no chart.
	await followInApp(page, '/exceptions?period=2016%2F17');
	await waitForData(page, slow.timeout);
	await expect(page.getByTestId('exceptions-count')).toHaveText('No series is held for 2016/17, so there is nothing to judge.');
	await expectNoAccessibilityViolations(page);
	await followInApp(page, '/referrals?period=2016%2F17');
	await waitForData(page, slow.timeout);
	await expect(page.getByTestId('xmr-chart')).toHaveCount(0);
	await expectNoAccessibilityViolations(page);
});
