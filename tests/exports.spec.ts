import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Locator } from '@playwright/test';
import { expect, test, type Page } from './fixtures';
import { generateStreetCrime } from '../scripts/generate-street-crime.js';
import { openInteractive, visit, waitForData } from './helpers';

/** Clicks a download button and returns the file's name and bytes. */
async function download(page: Page, name: string, within: Page | Locator = page): Promise<{ fileName: string; bytes: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), within.getByRole('button', { name }).first().click()]);
	const path = await file.path();
	return { fileName: file.suggestedFilename(), bytes: readFileSync(path) };
}

async function openBudget(page: Page) {
	await visit(page, '/budget');
	await waitForData(page);
	await expect(page.getByTestId('chart')).toBeVisible();
	await page.locator('html[data-hydrated="true"]').waitFor();
}

test.describe('downloads from a chart', () => {
	test('the CSV holds the chart figures, its title, period, source and marking, and reads back exactly', async ({ appPage: page }) => {
		await openBudget(page);
		const { fileName, bytes } = await download(page, 'Download data (CSV)');
		expect(fileName).toBe('net-budget-requirement-2017-18-by-line-m-and-of-the-total.csv');
		const text = bytes.toString('utf8');
		expect(text.startsWith('\uFEFF# Title: Net budget requirement 2017/18, by line (£m and % of the total)\r\n')).toBe(true);
		expect(text).toContain('# Period: 2017/18\r\n');
		// The document once in the header; each row's own place in it (a line of the budget table) in its Source cell.
		expect(text).toContain('# Source: Police and Crime Plan 2017-2021, 23 March 2017');
		expect(text).toContain('"Value for Money section, 2017/18 budget table, row 1"');
		expect(text).not.toMatch(/\.txt|line \d/);
		expect(text).toContain('# Protective marking: OFFICIAL\r\n');

		// The published 2017/18 split (Police and Crime Plan, Value for Money section), as the chart and table show it.
		const rows = Papa.parse<unknown[]>(text, { comments: '#', skipEmptyLines: true, dynamicTyping: true }).data;
		expect(rows[0]).toEqual(['Line', 'Line type', 'Amount (£m)', 'Share of net budget requirement (%)', 'Source']);
		expect(rows.slice(1).map((row) => row.slice(0, 4))).toEqual([
			['Operational Policing delivered by Leicestershire Police (Net)', 'line', 154.5, 90.1],
			['Operational Policing delivered through Regional Collaboration', 'line', 10.2, 5.9],
			['Total funding passed to the Chief Constable', 'subtotal', 164.7, 96],
			['To Commission Services (net of grants and use of reserves)', 'line', 3.1, 1.8],
			['To run the Office of the Police and Crime Commissioner', 'line', 1.2, 0.7],
			['Total funding retained by the Commissioner', 'subtotal', 4.3, 2.5],
			['To support the capital programme', 'line', 2.6, 1.5],
			['Net Budget Requirement 2017/18', 'total', 171.6, 100]
		]);
		expect(rows[1]?.[4]).toBe('Value for Money section, 2017/18 budget table, row 1');
	});

	test('the SVG and PNG stand alone: title, period, source and marking, nothing fetched', async ({ appPage: page, appWatch }) => {
		await openBudget(page);

		const svg = await download(page, 'Download chart (SVG)');
		expect(svg.fileName).toBe('net-budget-requirement-2017-18-by-line-m-and-of-the-total.svg');
		const text = svg.bytes.toString('utf8');
		expect(text).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
		expect(text).toContain('Net budget requirement 2017/18, by line (£m and % of the total)');
		expect(text).toContain('Period: 2017/18');
		expect(text).toContain('Source: Police and Crime Plan 2017-2021, 23 March 2017');
		expect(text).toContain('>OFFICIAL</text>');
		expect(text).toContain('£154.5m (90.1%)');
		expect(text).toContain('<style>');
		expect(text).not.toMatch(/href=|url\(|var\(--/);

		// The file opens on its own as an image, at the size it says.
		const drawn = await page.evaluate(async (markup) => {
			const image = new Image();
			image.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
			await image.decode();
			return { width: image.naturalWidth, height: image.naturalHeight };
		}, text);
		// The chart is drawn at the width it has on screen (its text keeps its size), so the image is at least that wide.
		expect(drawn.width).toBeGreaterThanOrEqual(600);
		expect(drawn.height).toBeGreaterThan(400);

		const png = await download(page, 'Download chart (PNG)');
		expect(png.fileName).toBe('net-budget-requirement-2017-18-by-line-m-and-of-the-total.png');
		expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		// Width and height from the PNG header: twice the SVG's size, for print.
		expect(png.bytes.readUInt32BE(16)).toBe(drawn.width * 2);
		expect(png.bytes.readUInt32BE(20)).toBe(drawn.height * 2);
		expect(png.bytes.length).toBeGreaterThan(20_000);

		expect(appWatch.offOrigin).toEqual([]);
		expect(appWatch.violations).toEqual([]);
	});

	test('an illustrative chart says so in its files', async ({ appPage: page }) => {
		await visit(page, '/referrals?period=2023%2F24');
		await waitForData(page);
		await expect(page.getByTestId('chart').first()).toBeVisible();
		// The line chart of the 3-month average and last year, below the service's series.
		const service = page.getByTestId('service-victim-services');
		const csv = (await download(page, 'Download data (CSV)', service)).bytes.toString('utf8');
		expect(csv).toContain('# Note: Illustrative sample: not published figures\r\n');
		const rows = Papa.parse<unknown[]>(csv, { comments: '#', skipEmptyLines: true, dynamicTyping: true }).data;
		expect(rows[0]).toEqual(['Month', 'Referrals in the month', '3-month rolling average', 'Same month last year']);
		expect(rows).toHaveLength(13);
		expect(rows[1]?.[0]).toBe('April 2023');
		const svg = (await download(page, 'Download chart (SVG)', service)).bytes.toString('utf8');
		expect(svg).toContain('>Illustrative sample: not published figures</text>');
	});
});

test.describe('copy link', () => {
	const path = '/custody-visiting?period=2023%2F24-Q3&area=Leicester';

	test('puts the address, filters and all, on the clipboard and says so', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
		await page.goto(path);
		await waitForData(page);
		await page.locator('html[data-hydrated="true"]').waitFor();
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(`${baseURL}${path}`);
	});

	test('shows the link selected in a box when the clipboard is refused', async ({ page, baseURL }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
		});
		await page.goto(path);
		await waitForData(page);
		await page.locator('html[data-hydrated="true"]').waitFor();
		await page.getByRole('button', { name: 'Copy link' }).click();
		const box = page.getByLabel('The link could not be copied for you. Copy it from here:');
		await expect(box).toHaveValue(`${baseURL}${path}`);
		await expect(box).toBeFocused();
		await expect(box).toHaveAttribute('readonly', '');
		const selected = await box.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0));
		expect(selected).toBe(`${baseURL}${path}`);
		await expect(page.getByText('Link copied')).toHaveCount(0);
	});
});

