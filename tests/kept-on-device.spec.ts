import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test, type Page } from './fixtures';
import { noPoliceUkFixtures, policeUkFixtures } from '../src/lib/datasets/police-uk-fixtures';
import { crimeTotalTable, datasetRow, fileInput, followInApp, loadedNotice, openInteractive, waitForData } from './helpers';

// A real police.uk month (../shared/fixtures/police-uk), its rows counted here from the file.
const folder = policeUkFixtures();
test.skip(folder === undefined, noPoliceUkFixtures);
const path = join(folder ?? '', '2022-10-leicestershire-street.csv');
const rows = folder === undefined ? 0 : Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data.length;
const figure = rows.toLocaleString('en-GB');
const crimeRow = (page: Page) => datasetRow(page, 'Street-level crime (police.uk)');
/** The notice every page gives once when the database file on the device could not be read. */
const fileNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'The database file this dashboard keeps on this device' });

/** The names of this document's performance marks and measures. */
function timeline(page: Page): Promise<string[]> {
	return page.evaluate(() => performance.getEntries().map((entry) => entry.name));
}

/** Reloads the page (the Data page) and waits for its figures, the upload's rows among them; answers the reloaded document's steps. */
async function reloadWithUpload(page: Page): Promise<string[]> {
	await page.reload();
	await waitForData(page, 60_000);
	await expect(crimeRow(page)).toContainText(figure);
	return timeline(page);
}

/** The names of the files in the origin's private file system, with their sizes. */
function deviceFiles(page: Page): Promise<Record<string, number>> {
	return page.evaluate(async () => {
		const files: Record<string, number> = {};
		const root = (await navigator.storage.getDirectory()) as FileSystemDirectoryHandle & { entries(): AsyncIterable<[string, FileSystemHandle]> };
		for await (const [name, handle] of root.entries()) if (handle.kind === 'file') files[name] = (await (handle as FileSystemFileHandle).getFile()).size;
		return files;
	});
}

/**
 * Overwrites the database file on the device with bytes no engine can read, from a page of the origin
 * where the app does not run (its icon), once every tab has let go of it (a closed tab's worker may
 * hold it for a moment).
 */
async function damageDatabaseFile(page: Page): Promise<void> {
	await page.goto('/favicon.svg');
	await expect(async () => {
		await page.evaluate(async () => {
			const root = await navigator.storage.getDirectory();
			const writable = await (await root.getFileHandle('scrutiny-kept.duckdb')).createWritable();
			await writable.write(new TextEncoder().encode('not a database file '.repeat(1_000)));
			await writable.close();
		});
	}).toPass({ timeout: 20_000 });
}

/**
 * The Crime view's table of all recorded crime by month, with October 2022 and its count. The view is reached
 * by a link, in the same page: the engine is not started again, so what it shows is what the page read at its start.
 */
async function expectOctober(page: Page) {
	await followInApp(page, '/crime');
	await waitForData(page, 60_000);
	await expect((await crimeTotalTable(page)).getByRole('row', { name: 'October 2022' })).toContainText(figure);
}

/*
 * One device, from a database file the app never wrote to an upload kept in it: a damaged file before the first
 * figures, a load refused for want of room, the load kept in the file over a reload, then the file damaged under
 * that load. One journey, where it was three tests each starting on an emptied device (six engine starts here
 * against eleven, and one load of the month where there were three); each check is a step and keeps its words.
 */
