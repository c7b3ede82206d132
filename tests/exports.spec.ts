import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test, type Page } from './fixtures';
import { generateStreetCrime } from '../scripts/generate-street-crime.js';
import { download, fileInput, followInApp, loadedNotice, openInteractive, openLinkAgain, sectionCsv, visit, waitForData } from './helpers';

async function openBudget(page: Page) {
	await visit(page, '/budget');
	await waitForData(page);
	await expect(page.getByTestId('chart')).toBeVisible();
	await page.locator('html[data-hydrated="true"]').waitFor();
}

// Restorative justice referrals in January 2024 (the embedded sample): 4, below the default threshold of 5.
const smallCountPath = '/referrals?period=2023%2F24-Q4';

test("a Panel member's chart files stand alone (CSV, SVG, PNG: title, period, source and marking; an illustrative chart says so), and a small count is [c] on screen and in the download until a private session turns it off", async ({
	appPage: page,
	appWatch
}) => {
	await test.step('the CSV holds the chart figures, its title, period, source and marking, and reads back exactly', async () => {
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
	await test.step('the SVG and PNG stand alone: title, period, source and marking, nothing fetched', async () => {
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
	await test.step('an illustrative chart says so in its files', async () => {
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
	await test.step('a small count is [c] on the working screen by default and in the download, and shows only once a private session turns it off', async () => {
		await visit(page, smallCountPath);
		await waitForData(page);
		await page.locator('html[data-hydrated="true"]').waitFor();
		const service = page.getByTestId('service-restorative-justice');
		// The table is folded under its chart: open it, as a reader would.
		const fold = "Show the table: each month's referrals, 3-month average and last year";
		await service.getByText(fold).click();
		const january = service.getByRole('row', { name: /January 2024/ });
		await expect(january.locator('td').first()).toHaveText('[c]');
		await expect(page.getByTestId('suppression-note')).toContainText('[c] fewer than 5: suppressed to protect individuals');

		const text = (await download(page, 'Download data (CSV)', service)).bytes.toString('utf8');
		const rows = Papa.parse<string[]>(text, { comments: '#', skipEmptyLines: true }).data;
		expect(rows.find((row) => row[0] === 'January 2024')).toEqual(['January 2024', '[c]', '6.3', '14']);
		expect(text).toContain('[c] fewer than 5: suppressed to protect individuals');

		await page.getByLabel('Hide small counts (below 5), as published papers do').uncheck();
		await expect(page).toHaveURL(/suppress=off/);
		await expect(january.locator('td').first()).toHaveText('4');
		await expect(page.getByTestId('suppression-note')).toContainText('Small counts are shown: this page is for a private working session');
		// The link, opened again, keeps them shown (the setting is in the address, not kept on the device).
		await openLinkAgain(page);
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
	await test.step('a view whose counts are never suppressed offers no "Hide small counts" box, and says why when a link asks', async () => {
		// Engagement counts the OPCC's meetings and events, not people.
		await visit(page, '/engagement');
		await waitForData(page);
		await expect(page.getByRole('group', { name: 'Filters' })).toBeVisible();
		await expect(page.getByLabel(/Hide small counts/)).toHaveCount(0);
		await visit(page, '/engagement?suppress=5');
		await waitForData(page);
		await expect(page.getByTestId('suppression-note')).toHaveText('No count on this page is suppressed: these are counts of meetings and events held by the OPCC, not of people.');
	});
});

const copyPath = '/custody-visiting?period=2023%2F24-Q3&area=Leicester';

// One month of police.uk-shaped street-level crime (generated, marked as an illustrative sample), as
// tests/crime.spec.ts loads it; the figures the page, its download and the pack show are counted here from the same rows.
const crimeFiles = generateStreetCrime({ months: ['2023-10'], rowsPerMonth: 200 });
const crimeRows = crimeFiles.flatMap((file) => Papa.parse<Record<string, string>>(file.text, { header: true, skipEmptyLines: true }).data);
const crimeCount = (keep: (row: Record<string, string>) => boolean) => crimeRows.filter(keep).length.toLocaleString('en-GB');
const isAsb = (row: Record<string, string>) => row['Crime type'] === 'Anti-social behaviour';

/** Opens a pack in the app and waits until every section has its figures. */
async function openPack(page: Page, path: string, sections: number) {
	await followInApp(page, path);
	await expect(page.getByTestId('pack-section')).toHaveCount(sections, { timeout: 60_000 });
	await waitForData(page, 60_000);
	await expect(page.getByTestId('loading')).toHaveCount(0);
	await expect(page.getByRole('article', { name: 'Panel pack' }).getByTestId('summary')).toHaveCount(sections);
	await expect(page.getByTestId('pack-quality')).toBeVisible();
}

/** The text of one page of a PDF, as pdftotext (poppler-utils) lays it out. */
const pageText = (pdf: string, n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });

test("a performance lead copies a view's link (or is shown it when the clipboard is refused), then loads a month of police.uk crime: its counts below 5 stay as they are on the Crime page, in its download and in the printed pack, which say why", async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(240_000);
	await test.step('Copy link puts the address, filters and all, on the clipboard and says so', async () => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
		await openInteractive(page, copyPath);
		await waitForData(page);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(`${baseURL}${copyPath}`);
	});

	await test.step('shows the link selected in a box when the clipboard is refused', async () => {
		// The same view drawn afresh in the app, with a browser that refuses the clipboard.
		await followInApp(page, '/accessibility');
		await page.evaluate(() => {
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
		});
		await followInApp(page, copyPath);
		await waitForData(page);
		await page.getByRole('button', { name: 'Copy link' }).click();
		const box = page.getByLabel('The link could not be copied for you. Copy it from here:');
		await expect(box).toHaveValue(`${baseURL}${copyPath}`);
		await expect(box).toBeFocused();
		await expect(box).toHaveAttribute('readonly', '');
		const selected = await box.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0));
		expect(selected).toBe(`${baseURL}${copyPath}`);
		await expect(page.getByText('Link copied')).toHaveCount(0);
	});

	const types = [...new Set(crimeRows.map((row) => row['Crime type'] ?? ''))];
	const rare = types.find((type) => Number(crimeCount((row) => row['Crime type'] === type)) < 5);
	expect(rare, 'the fixture has a crime type recorded fewer than 5 times').toBeDefined();
	const rareCount = crimeCount((row) => row['Crime type'] === rare);

	await test.step('police.uk crime counts below 5 stay as they are on the Crime page and in its download, which says why', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'scrutiny-exports-crime-'));
		try {
			for (const { file, text } of crimeFiles) writeFileSync(join(folder, file), text);
			await followInApp(page, '/data');
			await fileInput(page).setInputFiles(crimeFiles.map(({ file }) => join(folder, file)));
			await expect(loadedNotice(page)).toContainText(`${crimeRows.length} rows loaded into the street-level crime (police.uk)`, { timeout: 60_000 });
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
		// A copied link that asked for hiding: the page says why nothing is hidden, and hides nothing.
		await followInApp(page, '/crime?suppress=5');
		await waitForData(page);
		await expect(page.getByTestId('suppression-note')).toHaveText('No count on this page is suppressed: police.uk publishes these crimes record by record.');
		await expect(page.getByLabel(/Hide small counts/)).toHaveCount(0);
		const table = page.getByRole('table', { name: /^Crimes and anti-social behaviour incidents by type,/ });
		await expect(table.getByRole('row', { name: rare })).toContainText(rareCount);
		const text = await sectionCsv(page, table);
		expect(Papa.parse<string[]>(text, { comments: '#', skipEmptyLines: true }).data.find((row) => row[0] === rare)?.[1]).toBe(rareCount);
		expect(text).not.toContain('[c]');
		expect(text).toContain('# Note: No count here is suppressed: police.uk publishes these crimes record by record');
	});

	await test.step('the Crime section of a pack prints its figures, tables and sources, its small counts as they are', async () => {
		await openPack(page, '/pack?meeting=Police+and+Crime+Panel&view=crime', 2);
		const crime = page.locator('#pack-crime');
		await expect(crime.getByTestId('summary')).toContainText(
			`For October 2023 in Leicester, Leicestershire and Rutland, the police.uk street-level files record ${crimeCount(() => true)} crimes and anti-social behaviour incidents: ${crimeCount((row) => !isAsb(row))} crimes and ${crimeCount(isAsb)} incidents of anti-social behaviour.`
		);
		const burglary = crimeCount((row) => row['Crime type'] === 'Burglary');
		await expect(crime.getByRole('table', { name: /^Crimes and anti-social behaviour incidents by type,/ }).getByRole('row', { name: 'Burglary' })).toContainText(burglary);
		// By type, by area, and the two Safer Streets before-and-after charts, as on the Crime page; month by month is
		// now XmR charts (all recorded crime and the four most common types).
		await expect(crime.getByTestId('chart')).toHaveCount(2 + 2);
		await expect(crime.getByTestId('xmr-chart')).toHaveCount(5);
		await expect(crime.getByTestId('crime-sources')).toContainText('police.uk street-level crime, Leicestershire Police, October 2023');
		await expect(crime.getByTestId('crime-empty')).toHaveCount(0);
		await expect(page.getByTestId('pack-as-at-street-crime')).toContainText('uploaded');

		// police.uk publishes every record, so a crime type recorded fewer than 5 times prints as its number,
		// the section says why, and neither it nor its download claims [c]; nor does the cover.
		await expect(crime.getByRole('table', { name: /^Crimes and anti-social behaviour incidents by type,/ }).getByRole('row', { name: rare })).toContainText(rareCount);
		await expect(crime.getByTestId('pack-suppression-key')).toHaveText('No count in this section is suppressed: police.uk publishes these crimes record by record.');
		await expect(crime).not.toContainText('[c]');
		await expect(page.getByTestId('pack-suppression-cover')).toHaveText('No count in this pack is suppressed: each section says why.');
		const csv = await sectionCsv(page, page.getByRole('table', { name: /^Crimes and anti-social behaviour incidents by type,/ }), crime);
		expect(Papa.parse<string[]>(csv, { comments: '#', skipEmptyLines: true }).data.find((row) => row[0] === rare)?.[1]).toBe(rareCount);
		expect(csv).not.toContain('[c]');
		expect(csv).toContain('# Note: No count here is suppressed: police.uk publishes these crimes record by record');

		// The crime sections are drawn only when on screen (content-visibility), but every one prints.
		const pdf = join(mkdtempSync(join(tmpdir(), 'scrutiny-pack-')), 'pack.pdf');
		writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
		const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
		const printed = Array.from({ length: pages }, (_, index) => pageText(pdf, index + 1)).join('\n');
		const melton = crimeCount((row) => /^Melton \d{3}[A-Z]$/.test(row['LSOA name'] ?? ''));
		// A caption may wrap over two printed lines, so its words are compared with the spaces between them joined.
		const joined = printed.replace(/\s+/g, ' ');
		expect(joined).toContain('Crimes and anti-social behaviour incidents by type, Leicestershire Police, October 2023 (illustrative sample)');
		expect(printed).toMatch(new RegExp(`\\bBurglary\\s+${burglary}\\s`));
		expect(joined).toContain('Records each month, by type, Leicestershire Police, October 2023 (illustrative sample)');
		expect(printed).toMatch(new RegExp(`\\bMelton\\s+${melton}\\s`));
		expect(joined).toContain('police.uk street-level crime, Leicestershire Police, October 2023');
		expect(printed).toMatch(new RegExp(`\\b${rare}\\s+${rareCount}\\s`));
		expect(printed).not.toContain('fewer than 5');
		// With Safer Streets in the same pack, the before-and-after comparison prints once, in its section,
		// and the Crime section points to it.
		await openPack(page, '/pack?meeting=Police+and+Crime+Panel&view=safer-streets&view=crime', 3);
		await expect(page.locator('#pack-crime').getByTestId('before-after-pointer')).toContainText("compared in this pack's Safer Streets section");
		await expect(page.locator('#pack-safer-streets').getByTestId('before-after')).toHaveCount(1);
		await expect(page.getByTestId('before-after')).toHaveCount(1);
	});
});
