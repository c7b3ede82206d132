/**
 * The browser tests' `test`: each worker keeps one browser context for all its
 * tests, so the app's files (the 33 MB query engine among them) are fetched once
 * per worker, not once per test. Before each test the context is emptied of what
 * a test can leave behind (IndexedDB, localStorage, Cache Storage, service
 * workers, cookies, permissions) and every page of the last test is closed, so
 * tests stay independent. A test that needs options of its own on the context
 * (permissions, JavaScript off) makes its own with `browser.newContext()`, or its
 * file imports `test` from `@playwright/test` for a fresh context per test.
 */
import { test as base, type BrowserContext, type BrowserContextOptions, type CDPSession, type Page } from '@playwright/test';

// What the app keeps on the device, by Chrome DevTools Protocol name. Not "cache":
// the HTTP cache is what this fixture exists to keep.
const storageTypes = ['indexeddb', 'local_storage', 'cache_storage', 'service_workers', 'file_systems', 'websql', 'storage_buckets'].join(',');

/** Empties the context of everything a test can leave in it for the app's origin. */
export async function clearDevice(context: BrowserContext, origin: string): Promise<void> {
	for (const page of context.pages()) await page.close();
	await context.clearCookies();
	await context.clearPermissions();
	// Storage is cleared through a page of the context, which shares its storage.
	const blank = await context.newPage();
	let session: CDPSession | undefined;
	try {
		session = await context.newCDPSession(blank);
		await session.send('Storage.clearDataForOrigin', { origin, storageTypes });
	} finally {
		await session?.detach().catch(() => undefined);
		await blank.close();
	}
}

export const test = base.extend<object, { workerContext: BrowserContext }>({
	workerContext: [
		async ({ browser }, use, workerInfo) => {
			// The project's context options (base URL, locale, time zone, viewport…), as Playwright would pass them.
			const { baseURL, locale, timezoneId, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, colorScheme } = workerInfo.project.use;
			const options: BrowserContextOptions = { baseURL, locale, timezoneId, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, colorScheme, acceptDownloads: true };
			const context = await browser.newContext(options);
			await use(context);
			await context.close();
		},
		{ scope: 'worker' }
	],
	context: async ({ workerContext, baseURL }, use) => {
		await clearDevice(workerContext, new URL(baseURL!).origin);
		await use(workerContext);
		// Pages are closed here, not left to the next test, so a tab's locks and channels end with its test.
		for (const page of workerContext.pages()) await page.close();
	},
	page: async ({ context, viewport }, use) => {
		const page: Page = await context.newPage();
		// A file's test.use({ viewport }) is a context option: applied here to the page instead.
		if (viewport) await page.setViewportSize(viewport);
		await use(page);
	}
});

export { expect, type Page } from '@playwright/test';
