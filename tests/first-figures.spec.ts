/**
 * Every view's first figures are in the page the server sends: worked out at
 * build time on the embedded extracts (`+page.server.ts`), so the summary and
 * first chart are there with JavaScript off, and the live view, once DuckDB-WASM
 * has started, shows the same. A page whose datasets hold the user's uploads
 * says it is loading their data instead. Each expected figure is worked out here
 * from the CSV files in `data/`.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { waitForData } from './helpers';

const rows = (dataset: string) => Papa.parse<Record<string, string>>(readFileSync(`data/${dataset}.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const count = (value: number) => value.toLocaleString('en-GB');
const sum = (values: readonly Record<string, string>[], column: string) => values.reduce((total, row) => total + Number(row[column]), 0);

const aims = rows('plan-aims');
const budgetTotal = rows('budget-split').find((row) => row.line_type === 'total');
const engagementCounted = rows('engagement-events').filter((row) => row.may_overlap === 'false' && row.count !== '');
const scheduled = rows('custody-visits').filter((row) => row.scheduled === 'true');
const award = rows('safer-streets-awards').find((row) => row.row_type === 'total');

/** Each view's address and words of its summary that carry a figure from the data. */
const firstFigures: readonly { path: string; words: string; chart: boolean }[] = [
	{ path: '/plan-aims', words: `The Police and Crime Plan sets ${count(aims.length)} aims under ${new Set(aims.map((aim) => aim.theme)).size} themes.`, chart: true },
	{ path: '/budget', words: `In ${budgetTotal?.financial_year} the net budget requirement was £${Number(budgetTotal?.amount_gbp_m).toFixed(1)}m.`, chart: true },
	{ path: '/engagement', words: `count ${count(sum(engagementCounted, 'count'))} items of engagement, without double counting`, chart: true },
	{
		path: '/custody-visiting',
		words: `${count(scheduled.filter((row) => row.completed === 'true').length)} of ${count(scheduled.length)} scheduled visits were completed`,
		chart: true
	},
	{ path: '/referrals', words: `they show ${count(sum(rows('referrals'), 'referrals'))} referrals:`, chart: true },
	{ path: '/safer-streets', words: `LLR was awarded £${count(Math.round(Number(award?.award_gbp)))} from the Safer Streets Fund`, chart: true },
	// No police.uk file is embedded: the page the server sends says so.
	{ path: '/crime', words: 'No street-level crime is loaded yet', chart: false }
];

test('every view sends its first figures in the page itself: summary and first chart, worked out at build time', async ({ request }) => {
	for (const { path, words, chart } of firstFigures) {
		const html = (await (await request.get(path)).text()).replace(/<!--[^>]*-->/g, '').replace(/&#39;/g, "'");
		expect(html, path).toContain(words);
		// The first chart comes with the summary, drawn as SVG; nothing of the view is left loading.
		if (chart) expect(html.slice(html.indexOf('data-testid="summary"')), path).toMatch(/<svg[^>]*role="img"/);
		expect(html, path).not.toContain('data-testid="loading"><p role="status">Loading');
	}
});

test('with JavaScript off, every view shows its summary and first chart', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const { path, words, chart } of firstFigures) {
		await page.goto(path);
		await expect(page.locator('main'), path).toContainText(words);
		if (chart) await expect(page.getByRole('img').first(), path).toBeVisible();
	}
	await context.close();
});

test('the live view, once the engine has started, shows the figures the page was sent, in the same place', async ({ page }) => {
	for (const { path, words, chart } of firstFigures.filter((view) => view.chart)) {
		// Hold the engine back until the page's first figures have been read, so the two moments are both seen.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/*.wasm', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(path);
		const summary = page.getByTestId('summary');
		await expect(summary).toContainText(words);
		await expect(page.locator('[data-ready]')).toHaveAttribute('data-ready', 'false');
		// Once the page has started, its charts have measured the width they have (the HTML draws them at a default width).
		await page.locator('html[data-hydrated="true"]').waitFor();
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		const view = page.locator('[data-ready]');
		const sent = {
			summary: await summary.textContent(),
			chart: chart ? await page.getByRole('img').first().getAttribute('aria-labelledby') : null,
			top: (await summary.boundingBox())?.y,
			// The whole view, as a reader meets it: every word, and its height.
			text: await view.innerText(),
			height: (await view.boundingBox())?.height
		};
		release();
		await waitForData(page);
		await expect(summary).toHaveText(sent.summary ?? '');
		if (chart) expect(await page.getByRole('img').first().getAttribute('aria-labelledby'), path).toBe(sent.chart);
		expect((await summary.boundingBox())?.y, path).toBe(sent.top);
		// Charts measure their width again when the live view draws them, so their axis labels settle a frame or two later.
		await expect.poll(() => view.innerText(), { message: path }).toBe(sent.text);
		await expect.poll(async () => (await view.boundingBox())?.height, { message: path }).toBe(sent.height);
		await page.unrouteAll();
	}
});

test('a view whose data the user loaded on this device says it is loading their data, never showing the embedded figures as theirs', async ({ page }) => {
	// The mark the registry keeps of datasets holding uploads kept on this device; here it claims one nothing backs.
	await page.addInitScript(() => localStorage.setItem('scrutiny-uploaded-datasets', JSON.stringify(['referrals'])));
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/*.wasm', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/referrals');
	await expect(page.getByRole('status').filter({ hasText: 'Loading your data: the referrals by month you loaded on this device…' })).toBeVisible();
	await expect(page.getByTestId('summary')).toHaveCount(0);
	// Once the engine opens the dataset it finds the embedded extract after all, shows it, and the mark is put right.
	release();
	await waitForData(page);
	await expect(page.getByTestId('summary')).toContainText(firstFigures.find((view) => view.path === '/referrals')?.words ?? '');
	expect(await page.evaluate(() => localStorage.getItem('scrutiny-uploaded-datasets'))).toBe('[]');
});

test("before the app's scripts have run, a view whose data the user loaded hides the embedded figures and says it is loading theirs", async ({ page }) => {
	// The app's own scripts never arrive (its stylesheets do): what is on screen is the HTML sent, styled, and the one blocking script in its head.
	await page.route(/\/_app\/immutable\/.*\.js$/, (route) => route.abort());
	await page.goto('/referrals');
	await expect(page.getByTestId('summary')).toBeVisible();
	await expect(page.getByText('Loading your data')).toBeHidden();

	await page.evaluate(() => localStorage.setItem('scrutiny-uploaded-datasets', JSON.stringify(['referrals'])));
	await page.reload();
	await expect(page.getByText('Loading your data: what you loaded on this device for this page…')).toBeVisible();
	await expect(page.getByTestId('summary')).toBeHidden();
	// A mark for another view's data leaves this one's figures alone.
	await page.evaluate(() => localStorage.setItem('scrutiny-uploaded-datasets', JSON.stringify(['budget-split'])));
	await page.reload();
	await expect(page.getByTestId('summary')).toBeVisible();
});
