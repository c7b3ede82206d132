import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { budgetHeader as header, secondYear } from './budget-rows';
import { openInteractive, waitForData } from './helpers';

test('a snapshot made from uploaded data, reopened after a reset, shows the same figures on the same page', async ({ page }) => {
	test.setTimeout(120_000);
	await openInteractive(page, '/data');
	await page.getByTestId('file-input').setInputFiles({ name: 'budget-2018-19.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${secondYear.join('\n')}\n`) });
	await expect(page.getByTestId('upload-loaded')).toContainText('5 rows loaded');

	await openInteractive(page, '/budget?year=2018%2F19');
	await waitForData(page);
	const summary = await page.getByTestId('summary').textContent();
	const table = await page.getByRole('table', { name: /^Budget split/ }).textContent();
	expect(summary).toContain('£115.0m');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save meeting snapshot' }).click();
	const saving = await download;
	expect(saving.suggestedFilename()).toMatch(/^scrutiny-snapshot-.*\.zip$/);
	const file = await saving.path();
	// One ZIP: a manifest in plain JSON, with no byte-order mark (which common JSON readers refuse), and each dataset in its columnar form.
	const parts = unzipSync(new Uint8Array(readFileSync(file)));
	expect(Object.keys(parts)).toContain('datasets/budget-split.arrow.gz');
	const manifestBytes = parts['manifest.json'] as Uint8Array;
	expect(manifestBytes[0]).toBe('{'.charCodeAt(0));
	const saved = JSON.parse(new TextDecoder().decode(manifestBytes));
	expect(saved.page).toBe('/budget?year=2018%2F19');
	expect(saved.datasets.find((d: { id: string }) => d.id === 'budget-split').kept.rows).toBe(13);

	await openInteractive(page, '/data');
	await page.getByRole('button', { name: 'Reset to embedded data' }).click();
	await expect(page.getByText('Every dataset is back to its embedded extract.')).toBeVisible();

	// Opened in place: the same document goes to the snapshot's page (the engine is not started again, and the
	// datasets are not reopened from the device: no `reopen:` mark).
	await page.evaluate(() => Object.assign(window, { sameDocument: true }));
	await page.getByTestId('snapshot-input').setInputFiles(file);
	await expect(page).toHaveURL(/\/budget\?year=2018%2F19$/);
	await waitForData(page);
	expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
	expect(await page.evaluate(() => performance.getEntriesByType('measure').filter((entry) => entry.name.startsWith('reopen:')).length)).toBe(0);
	await expect(page.getByTestId('summary')).toHaveText(summary ?? '');
	await expect(page.getByRole('table', { name: /^Budget split/ })).toHaveText(table ?? '');
});

test('a file that is not a snapshot is refused, and nothing loaded changes', async ({ page }) => {
	await openInteractive(page, '/data');
	await page.getByTestId('snapshot-input').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
	await expect(page.getByRole('alert')).toContainText('notes.json was not opened: this is not a meeting snapshot file made by this dashboard. Nothing loaded was changed.');
});

test('with the device full, a snapshot opens in this tab for this session only, says so, and its figures are shown', async ({ page }) => {
	test.setTimeout(120_000);
	await page.addInitScript("IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };");
	await openInteractive(page, '/data');
	await page.getByTestId('file-input').setInputFiles({ name: 'budget-2018-19.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${secondYear.join('\n')}\n`) });
	await expect(page.getByTestId('upload-loaded')).toContainText('5 rows loaded');
	await page.getByRole('navigation').getByRole('link', { name: 'Budget' }).click();
	await waitForData(page);
	await page.getByLabel('Financial year').selectOption('2018/19');
	await waitForData(page);
	const summary = await page.getByTestId('summary').textContent();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save meeting snapshot' }).click();
	const file = await (await download).path();

	await page.getByRole('navigation').getByRole('link', { name: 'Data' }).click();
	await page.getByRole('button', { name: 'Reset to embedded data' }).click();
	await expect(page.getByText('Every dataset is back to its embedded extract.')).toBeVisible();
	await page.getByTestId('snapshot-input').setInputFiles(file);
	await expect(page.getByTestId('snapshot-session-only')).toContainText('is open in this tab for this session only: this device would not keep its datasets');
	await page.getByRole('link', { name: "Go to the snapshot's page" }).click();
	await expect(page).toHaveURL(/\/budget\?year=2018%2F19$/);
	await waitForData(page);
	await expect(page.getByTestId('summary')).toHaveText(summary ?? '');
});
