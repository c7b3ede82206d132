/**
 * The browser tests' `test`: each worker keeps one browser context for all its
 * tests, with its profile on disk (`contextOnDisk`), so the app's files (the 33 MB
 * query engine among them) are fetched once per worker, not once per test. Before each test the context is emptied of what
 * a test can leave behind (IndexedDB, localStorage, Cache Storage, service
 * workers, cookies, permissions) and every page of the last test is closed, so
 * tests stay independent. A test that needs options of its own on the context
 * (permissions, JavaScript off) makes its own with `browser.newContext()`, or its
 * file imports `test` from `@playwright/test` for a fresh context per test.
 *
 * `appPage` goes further, for journeys that only read the embedded data and leave
 * nothing behind (no upload, no stored preference, no meetings log entry): one
 * page of the app per worker, kept open from test to test in a context of its own,
 * so its engine is started once per worker and each test reaches its pages in the
 * app (`visit` in helpers.ts), 0.1-0.7 s a page against 2-4 s for a fresh start.
 * Before each test it proves the page holds nothing another test could have left
 * (`leftovers`: nothing the app keeps on the device, no file given to the page,
 * and the last test on it passed); otherwise it empties the device and starts a
 * fresh page, so a test never sees another's leftovers (isolation.spec.ts).
 */
