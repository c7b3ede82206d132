// Filter response: from changing the period or area to the updated chart
// drawn, on the Crime view after loading a street-crime dataset through the
// Data page. If the Crime view cannot be used, the same kind of change is
// timed on /referrals with its embedded data instead, and labelled so.
import { newContext } from './browser.js';
import { dataPageChecked, followLinkTo, uploadThroughDataPage } from './upload.js';

/** Changes made before the timed ones. */
const warmUpChanges = 2;

/** How long one filter change may take to show before it counts as timed out. */
const changeTimeoutMs = 15_000;

/**
 * In the page: changes one <select> as a user would (value, then change
 * event), then waits for the view to show the new figures. The view keeps the
 * old figures until the new ones are ready, then redraws its summary and first
 * chart together, so the first moment is the first DOM change in which the
 * summary's text differs (it names the period and area). The sections further
 * down redraw once that is painted and the page is idle, and the summary then
 * says so (`data-sections-current`): the second moment. Each time is taken
 * after the next frame's paint (requestAnimationFrame, then a message, which
 * runs after it).
 * @param {{ selector: string, value: string, timeoutMs: number }} change
 */
function changeAndTime({ selector, value, timeoutMs }) {
	return new Promise((resolve) => {
		const select = /** @type {HTMLSelectElement | null} */ (document.querySelector(selector));
		const main = document.querySelector('main');
		const summary = () => document.querySelector('[data-testid="summary"]');
		if (!select || !main) return resolve({ ok: false, reason: `no ${selector}` });
		const before = summary()?.textContent ?? '';
		let chartChanged = false;
		const target = (/** @type {Node} */ node) => (node instanceof Element ? node : node.parentElement);
		// When an XmR chart (a series panel) first redrew with the new figures, its limits recomputed: -1 until painted.
		/** @type {number | undefined} */
		let limitsMs;
		const inSeriesPanel = (/** @type {MutationRecord} */ m) =>
			target(m.target)?.closest('[data-testid="series-panel"]') ||
			[...m.addedNodes].some((n) => n instanceof Element && (n.matches('[data-testid="series-panel"]') || n.querySelector('[data-testid="series-panel"]')));
		/** @type {number | undefined} */
		let ms;
		const afterPaint = (/** @type {() => void} */ then) =>
			requestAnimationFrame(() => {
				const channel = new MessageChannel();
				channel.port1.onmessage = then;
				channel.port2.postMessage(null);
			});
		const limits = () => (limitsMs !== undefined && limitsMs >= 0 ? limitsMs : null);
		const timer = setTimeout(
			() => (observer.disconnect(), resolve(ms === undefined ? { ok: false, reason: 'timed out' } : { ok: true, ms, chartChanged, allMs: null, limitsMs: limits() })),
			timeoutMs
		);
		const observer = new MutationObserver((mutations) => {
			if (
				mutations.some(
					(m) => target(m.target)?.closest('[data-testid="chart"]') || [...m.addedNodes].some((n) => n instanceof Element && n.querySelector?.('[data-testid="chart"]'))
				)
			)
				chartChanged = true;
			if (limitsMs === undefined && mutations.some(inSeriesPanel)) {
				limitsMs = -1;
				afterPaint(() => (limitsMs = performance.now() - start));
			}
			if (ms === undefined) {
				if ((summary()?.textContent ?? '') === before) return;
				ms = -1;
				afterPaint(() => (ms = performance.now() - start));
			}
			// A view that draws every section at once never sets the attribute: both moments are the same.
			const current = summary()?.getAttribute('data-sections-current');
			if (current === 'false') return;
			observer.disconnect();
			afterPaint(() => {
				clearTimeout(timer);
				const allMs = performance.now() - start;
				resolve({ ok: true, ms: ms === undefined || ms < 0 ? allMs : ms, chartChanged, allMs, limitsMs: limits() });
			});
		});
		observer.observe(main, { subtree: true, childList: true, attributes: true, characterData: true });
		const start = performance.now();
		select.value = value;
		select.dispatchEvent(new Event('input', { bubbles: true }));
		select.dispatchEvent(new Event('change', { bubbles: true }));
	});
}

/**
 * The changes to make: area and period in turn, each a different value from
 * the last, cycling through the areas and a spread of years and quarters.
 * @param {{ periods: string[], areas: string[] }} options
 * @param {number} count
 */
export function planChanges({ periods, areas }, count) {
	/** @type {{ selector: string, value: string }[]} */
	const plan = [];
	let area = 0;
	let period = 0;
	for (let i = 0; i < count; i++) {
		if (i % 2 === 0 && areas.length > 1) plan.push({ selector: 'select#filter-area', value: areas[++area % areas.length] ?? '' });
		else if (periods.length > 1) plan.push({ selector: 'select#filter-period', value: periods[(period += 3) % periods.length] ?? '' });
	}
	return plan;
}

/**
 * Makes `count` filter changes on the view open in the page and times each.
 * @param {import('@playwright/test').Page} page
 * @param {number} count
 */