test.describe('small numbers', () => {
	// Restorative justice referrals in January 2024 (the embedded sample): 4, below the default threshold of 5.
	const path = '/referrals?period=2023%2F24-Q4';

	test('a small count is [c] on the working screen by default and in the download, and shows only once a private session turns it off', async ({ appPage: page }) => {
		await visit(page, path);
		await waitForData(page);
		await page.locator('html[data-hydrated="true"]').waitFor();
		const service = page.getByTestId('service-restorative-justice');
		// The table is folded under its chart: open it, as a reader would.
		const fold = "Show the table: each month's referrals, 3-month average and last year";
		await service.getByText(fold).click();
		const january = service.getByRole('row', { name: /January 2024/ });
		await expect(january.locator('td').first()).toHaveText('[c]');
		await expect(page.getByTestId('suppression-note')).toContainText('[c] fewer than 5: suppressed to protect individuals');

		const [file] = await Promise.all([page.waitForEvent('download'), service.getByRole('button', { name: 'Download data (CSV)' }).click()]);
		const text = readFileSync(await file.path(), 'utf8');
		const rows = Papa.parse<string[]>(text, { comments: '#', skipEmptyLines: true }).data;
		expect(rows.find((row) => row[0] === 'January 2024')).toEqual(['January 2024', '[c]', '6.3', '14']);
		expect(text).toContain('[c] fewer than 5: suppressed to protect individuals');

		await page.getByLabel('Hide small counts (below 5), as published papers do').uncheck();
		await expect(page).toHaveURL(/suppress=off/);
		await expect(january.locator('td').first()).toHaveText('4');
		await expect(page.getByTestId('suppression-note')).toContainText('Small counts are shown: this page is for a private working session');
		await page.reload();
		await waitForData(page);
		await page.getByTestId('service-restorative-justice').getByText(fold).click();
		await expect(
			page
				.getByTestId('service-restorative-justice')
				.getByRole('row', { name: /January 2024/ })
				.locator('td')
				.first()
		).toHaveText('4');
	});

	test('a view whose counts are never suppressed offers no "Hide small counts" box, and says why when a link asks', async ({ appPage: page }) => {
		// Engagement counts the OPCC's meetings and events, not people.
		await visit(page, '/engagement');
		await waitForData(page);
		await expect(page.getByRole('group', { name: 'Filters' })).toBeVisible();
		await expect(page.getByLabel(/Hide small counts/)).toHaveCount(0);
		await visit(page, '/engagement?suppress=5');
		await waitForData(page);
		await expect(page.getByTestId('suppression-note')).toHaveText('No count on this page is suppressed: these are counts of meetings and events held by the OPCC, not of people.');
	});

	test('police.uk crime counts below 5 stay as they are on the Crime page and in its download, which says why', async ({ page }) => {
		test.setTimeout(60_000);
		const files = generateStreetCrime({ months: ['2023-10'], rowsPerMonth: 200 });
		const rows = files.flatMap((file) => Papa.parse<Record<string, string>>(file.text, { header: true, skipEmptyLines: true }).data);
		const recorded = (type: string) => rows.filter((row) => row['Crime type'] === type).length;
		const type = rows.map((row) => row['Crime type'] ?? '').find((candidate) => recorded(candidate) < 5);
		expect(type, 'the fixture has a crime type recorded fewer than 5 times').toBeDefined();
		const rare = String(recorded(type!));
		const folder = mkdtempSync(join(tmpdir(), 'scrutiny-exports-crime-'));
		try {
			for (const { file, text } of files) writeFileSync(join(folder, file), text);
			await openInteractive(page, '/data');
			await page.getByTestId('file-input').setInputFiles(files.map(({ file }) => join(folder, file)));
			await expect(page.getByTestId('upload-loaded')).toContainText(`${rows.length} rows loaded`);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}

		// A copied link that asked for hiding: the page says why nothing is hidden, and hides nothing.
		await openInteractive(page, '/crime?suppress=5');
		await waitForData(page);
		await expect(page.getByTestId('suppression-note')).toHaveText('No count on this page is suppressed: police.uk publishes these crimes record by record.');
		await expect(page.getByLabel(/Hide small counts/)).toHaveCount(0);
		const table = page.getByRole('table', { name: /^Crimes and anti-social behaviour incidents by type,/ });
		await expect(table.getByRole('row', { name: type })).toContainText(rare);
		const [file] = await Promise.all([page.waitForEvent('download'), page.locator('section', { has: table }).getByRole('button', { name: 'Download data (CSV)' }).click()]);
		const text = readFileSync(await file.path(), 'utf8');
		expect(Papa.parse<string[]>(text, { comments: '#', skipEmptyLines: true }).data.find((row) => row[0] === type)?.[1]).toBe(rare);
		expect(text).not.toContain('[c]');
		expect(text).toContain('# Note: No count here is suppressed: police.uk publishes these crimes record by record');
	});
});
