import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { streetCrimeMonth } from '../scripts/generate-street-crime.js';
import { openInteractive } from './helpers';

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

// A police.uk file large enough to take the large-file path (DuckDB reads and
// checks it): 24 months of 1,000 rows, about 7 MB, generated here and never
// committed. One row has a quoted line break, so lines and rows differ, and a
// later row has a month that does not exist.
const months = Array.from({ length: 24 }, (_, index) => `${2022 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
const [header, ...body] = months
	.map((month) => streetCrimeMonth(month, 1_000))
	.flatMap((text, index) =>
		text
			.trimEnd()
			.split('\r\n')
			.slice(index === 0 ? 0 : 1)
	);
const rows = body.length;
// Row 100 gets a two-line location; row 5,000 an impossible month. Line 1 is the header.
body[99] = body[99]!.replace(/On or near [^,]+/, '"On or near High Street\r\n(rear of the shops)"');
const badLine = 1 + 5_000 + 1;
body[4_999] = body[4_999]!.replace(/,20\d\d-\d\d,/, ',2023-13,');
const text = `${header}\r\n${body.join('\r\n')}\r\n`;

let folder = '';
let file = '';
test.beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'scrutiny-bulk-'));
	file = join(folder, 'leicestershire-street.csv');
	writeFileSync(file, text);
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('a large police.uk file with one bad row is rejected with its real line, then loads with that row set aside', async ({ page }) => {
	test.setTimeout(60_000);
	// Over the large-file threshold (4 MB), or this would test the small-file path.
	expect(statSync(file).size).toBeGreaterThan(4 * 1024 * 1024);
	await openInteractive(page, '/data');
	await page.getByTestId('file-input').setInputFiles(file);
	const summary = page.getByTestId('problem-summary');
	await expect(summary).toContainText('leicestershire-street.csv was not loaded: 1 problem');
	await expect(summary).toContainText(`leicestershire-street.csv, line ${badLine}, column 2 (Month): expected a month as YYYY-MM`);
	await expect(summary).toContainText('found "2023-13"');
	await expect(page.getByText('Nothing from this file was loaded; the street-level crime (police.uk) is as it was.')).toBeVisible();

	await page.getByLabel('If some rows have problems, load the valid rows and set the others aside').check();
	// The same file again: the input is emptied after each choice, so choosing it anew is a new choice.
	await page.getByTestId('file-input').setInputFiles(file);
	const loaded = page.getByTestId('upload-loaded');
	await expect(loaded).toContainText(`${(rows - 1).toLocaleString('en-GB')} rows loaded into the street-level crime (police.uk) from leicestershire-street.csv`);
	await expect(loaded).toContainText(`leicestershire-street.csv: ${(rows - 1).toLocaleString('en-GB')} rows loaded and 1 set aside, of ${rows.toLocaleString('en-GB')} rows read`);
	await expect(loaded).toContainText(`Set-aside rows are on lines ${badLine}.`);
	const held = page.getByTestId('dataset-list').locator('[data-dataset="street-crime"]');
	await expect(held).toContainText((rows - 1).toLocaleString('en-GB'));

	// Kept on the device in the engine's database file, and taken from it after a reload: the file is not read again.
	await columnarFormKept(page);
	await openInteractive(page, '/data');
	await expect(page.getByTestId('dataset-list').locator('[data-dataset="street-crime"]')).toContainText((rows - 1).toLocaleString('en-GB'));
	const steps = await page.evaluate(() => performance.getEntriesByType('measure').map((entry) => entry.name));
	expect(steps.filter((step) => step.startsWith('upload:'))).toEqual([]);
	expect(steps).toContain('reopen: database file');
});
