import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import Papa from 'papaparse';
import { engagementEvents } from '../src/lib/contracts/engagement-events';
import { openInteractive } from './helpers';

// A performance lead's own extract, as a spreadsheet saves it: no provenance
// columns, counts with thousands separators, dates day/month/year. It loads,
// and the Data page says what was converted.
const provenance = ['source_document', 'source_ref', 'illustrative'];
const columns = engagementEvents.columns.filter((column) => !provenance.includes(column.name));
const example: Record<string, string> = Object.fromEntries(columns.map((column) => [column.name, column.example]));
const rows: Record<string, string>[] = [
	{ ...example, period_start: '01/04/2025', period_end: '30/06/2025', count: '1,234' },
	{ ...example, period_start: '14/07/2025', period_end: '30/09/2025', count: '2,345' }
];
const text = Papa.unparse({ fields: columns.map((column) => column.name), data: rows.map((row) => columns.map((column) => row[column.name] ?? '')) });

let folder = '';
let file = '';
test.beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'scrutiny-checks-'));
	file = join(folder, 'engagement Q1-Q2.csv');
	writeFileSync(file, `${text}\r\n`);
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('an extract without provenance columns, with 1,234 and 01/04/2025, loads and the Data page says what was converted', async ({ page }) => {
	// Loading waits for the query engine and the embedded datasets, slow to start on a busy two-core machine.
	test.setTimeout(150_000);
	await openInteractive(page, '/data');
	// Recognised without its provenance columns; it replaces the engagement figures, after saying what goes.
	await page.getByLabel('Replace everything this dataset holds').check();
	await page.getByTestId('file-input').setInputFiles(file);
	await page.getByTestId('load-confirm').getByRole('button', { name: 'Replace everything' }).click({ timeout: 120_000 });
	const loaded = page.getByTestId('upload-loaded');
	await expect(loaded).toContainText(`${rows.length} rows loaded`, { timeout: 120_000 });
	await expect(loaded).toContainText(`of ${rows.length} rows read`);
	const conversions = page.getByTestId('upload-conversions');
	await expect(conversions).toContainText(`period_start: ${rows.length} dates read as day/month/year`);
	await expect(conversions).toContainText(`period_end: ${rows.length} dates read as day/month/year`);
	await expect(conversions).toContainText(`count: ${rows.length} numbers read without thousands separators (1,234 as 1234)`);
	await expect(page.getByTestId('dataset-list').locator(`[data-dataset="${engagementEvents.id}"]`)).toContainText(String(rows.length));
});

test('a slash date that could be either order is refused, saying why', async ({ page }) => {
	const ambiguous = join(folder, 'engagement ambiguous.csv');
	const data: Record<string, string>[] = [{ ...example, period_start: '04/05/2025', period_end: '2025-06-30' }];
	writeFileSync(ambiguous, Papa.unparse({ fields: columns.map((column) => column.name), data: data.map((row) => columns.map((column) => row[column.name] ?? '')) }));
	await openInteractive(page, '/data');
	await page.getByTestId('file-input').setInputFiles(ambiguous);
	await expect(page.getByTestId('problem-summary')).toContainText('engagement ambiguous.csv, line 2, column 1 (period_start): expected a date as YYYY-MM-DD or day/month/year');
	await expect(page.getByTestId('problem-summary')).toContainText('which could be 4 May 2025 (day/month/year) or 5 April 2025 (month/day/year)');
});