test('one device: a damaged database file before the first figures is replaced and said once; a load with no room is refused before anything is read; a load kept in the file comes back after a reload with no file read; damaged under that load, the file is replaced and the load rebuilt, said once', async ({
	page,
	context
}) => {
	test.setTimeout(240_000);

	await test.step('a database file no engine can read, on a device that never had one, is replaced before the first figures, and the page says so once', async () => {
		// Written from a page of the origin where the app does not run, before the app has ever started here.
		await page.goto('/favicon.svg');
		await page.evaluate(async () => {
			const root = await navigator.storage.getDirectory();
			const writable = await (await root.getFileHandle('scrutiny-kept.duckdb', { create: true })).createWritable();
			await writable.write(new TextEncoder().encode('not a database file '.repeat(1_000)));
			await writable.close();
		});
		await openInteractive(page, '/data');
		await expect(fileNotice(page)).toContainText('replaced with a new one. Nothing was lost', { timeout: 60_000 });
		const steps = await timeline(page);
		expect(steps).toContain('engine: damaged database file replaced');
		expect(steps).toContain('engine: datasets in the file on this device');
		await expect(crimeRow(page)).not.toContainText('Loading');
	});

	await test.step('a device with no room to keep a load refuses it before anything is read, names the file, and changes nothing on screen or on the device', async () => {
		await waitForData(page, 60_000);
		const before = (await crimeRow(page).textContent()) ?? '';
		// The browser lets the site keep only a little more than it keeps now: Chromium's storage quota, set by the DevTools
		// Protocol, which the engine's writes meet (without the check, the load would never end); and what the page asks the
		// browser (`navigator.storage.estimate()`), which the override leaves as it was, made to say the same.
		const session = await context.newCDPSession(page);
		const origin = new URL(page.url()).origin;
		const { usage = 0 } = await page.evaluate(() => navigator.storage.estimate());
		const quota = usage + 100_000;
		await session.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: quota });
		await page.evaluate((quota) => {
			const real = navigator.storage.estimate.bind(navigator.storage);
			navigator.storage.estimate = async () => ({ ...(await real()), quota });
		}, quota);
		try {
			await fileInput(page).setInputFiles(path);
			const upload = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '2022-10-leicestershire-street.csv' }) });
			const alert = upload.getByRole('alert');
			await expect(alert).toContainText('There is not enough room on this device to keep 2022-10-leicestershire-street.csv');
			await expect(alert).toContainText('Nothing was loaded');
			await expect(alert).toContainText('Free some space on this device');
			// Nothing was read, nothing changed on screen, and nothing was kept.
			expect((await timeline(page)).filter((step) => step.startsWith('upload:') && step !== 'upload: recognise' && step !== 'upload: first lines')).toEqual([]);
			await expect(crimeRow(page)).toHaveText(before);
		} finally {
			await session.send('Storage.overrideQuotaForOrigin', { origin });
			await page.evaluate(() => Reflect.deleteProperty(navigator.storage, 'estimate'));
			await session.detach();
		}
		// Nothing of the refused load was kept: a reload shows the dataset as it was.
		await page.reload();
		await expect(crimeRow(page)).toHaveText(before, { timeout: 60_000 });
	});

	await test.step('the replaced file is a database now: the page after takes it as it is, and says nothing more', async () => {
		// The reload above, the first page after the one that replaced the file (one start of the engine for both checks,
		// where each had a reload of its own): far from the bytes written over it, the file is taken as it is.
		const after = await timeline(page);
		expect(after).toContain('engine: datasets in the file on this device');
		expect(after).not.toContain('engine: damaged database file replaced');
		await expect(fileNotice(page)).toHaveCount(0);
	});

	await test.step('with room again, the same file loads (the engine was never left stuck on a write), into the database file on the device', async () => {
		await fileInput(page).setInputFiles(path);
		await expect(loadedNotice(page)).toContainText(`${figure} rows loaded into the street-level crime (police.uk)`, { timeout: 60_000 });
		expect(await timeline(page)).toContain('engine: datasets in the file on this device');
		// The columnar form, for other tabs, is written in the background after the load: here it has been, so nothing is left to write after the reload.
		await page.waitForFunction(() => performance.getEntriesByName('kept: columnar form saved').length > 0, undefined, { timeout: 60_000 });
	});

	await test.step('after a reload its figures are back with no file read and no columnar form reopened', async () => {
		const steps = await reloadWithUpload(page);
		expect(steps).toContain('engine: datasets in the file on this device');
		expect(steps).toContain('reopen: database file');
		// No step of an upload ran (the CSV was not read again), and the columnar form was neither reopened nor written.
		expect(steps.filter((step) => step.startsWith('upload:'))).toEqual([]);
		expect(steps).not.toContain('reopen: kept dataset');
		expect(steps).not.toContain('kept: columnar form saved');
		// Nor was any embedded extract fetched (the timeline holds the page's requests): each was taken from the file too.
		expect(steps).toContain('reopen: embedded extract in the database file');
		expect(steps.filter((step) => /\.csv(\?|$)/.test(step))).toEqual([]);
		await expectOctober(page);
	});

	await test.step('a damaged file under the load is replaced and the upload rebuilt, said once', async () => {
		// The file is damaged while no tab is open (here: overwritten). The next page replaces it with a fresh
		// one and rebuilds the upload from what IndexedDB keeps, with the same figures, and says so once.
		const damaged = await context.newPage();
		await page.close();
		await damageDatabaseFile(damaged);
		expect((await deviceFiles(damaged))['scrutiny-kept.duckdb']).toBe('not a database file '.length * 1_000);
		await openInteractive(damaged, '/data');
		await waitForData(damaged, 60_000);
		await expect(crimeRow(damaged)).toContainText(figure);
		const repaired = await timeline(damaged);
		expect(repaired).toContain('engine: damaged database file replaced');
		expect(repaired).toContain('engine: datasets in the file on this device');
		expect(repaired).toContain('reopen: kept dataset');
		expect(repaired.filter((step) => step.startsWith('upload:'))).toEqual([]);
		await expect(fileNotice(damaged)).toContainText('replaced with a new one. Nothing was lost');
		await expectOctober(damaged);
		// The fresh file now holds the upload: a reload takes it from there, and says nothing more.
		await followInApp(damaged, '/data');
		const after = await reloadWithUpload(damaged);
		expect(after).toContain('reopen: database file');
		expect(after).not.toContain('engine: damaged database file replaced');
		await expect(fileNotice(damaged)).toHaveCount(0);
	});
});

