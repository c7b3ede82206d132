import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import Papa from 'papaparse';
import { followInApp, openInteractive, unfold, visit, waitForData as waitForDataOf } from './helpers';

const words = 'Demonstration data: figures marked illustrative are invented for demonstration and must not be quoted.';
type Row = Record<string, string>;
const manifest = JSON.parse(readFileSync('data/extracts.json', 'utf8')) as { dataset: string; file: string }[];
const rowsOf = (file: string) => Papa.parse<Row>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
// Which embedded datasets hold invented rows, read from the extracts themselves.
const invented = new Set(manifest.filter(({ file }) => rowsOf(file).some((row) => row['illustrative'] === 'true')).map(({ dataset }) => dataset));

// Each route and the datasets whose figures it shows; pages that are no single view speak for every dataset.
const routes: [string, string[]][] = [
	['/', [...invented]],
	['/plan-aims', ['plan-aims', 'measure-aims', 'custody-visits', 'custody-suite-weeks', 'safer-streets']],
	['/budget', ['budget-split']],
	['/engagement', ['engagement-events']],
	['/custody-visiting', ['custody-visits', 'custody-suite-weeks']],
	['/referrals', ['referrals', 'published-referral-totals']],
	['/safer-streets', ['safer-streets', 'safer-streets-awards']],
	['/crime', ['street-crime']],
	['/data', [...invented]],
	['/sources', [...invented]],
	['/accessibility', [...invented]]
];

// The machine these run on is shared and slow: the datasets may take longer than the default 20 s to load.
const waitForData = (page: Page) => waitForDataOf(page, 60_000);

test('the banner is on every route while a figure in view is invented, and on no route whose figures are all published', async ({ page }) => {
	test.setTimeout(180_000);
	expect(invented.size, 'the embedded extracts hold invented figures').toBeGreaterThan(0);
	for (const [path, datasets] of routes) {
		await page.goto(path);
		const banner = page.getByTestId('demonstration-banner');
		if (datasets.some((dataset) => invented.has(dataset))) {
			// In the prerendered page already, before any script has run.
			await expect(banner, path).toHaveText(words);
		} else {
			await page.locator('html[data-hydrated="true"]').waitFor();
			await expect(banner, path).toHaveCount(0);
		}
	}
});

test('an illustrative figure carries no verdict: custody visiting and the plan aims say "Illustrative, no verdict"', async ({ appPage: page }) => {
	test.setTimeout(180_000);
	await visit(page, '/custody-visiting?period=2023%2F24');
	await waitForData(page);
	await expect(page.getByTestId('compliance-status')).toHaveText('Illustrative, no verdict');
	await expect(page.getByTestId('scheduled-status')).toHaveText('Illustrative, no verdict');
	await followInApp(page, '/plan-aims?period=2023%2F24');
	await waitForData(page);
	// Custody visiting evidences two aims, so its status shows under each.
	await expect(page.getByTestId('status-icv-compliance')).toHaveText(['Illustrative, no verdict', 'Illustrative, no verdict']);
	// No measure's status is a verdict on invented figures (the key above the list still explains the words).
	await expect(page.locator('[data-testid^="status-"]').filter({ hasText: /^(Met|Nearly met|Not met)$/ })).toHaveCount(0);
});

test('the Safer Streets total marks its published award apart from the illustrative allocation and spend', async ({ appPage: page }) => {
	test.setTimeout(180_000);
	await visit(page, '/safer-streets');
	await waitForData(page);
	await unfold(page, 'Show the table: the award, allocation and spend of each bid and intervention');
	const total = page.getByRole('table', { name: /^Safer Streets award over both funding years/ }).getByRole('row', { name: /^Total award/ });
	await expect(total.locator('td').nth(0)).toContainText('published');
	await expect(total.locator('td').nth(1)).toContainText('illustrative');
	await expect(total.locator('td').nth(2)).toContainText('illustrative');
	await expect(total.locator('td').last()).toContainText("Award: Commissioner's Update to the Police and Crime Panel, 13 December 2023, paragraph 16");
	await expect(total.locator('td').last()).toContainText('Allocated and spent: Illustrative sample');
});

test('the banner goes once uploaded extracts replace the invented datasets in view, and the figures cite the file as loaded', async ({ page }) => {
	test.setTimeout(180_000);
	await openInteractive(page, '/referrals');
	await expect(page.getByTestId('demonstration-banner')).toHaveText(words);

	// The monthly referrals as an OPCC performance lead would supply them: the same shape, not illustrative.
	const source = rowsOf('referrals.csv');
	const columns = Object.keys(source[0]!);
	const uploaded = source.map((row): Row => ({
		...row,
		illustrative: 'false',
		source_document: 'uploaded: referrals-2024-25.csv',
		source_ref: `SHA-256 ${'3f'.repeat(32)}; loaded 2026-11-29T09:00:00.000Z`
	}));
	const body = Papa.unparse({ fields: columns, data: uploaded.map((row) => columns.map((column) => row[column] ?? '')) }, { newline: '\n' });
	await openInteractive(page, '/data');
	await page.getByTestId('file-input').setInputFiles({ name: 'referrals-2024-25.csv', mimeType: 'text/csv', buffer: Buffer.from(body) });
	await expect(page.getByTestId('upload-loaded')).toContainText(`${source.length} rows loaded`, { timeout: 60_000 });

	await openInteractive(page, '/referrals');
	await waitForData(page);
	await expect(page.getByTestId('summary').first()).toBeVisible();
	await expect(page.getByTestId('demonstration-banner')).toHaveCount(0);
	await expect(page.locator('main')).toContainText('referrals-2024-25.csv: uploaded extract, not a published figure');
	// Other views whose figures are still invented keep it.
	await openInteractive(page, '/custody-visiting');
	await expect(page.getByTestId('demonstration-banner')).toHaveText(words);
});