async function timeChanges(page, count) {
	const options = await page.evaluate(() => {
		const values = (/** @type {string} */ selector) => [...document.querySelectorAll(`${selector} option`)].map((option) => /** @type {HTMLOptionElement} */ (option).value);
		const periods = values('select#filter-period');
		// Years and quarters (and "all"): months are fine-grained enough to leave some areas empty at 10k rows.
		return { periods: periods.filter((value) => !/^\d{4}-\d{2}$/.test(value)), areas: values('select#filter-area') };
	});
	// Two changes first, not timed: the first use of each query prepares its statement and the page's code
	// for a redraw is compiled, which a user meets once, not on every change.
	const plan = planChanges(options, count + warmUpChanges);
	/** @type {{ selector: string, value: string, ok: boolean, ms?: number, allMs?: number | null, limitsMs?: number | null, chartChanged?: boolean, reason?: string }[]} */
	const timings = [];
	for (const [index, change] of plan.entries()) {
		const result = /** @type {{ ok: boolean, ms?: number, allMs?: number | null, limitsMs?: number | null, chartChanged?: boolean, reason?: string }} */ (
			await page.evaluate(changeAndTime, { ...change, timeoutMs: changeTimeoutMs })
		);
		if (index >= warmUpChanges) timings.push({ ...change, ...result });
		// Let the router and any trailing work settle, as a user's next click would.
		await page.waitForTimeout(150);
	}
	return timings;
}

/**
 * How many records the Crime view's summary says it holds for all periods and areas (0 if none).
 * @param {import('@playwright/test').Page} page
 */
async function recordsShown(page) {
	if (!(await page.locator('[data-testid="summary"]').count())) return 0;
	const text = (await page.locator('[data-testid="summary"]').textContent({ timeout: 10_000 })) ?? '';
	const match = /record ([\d,]+) crimes/.exec(text);
	return match?.[1] ? Number(match[1].replaceAll(',', '')) : 0;
}

/**
 * Loads each dataset on /data, opens /crime and times filter changes there.
 * @param {{ browser: import('@playwright/test').Browser, origin: string, datasets: Record<string, import('./data.js').Dataset>, changes: number, crimeBuilt: boolean, log: (line: string) => void }} options
 */
export async function measureFilters({ browser, origin, datasets, changes, crimeBuilt, log }) {
	/** @type {Record<string, { path: string, fallback: boolean, load?: import('./upload.js').UploadOutcome, records?: number, timings: Awaited<ReturnType<typeof timeChanges>>, error?: string, note?: string, uploadFailure?: string }>} */
	const results = {};
	let crimeUsable = crimeBuilt;
	for (const [name, dataset] of Object.entries(datasets)) {
		if (!crimeUsable) break;
		const context = await newContext(browser, origin);
		try {
			const page = await context.newPage();
			const load = await uploadThroughDataPage(page, dataset);
			if (!load.ok) log(`  ${name}: the upload reported a failure (${load.reason.slice(0, 160)}); timing filters on whatever reached the table`);
			// As a user who reads the Data page's checks of the new file before opening the view: the checks run
			// on the same engine, and a filter change made while they still run would be timed waiting for them.
			if (load.ok) await dataPageChecked(page);
			await followLinkTo(page, '/crime');
			await page.locator('[data-testid="summary"], [data-testid="crime-empty"]').first().waitFor({ timeout: 120_000 });
			const records = await recordsShown(page);
			if (!records) {
				results[name] = {
					path: '/crime',
					fallback: false,
					load,
					records,
					timings: [],
					error: `nothing to filter: the view shows no records after the upload (${load.ok ? 'loaded' : load.reason.slice(0, 160)})`
				};
				log(`  ${name}: no records on /crime; no filter timings at this size`);
				continue;
			}
			await page.locator('svg[data-testid="chart"] rect').first().waitFor({ timeout: 30_000 });
			await page.locator('select#filter-area').waitFor({ timeout: 10_000 });
			const timings = await timeChanges(page, changes);
			results[name] = {
				path: '/crime',
				fallback: false,
				load,
				records,
				timings,
				...(records === dataset.rows ? {} : { note: `filtered ${records.toLocaleString('en-GB')} rows, not ${dataset.rows.toLocaleString('en-GB')}` }),
				...(load.ok ? {} : { uploadFailure: load.reason })
			};
			const ok = timings
				.filter((t) => t.ok)
				.map((t) => t.ms ?? 0)
				.sort((a, b) => a - b);
			log(`  ${name}: ${ok.length}/${timings.length} changes answered, median ${(ok[Math.floor(ok.length / 2)] ?? NaN).toFixed(0)} ms`);
		} catch (error) {
			const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
			results[name] = { path: '/crime', fallback: false, timings: [], error: message };
			log(`  ${name}: the Crime view could not be used: ${message}`);
			if (name === Object.keys(datasets)[0]) crimeUsable = false;
		} finally {
			await context.close().catch(() => undefined);
		}
	}
	if (!crimeUsable) results['fallback'] = await referralsFallback(browser, origin, changes, log);
	return results;
}

/**
 * The fallback: filter changes on /referrals, whose embedded extract is small.
 * Not the street-crime sizes: it shows only what one change costs at small scale.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {number} changes
 * @param {(line: string) => void} log
 */
async function referralsFallback(browser, origin, changes, log) {
	const context = await newContext(browser, origin);
	try {
		const page = await context.newPage();
		await page.goto('/referrals', { timeout: 30_000 });
		await page.locator('html[data-hydrated="true"]').waitFor({ timeout: 30_000 });
		await page.locator('[data-state="ready"] select#filter-area').waitFor({ timeout: 30_000 });
		const timings = await timeChanges(page, changes);
		log(`  FALLBACK /referrals (embedded data): ${timings.filter((t) => t.ok).length}/${timings.length} changes answered`);
		return { path: '/referrals', fallback: true, timings };
	} catch (error) {
		const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
		log(`  FALLBACK /referrals failed too: ${message}`);
		return { path: '/referrals', fallback: true, timings: [], error: message };
	} finally {
		await context.close().catch(() => undefined);
	}
}