/*
 * Where the datasets live when a tab cannot have the file: a browser with no file system for it, then a second tab
 * while another holds it. One journey on one device, where it was two tests each loading the month afresh: the load
 * made where there is no file system is the one the file's tab and the second tab then read from its columnar form.
 */
test("no file system, then a second tab: an upload where the browser offers no file system is kept in IndexedDB in its columnar form and comes back after a reload from it; a tab with the file reads it from there; a second tab, told by the first tab's lock that the file is held, works in memory at once from the columnar form and still shows the uploaded figures; once the first closes, a reload takes the file", async ({
	page,
	context
}) => {
	test.setTimeout(240_000);

	await test.step('where the browser offers no file system for the database, the upload is kept in IndexedDB in its columnar form and comes back after a reload from it', async () => {
		// As in a browser without the origin-private file system: the engine works in memory.
		await page.addInitScript(() => {
			Object.defineProperty(StorageManager.prototype, 'getDirectory', { value: undefined });
		});
		await openInteractive(page, '/data');
		await fileInput(page).setInputFiles(path);
		await expect(loadedNotice(page)).toContainText(`${figure} rows loaded`, { timeout: 60_000 });
		expect(await timeline(page)).toContain('engine: in memory only');
		await page.waitForFunction(() => performance.getEntriesByName('kept: columnar form saved').length > 0, undefined, { timeout: 60_000 });

		const steps = await reloadWithUpload(page);
		expect(steps).toContain('reopen: kept dataset');
		expect(steps.filter((step) => step.startsWith('upload:'))).toEqual([]);
		await expectOctober(page);
		// That browser goes: it never held the file, nor its lock.
		await page.close();
	});

	// A tab of a browser with the file system takes the file, and the upload into it from the columnar form.
	const first = await context.newPage();
	await test.step('a tab with the file system takes the file, and the upload into it from its columnar form', async () => {
		await openInteractive(first, '/data');
		await waitForData(first, 60_000);
		await expect(crimeRow(first)).toContainText(figure);
		const steps = await timeline(first);
		expect(steps).toContain('engine: datasets in the file on this device');
		expect(steps).toContain('reopen: kept dataset');
		expect(steps.filter((step) => step.startsWith('upload:'))).toEqual([]);
	});

	await test.step("a second tab, told by the first tab's lock that the file is held, works in memory at once from the columnar form and still shows the uploaded figures; once the first closes, a reload takes the file", async () => {
		const second = await context.newPage();
		await openInteractive(second, '/data');
		await waitForData(second, 60_000);
		await expect(crimeRow(second)).toContainText(figure);
		const steps = await timeline(second);
		expect(steps).toContain('engine: in memory only');
		// How long the second tab spent deciding where its tables live (the measure around the file's opening).
		const deciding = await second.evaluate(() => performance.getEntriesByName('engine: database file opened')[0]?.duration ?? -1);
		test.info().annotations.push({ type: 'second tab: database file decided (ms)', description: String(Math.round(deciding)) });
		console.log(`second tab: database file decided in ${Math.round(deciding)} ms`);
		// It knew at once, from the first tab's lock on the file, and never tried the file itself.
		expect(steps).toContain('engine: database file held by another tab');
		expect(steps).not.toContain('reopen: database file');
		// It opened the columnar form: the CSV was not read again.
		expect(steps).toContain('reopen: kept dataset');
		expect(steps.filter((step) => step.startsWith('upload:'))).toEqual([]);
		// Nothing on the page says something went wrong.
		await expect(second.getByRole('alert')).toHaveCount(0);
		await expectOctober(second);
		// The first tab still holds the file and its figures.
		await expectOctober(first);

		// Once the first tab is closed, a reload of the second takes the file, and finds the upload there.
		await first.close();
		await followInApp(second, '/data');
		const reloaded = await reloadWithUpload(second);
		expect(reloaded).toContain('engine: datasets in the file on this device');
		expect(reloaded).toContain('reopen: database file');
		expect(reloaded.filter((step) => step.startsWith('upload:'))).toEqual([]);
	});
});
