import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** Every request the page makes that leaves its own origin (data: and blob: stay on the device). */
export function watchOffOriginRequests(page: Page, origin: string): string[] {
	const offOrigin: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.origin !== origin) offOrigin.push(request.url());
	});
	return offOrigin;
}

/** Content-Security-Policy violations the page reports. */
export async function watchPolicyViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} blocked ${event.blockedURI}`);
		});
	});
	return violations;
}

/**
 * What is still coming on a page: a view whose figures are not drawn yet (`data-ready` other
 * than "true") or a dataset still loading (`data-state="loading"`, which the views' ready signal replaces).
 */
export const notReady = '[data-ready]:not([data-ready="true"]), [data-state="loading"]';

/** Waits until every view and dataset on the page says it is ready; `timeout` for a slow load. */
export async function waitForData(page: Page, timeout?: number): Promise<void> {
	await expect(page.locator(notReady)).toHaveCount(0, { timeout });
}

/**
 * Runs axe for WCAG 2.2 AA and fails with the rule ids and elements if anything is found. In axe's legacy mode: the
 * default opens a blank page (a new renderer) at every scan to put each frame's results together, and the app has no
 * frames. Only violations are gathered in full, the one result read. Together a scan took 0.25-0.65 s where it took
 * 0.5-1.3 s (nine pages, same findings).
 */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.setLegacyMode()
		.options({ resultTypes: ['violations'] })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const found = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
	expect(found).toEqual([]);
}

/** Opens a page and waits until it is interactive (Svelte has attached its handlers). */
export async function openInteractive(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-hydrated="true"]').waitFor();
}

/**
 * Goes to another page of the app the way a reader following a link does: SvelteKit's router draws it in
 * the same document, so the query engine and the datasets already loaded stay (as they do for a reader
 * using the navigation), where `page.goto` would start the engine afresh and load every dataset again,
 * 2-4 s a page on a 2-core machine against 0.1-0.7 s this way. For checks of what a page shows (a scan
 * of every route); a journey that is about a fresh load or a reload keeps `page.goto` / `page.reload`.
 * The page must already be the app, hydrated (open the first page with `openInteractive`).
 */
export async function followInApp(page: Page, path: string): Promise<void> {
	// Before the app has started, a click would load the page afresh.
	await page.locator('html[data-hydrated="true"]').waitFor();
	const target = new URL(path, page.url());
	await page.evaluate((href) => {
		const link = document.createElement('a');
		link.href = href;
		link.textContent = href;
		document.body.append(link);
		link.click();
		link.remove();
	}, target.pathname + target.search);
	await page.waitForURL(target.href);
	// The router changes the address once the page's code is loaded and draws it in the same turn: a frame later it is on screen.
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Opens a page of the app in whichever way keeps the engine: followed in the app (`followInApp`) when the
 * page already shows the app, opened afresh (`openInteractive`) when it does not yet (a new page). For
 * `appPage` journeys (tests/fixtures.ts), which start on a page that may or may not hold the app.
 */
export async function visit(page: Page, path: string): Promise<void> {
	const onApp = page.url().startsWith('http') && (await page.locator('html[data-hydrated="true"]').count()) > 0;
	if (onApp) await followInApp(page, path);
	else await openInteractive(page, path);
}

/** Every SVG text on the page with the size it is drawn at: its font size times the SVG's scale on screen. */
export async function svgTextSizes(page: Page): Promise<{ text: string; size: number }[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('svg text')]
			.filter((node) => (node.textContent ?? '').trim() !== '' && node.getBoundingClientRect().height > 0)
			.map((node) => {
				const svg = (node as SVGTextElement).ownerSVGElement!;
				const box = svg.viewBox.baseVal;
				const scale = box && box.width > 0 ? svg.getBoundingClientRect().width / box.width : 1;
				return { text: (node.textContent ?? '').trim(), size: parseFloat(getComputedStyle(node).fontSize) * scale };
			})
	);
}

/** No sideways page scroll at this width, and no chart text drawn under 12 px, once the charts have measured their boxes. */
export async function expectReadableAndNoSidewaysScroll(page: Page, width: number): Promise<void> {
	// Charts lay themselves out once they have measured their box.
	await expect(page.locator('svg[data-measured="false"]')).toHaveCount(0);
	await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
	await expect.poll(async () => (await svgTextSizes(page)).filter((text) => text.size < 11.99)).toEqual([]);
}

/**
 * Opens a folded table (a `<details>`) by its summary, as a reader does, and waits for it to be drawn: a
 * folded table draws its rows only while open. `summary` is the start of the summary's words.
 */
export async function unfold(page: Page, summary: string | RegExp, within: Page | Locator = page): Promise<void> {
	const fold = within.locator('details.folded-table').filter({ has: page.locator('summary', { hasText: summary }) });
	const count = await fold.count();
	if (count === 0) throw new Error(`No folded table whose summary says ${String(summary)}`);
	for (let index = 0; index < count; index++) {
		const one = fold.nth(index);
		if ((await one.getAttribute('open')) === null) await one.locator('summary').click();
		await expect(one).toHaveAttribute('data-drawn', 'true');
	}
}

/** Opens every folded table on the page, so a check of the page (its width, its text) covers what they hold too. */
export async function unfoldAll(page: Page): Promise<void> {
	const closed = page.locator('details.folded-table:not([open])');
	for (let count = await closed.count(); count > 0; count = await closed.count()) {
		await closed.first().locator('summary').click();
	}
	await expect(page.locator('details.folded-table[data-drawn="false"]')).toHaveCount(0);
}

/**
 * A view's "On this page" contents (issue 20, short pages): it follows the summary (and, unless
 * `chartFirst` is false, the first chart), and it links to every headed section below it, each link
 * in its heading's words, and to nothing else. Returns the links' targets, in order.
 */
export async function expectPageContents(page: Page, { chartFirst = true }: { chartFirst?: boolean } = {}): Promise<string[]> {
	const contents = page.getByRole('navigation', { name: 'On this page' });
	await expect(contents).toHaveCount(1);
	const found = await contents.evaluate((nav, chartFirst) => {
		const before = (a: Element | null, b: Element) => !!a && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
		const main = nav.closest('main') ?? document.body;
		const links = [...nav.querySelectorAll('a')].map((link) => ({ target: (link.getAttribute('href') ?? '').replace(/^#/, ''), words: link.textContent?.trim() ?? '' }));
		const headings = [...main.querySelectorAll('h2')].filter((heading) => before(nav, heading) && !nav.contains(heading));
		const firstChart = main.querySelector('[data-testid="chart"], [data-testid="xmr-chart"]');
		return {
			links,
			headings: headings.map((heading) => ({ id: heading.id, words: heading.textContent?.replace(/\s+/g, ' ').trim() ?? '' })),
			afterSummary: before(main.querySelector('[data-testid="summary"]'), nav),
			afterFirstChart: !chartFirst || before(firstChart, nav)
		};
	}, chartFirst);
	expect(found.afterSummary, 'the contents follow the summary').toBe(true);
	expect(found.afterFirstChart, 'the contents follow the first chart').toBe(true);
	expect(found.links.length).toBeGreaterThan(1);
	// Every section below is listed, in order, in its heading's words (a heading may add a status or tag after them).
	expect(found.links.map((link) => link.target)).toEqual(found.headings.map((heading) => heading.id));
	for (const [index, link] of found.links.entries())
		expect(found.headings[index]?.words.startsWith(link.words), `"${found.headings[index]?.words}" starts with "${link.words}"`).toBe(true);
	return found.links.map((link) => link.target);
}

/**
 * A reader's way down a short page: the contents checked as `expectPageContents` does, then its last link
 * followed by keyboard, which takes the reader to that section (the sources), in view and in the address.
 */
export async function followPageContents(page: Page, options: { chartFirst?: boolean } = {}): Promise<void> {
	const targets = await expectPageContents(page, options);
	await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').last().focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`#${targets.at(-1)}$`));
	await expect(page.locator(`h2#${targets.at(-1)}`)).toBeInViewport();
}

