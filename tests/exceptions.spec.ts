import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Page } from './fixtures';
import { expectNoAccessibilityViolations, followInApp, openInteractive, visit, waitForData, watchOffOriginRequests } from './helpers';

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
	await page.getByTestId('file-input').setInputFiles({ name: 'referrals-2023-24.csv', mimeType: 'text/csv', buffer: Buffer.from(referralsExtract()) });
	const confirm = page.getByTestId('load-confirm');
	await expect(confirm).toContainText('Everything the referrals by month holds is replaced', slow);
	await confirm.getByRole('button', { name: 'Replace everything' }).click();
	await expect(page.getByTestId('upload-loaded')).toContainText('48 rows loaded into the referrals by month', slow);
}

// An average of counts from 100 up is written whole (108.5 → 109); a difference below 100 keeps its decimal.
const spikeWords = /June 2023: 160, 51\.5 above the average of 109, \+47\.5%, beyond the upper process limit/;
const shiftWords = 'Seven months in a row above the average (109) since June 2024, a shift, not noise';

test('an uploaded extract: the Referrals view, the exceptions report and its CSV, and the home page name the month far above and the later run, and nothing for restorative justice', async ({
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
	expect(offOrigin).toEqual([]);
});

test('the home page, the exceptions report and the Referrals view (XmR charts) pass axe while loading', async ({ page }) => {
	test.setTimeout(300_000);
	// Loading: the engine's WebAssembly is held back until the scan is done.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/*.wasm', async (route) => {
		await held;
		await route.continue();
	});
	for (const path of ['/', '/exceptions', '/referrals']) {
		await openInteractive(page, path);
		await expect(page.locator('[data-ready="false"]')).toHaveCount(1);
		// A view draws its figures worked out at build time while the engine starts; the home page and the report say they are loading.
		if (path === '/referrals') await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toBeVisible();
		else await expect(page.getByTestId('loading')).toBeVisible();
		await expectNoAccessibilityViolations(page);
	}
	release();
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
	await expectNoAccessibilityViolations(page);

	await followInApp(page, '/referrals');
	await waitForData(page, slow.timeout);
	await expect(page.getByTestId('xmr-illustrative').first()).toBeVisible();
	await expectNoAccessibilityViolations(page);

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