import { databaseFilePath } from '../src/lib/database/duckdb-browser';
import { followInApp } from './helpers';
import { expect, test as base, type BrowserContext, type BrowserContextOptions, type BrowserType, type CDPSession, type LaunchOptions, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// What the app keeps on the device, by Chrome DevTools Protocol name. Not "cache":
// the HTTP cache is what this fixture exists to keep.
const storageTypes = ['indexeddb', 'local_storage', 'cache_storage', 'service_workers', 'file_systems', 'websql', 'storage_buckets'].join(',');

/** In the page: whether a tab's engine holds the database file (it cannot be written while a sync access handle is open on it). */
async function databaseFileHeld(): Promise<boolean> {
	const root = await navigator.storage.getDirectory();
	const file = await root.getFileHandle('scrutiny-kept.duckdb').catch(() => undefined);
	if (!file) return false;
	try {
		await (await file.createWritable({ keepExistingData: true })).abort();
		return false;
	} catch {
		return true;
	}
}

/** In the page: the names in the origin's private file system. */
async function originFiles(): Promise<string[]> {
	const root = (await navigator.storage.getDirectory()) as FileSystemDirectoryHandle & { keys(): AsyncIterable<string> };
	const names: string[] = [];
	for await (const name of root.keys()) names.push(name);
	return names;
}

/**
 * Empties the context of everything a test can leave in it for the app's origin. The page it empties it through is
 * closed, or with `keep`, left on about:blank and returned, for the next test to use as its own new page (a page
 * fewer opened and closed per test).
 */
export async function clearDevice(context: BrowserContext, origin: string, { keep = false }: { keep?: boolean } = {}): Promise<Page | undefined> {
	for (const page of context.pages()) await page.close();
	await context.clearCookies();
	await context.clearPermissions();
	// Storage is cleared through a page of the context, which shares its storage: a page of the origin where the app
	// does not run (its icon), so it can see the origin's files.
	const blank = await context.newPage();
	let session: CDPSession | undefined;
	try {
		await blank.goto(`${origin}/favicon.svg`);
		// A closed tab's engine may hold the database file for a moment. With the profile on disk, snapshot.spec's first
		// page, run after police-uk.spec in the same worker, found the file held and worked in memory (so its reload found
		// nothing in the file): the file is waited for until no engine holds it, and the origin's files until they are gone.
		await expect(async () => expect(await blank.evaluate(databaseFileHeld)).toBe(false)).toPass({ timeout: 20_000 });
		session = await context.newCDPSession(blank);
		await session.send('Storage.clearDataForOrigin', { origin, storageTypes });
		await expect(async () => expect(await blank.evaluate(originFiles)).toEqual([])).toPass({ timeout: 20_000 });
	} catch (error) {
		await blank.close();
		throw error;
	} finally {
		await session?.detach().catch(() => undefined);
	}
	if (!keep) {
		await blank.close();
		return undefined;
	}
	await blank.goto('about:blank');
	return blank;
}

/** What a context's options are, from the project's (base URL, locale, time zone, viewport…), as Playwright would pass them. */
function contextOptions(use: BrowserContextOptions): BrowserContextOptions {
	const { baseURL, locale, timezoneId, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, colorScheme } = use;
	return { baseURL, locale, timezoneId, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, colorScheme, acceptDownloads: true };
}

/**
 * A context with a profile on disk, in a browser of its own, closed and its profile removed by `close`. Why not
 * `browser.newContext()`: a context made that way keeps its HTTP cache in memory, where Chromium stores no entry
 * above an eighth of that cache (a few MB), so the 33 MB query engine was downloaded again at every start of
 * the app (seen in the worker's resource timing: 34,242,886 bytes each time). With the profile on disk it comes
 * from the disk cache (0 bytes), as it does for a user: about 0.4 s less to a view's figures at each start
 * (medians of six alternated starts of /referrals: 2.56 s against 3.00 s), and the preview server no longer
 * sends 34 MB per start.
 */
async function contextOnDisk(chromium: BrowserType, use: BrowserContextOptions & { launchOptions?: LaunchOptions }): Promise<{ context: BrowserContext; close(): Promise<void> }> {
	const profile = await mkdtemp(join(tmpdir(), 'scrutiny-browser-'));
	const context = await chromium.launchPersistentContext(profile, { ...use.launchOptions, ...contextOptions(use) });
	// A profile opens with a blank tab; the fixtures count the context's pages, so it goes.
	for (const page of context.pages()) await page.close();
	return {
		context,
		async close() {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		}
	};
}

/**
 * What a page of the app could leave for the next test to see, in words (empty: nothing): anything the app
 * keeps on the device (localStorage, the app's "uploaded" mark among it; sessionStorage; IndexedDB databases,
 * where uploads and the meetings log are kept; the origin's private file system; Cache Storage; service
 * workers), and a file given to the page (a file input's change or a drop), which the app may hold in its
 * engine for the session only. The last is seen by the shared context's init script below, not by the app.
 */
export async function leftovers(page: Page): Promise<string[]> {
	return page.evaluate(
		async (engineFile) => {
			const found: string[] = [];
			if (localStorage.length > 0) found.push(`localStorage: ${Object.keys(localStorage).join(', ')}`);
			// SvelteKit's router keeps scroll positions (and snapshots, which no page of the app takes) in sessionStorage on a reload: not the app's.
			const session = Object.keys(sessionStorage).filter((key) => !key.startsWith('sveltekit:'));
			if (session.length > 0) found.push(`sessionStorage: ${session.join(', ')}`);
			// The app opens its stores as it starts: a database is a leftover only if a store in it holds a record.
			for (const { name } of await indexedDB.databases()) {
				if (!name) continue;
				const database = await new Promise<IDBDatabase>((resolve, reject) => {
					const request = indexedDB.open(name);
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${name} could not be opened`));
				});
				const stores = [...database.objectStoreNames];
				const counts = await Promise.all(
					stores.map(
						(store) =>
							new Promise<number>((resolve, reject) => {
								const request = database.transaction(store, 'readonly').objectStore(store).count();
								request.onsuccess = () => resolve(request.result);
								request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${name}/${store} could not be counted`));
							})
					)
				);
				database.close();
				const held = stores.flatMap((store, index) => (counts[index]! > 0 ? [`${store} ${counts[index]}`] : []));
				if (held.length > 0) found.push(`IndexedDB ${name}: ${held.join(', ')}`);
			}
			const files: string[] = [];
			const root = (await navigator.storage.getDirectory()) as FileSystemDirectoryHandle & { keys(): AsyncIterable<string> };
			// The engine's own database file (and its log) is written at every start with the embedded extracts: not a
			// leftover in itself. What it holds beyond them is an upload, which the app records in IndexedDB (counted
			// above) or a file given to the page (below).
			for await (const name of root.keys()) if (name !== engineFile && name !== `${engineFile}.wal`) files.push(name);
			if (files.length > 0) found.push(`private file system: ${files.join(', ')}`);
			if ((await caches.keys()).length > 0) found.push('Cache Storage');
			if (((await navigator.serviceWorker?.getRegistrations()) ?? []).length > 0) found.push('a service worker');
			const given = (window as unknown as { __testFileGiven?: string }).__testFileGiven;
			if (given) found.push(`a file given to the page (${given})`);
			return found;
		},
		databaseFilePath.replace('opfs://', '')
	);
}

/** The worker's shared page of the app, and what it has seen (for the test now using it). */
interface SharedApp {
	readonly context: BrowserContext;
	page: Page | undefined;
	/** Why the page must not be used again as it is (the last test on it failed), or empty. */
	spoilt: string;
	/** How the current test got the page: "reused" or "fresh: <why>". */
	how: string;
	readonly offOrigin: string[];
	readonly violations: string[];
}

/**
 * What the shared page has seen since it was opened (its start and every journey on it, this one's included):
 * requests off the app's origin and Content-Security-Policy violations.
 */
export interface AppWatch {
	readonly offOrigin: readonly string[];
	readonly violations: readonly string[];
}

/** The page each worker context was last emptied through (see `clearDevice`), until a test takes it as its page. */
const emptiedThrough = new WeakMap<BrowserContext, Page | undefined>();