/** The Data page's file input, by its label (the drop zone's words). */
export function fileInput(page: Page): Locator {
	return page.getByLabel('Drop CSV files here, or choose files');
}

/** What the Data page says once a load is done: each dataset's rows loaded, or why it was not. */
export function loadedNotice(page: Page): Locator {
	return page.getByRole('status').filter({ hasText: / loaded into the |Not loaded:/ });
}

/** The Data page's table of datasets and their checks, by its caption. */
export function datasetsTable(page: Page): Locator {
	return page.getByRole('table', { name: 'Each dataset, what it holds and its checks' });
}

/** A dataset's row in the Data page's table, by the dataset's title (its first cell). */
export function datasetRow(page: Page, title: string): Locator {
	const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return datasetsTable(page).getByRole('row', { name: new RegExp(`^${escaped} `) });
}

/**
 * The Crime view's table of all recorded crime by month (the table of its XmR chart), its fold opened: a row per
 * month loaded, with that month's records. Found by the panel's heading and the table's caption.
 */
export async function crimeTotalTable(page: Page): Promise<Locator> {
	const panel = page.getByRole('region', { name: /^Crime and anti-social behaviour recorded/ });
	await unfold(page, "Show the table: each month's figure, limits and signal", panel);
	return panel.getByRole('table', { name: /each month's figure, the limits it is judged against/ });
}

/** Clicks a download button (the first so named within `within`) and returns the file's name and bytes. */
export async function download(page: Page, name: string, within: Page | Locator = page): Promise<{ fileName: string; bytes: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), within.getByRole('button', { name }).first().click()]);
	return { fileName: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** The CSV the section holding `table` downloads ("Download data (CSV)"), as text. */
export async function sectionCsv(page: Page, table: Locator, within: Page | Locator = page): Promise<string> {
	return (await download(page, 'Download data (CSV)', within.locator('section', { has: table }))).bytes.toString('utf8');
}

/**
 * Opens the page's own link again in the app, as a reader who copied it opens it from the navigation: the view is
 * taken down (on the accessibility statement, which draws no view) and drawn afresh from the link alone, so what it
 * shows comes from the address, not from what it held. The engine is kept: a fresh load of a link with filters (the
 * page sent without them, the filters applied once the app starts) is the Referrals and Crime journeys' reload and the pack's.
 */
export async function openLinkAgain(page: Page): Promise<void> {
	const link = new URL(page.url());
	await followInApp(page, '/accessibility');
	await followInApp(page, link.pathname + link.search);
}