export const test = base.extend<{ appPage: Page; appWatch: AppWatch }, { workerContext: BrowserContext; sharedApp: SharedApp }>({
	workerContext: [
		async ({ playwright }, use, workerInfo) => {
			const { context, close } = await contextOnDisk(playwright.chromium, workerInfo.project.use);
			await use(context);
			await close();
		},
		{ scope: 'worker' }
	],
	sharedApp: [
		async ({ playwright }, use, workerInfo) => {
			// A context of its own: emptying the worker's other context before each test leaves this one alone.
			const { context, close } = await contextOnDisk(playwright.chromium, workerInfo.project.use);
			const origin = new URL(workerInfo.project.use.baseURL!).origin;
			const shared: SharedApp = { context, page: undefined, spoilt: '', how: '', offOrigin: [], violations: [] };
			context.on('request', (request) => {
				const url = new URL(request.url());
				if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) shared.offOrigin.push(request.url());
			});
			await context.exposeFunction('__testReportViolation', (text: string) => shared.violations.push(text));
			await context.addInitScript(() => {
				const seen = window as unknown as { __testFileGiven?: string; __testReportViolation(text: string): void };
				document.addEventListener('securitypolicyviolation', (event) => seen.__testReportViolation(`${event.violatedDirective} blocked ${event.blockedURI}`));
				// Capture phase, so the app cannot hide them: a file chosen or dropped anywhere in the page.
				const given = (event: Event) => {
					const files = event instanceof DragEvent ? event.dataTransfer?.files : (event.target as HTMLInputElement | null)?.files;
					if (files && files.length > 0) seen.__testFileGiven = [...files].map((file) => file.name).join(', ');
				};
				addEventListener('change', given, true);
				addEventListener('drop', given, true);
			});
			await use(shared);
			await close();
		},
		{ scope: 'worker' }
	],
	appPage: async ({ sharedApp, baseURL, viewport }, use, testInfo) => {
		const origin = new URL(baseURL!).origin;
		const open = sharedApp.page;
		/** Why the page cannot be given as it is, or empty when it can. */
		const why =
			!open || open.isClosed()
				? 'no page open yet'
				: sharedApp.spoilt ||
					(!open.url().startsWith(origin) ? `it was at ${open.url()}` : (await leftovers(open).catch((error: unknown) => [`it could not be read: ${String(error)}`])).join('; '));
		// Any page a test opened beside it (a popup) goes too.
		for (const other of sharedApp.context.pages()) if (other !== open || why) await other.close();
		if (why) {
			await clearDevice(sharedApp.context, origin);
			// What the page saw is kept from its start (its engine's download among it), not only from this test's.
			sharedApp.offOrigin.length = 0;
			sharedApp.violations.length = 0;
			sharedApp.page = await sharedApp.context.newPage();
		} else if (new URL(open!.url()).pathname !== '/accessibility') {
			// A neutral page between tests: the last test's view is taken down, so the next starts from a fresh component.
			await followInApp(open!, '/accessibility');
		}
		sharedApp.spoilt = '';
		sharedApp.how = why ? `fresh: ${why}` : 'reused';
		testInfo.annotations.push({ type: 'appPage', description: sharedApp.how });
		const page = sharedApp.page!;
		if (viewport) await page.setViewportSize(viewport);
		// A test may have emulated print: the next sees the screen.
		await page.emulateMedia({ media: null });
		await use(page);
		if (testInfo.status !== testInfo.expectedStatus) sharedApp.spoilt = `the last test on it, "${testInfo.title}", ${testInfo.status}`;
	},
	appWatch: async ({ appPage, sharedApp }, use) => {
		void appPage;
		await use({ offOrigin: sharedApp.offOrigin, violations: sharedApp.violations });
	},
	context: async ({ workerContext, baseURL }, use) => {
		// The page the context was emptied through is the test's page, if it asks for one (`page` below); left on
		// about:blank, it holds nothing of the app's for a test that opens its own pages.
		emptiedThrough.set(workerContext, await clearDevice(workerContext, new URL(baseURL!).origin, { keep: true }));
		await use(workerContext);
		// Pages are closed here, not left to the next test, so a tab's locks and channels end with its test.
		for (const page of workerContext.pages()) await page.close();
	},
	page: async ({ context, viewport }, use) => {
		const kept = emptiedThrough.get(context);
		emptiedThrough.delete(context);
		const page: Page = kept && !kept.isClosed() ? kept : await context.newPage();
		// A file's test.use({ viewport }) is a context option: applied here to the page instead.
		if (viewport) await page.setViewportSize(viewport);
		await use(page);
	}
});

export { expect, type Page } from '@playwright/test';
