/**
 * The page as it is sent, before and while the app and its engine start. Every view's first figures are in
 * the page the server sends: worked out at build time on the embedded extracts (`+page.server.ts`), so the
 * summary and first chart are there with JavaScript off; nothing moves while the app starts on a phone; the
 * pages pass axe while the engine is still loading; and the live view, once DuckDB-WASM has started, shows
 * the same words in the same place. A page whose datasets hold the user's uploads says it is loading their
 * data instead. Each expected figure is worked out here from the CSV files in `data/`; the figures of each
 * view against its extracts are in its `src/lib/views/<view>/view.test.ts`.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { expectNoAccessibilityViolations, visit, waitForData } from './helpers';
import { views } from '../src/lib/views/registry';

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

// The demonstration banner: which embedded datasets hold invented rows, read from the extracts themselves, and
// each route with the datasets whose figures it shows (pages that are no single view speak for every dataset).
const bannerWords = 'Demonstration data: figures marked illustrative are invented for demonstration and must not be quoted.';
const manifest = JSON.parse(readFileSync('data/extracts.json', 'utf8')) as { dataset: string; file: string }[];
const invented = new Set(manifest.filter(({ file }) => rows(file.replace(/\.csv$/, '')).some((row) => row['illustrative'] === 'true')).map(({ dataset }) => dataset));
const bannerRoutes: [string, string[]][] = [
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

/** The served HTML, without Svelte's hydration comments and with apostrophes decoded, as a reader's words compare. */
const served = async (request: import('@playwright/test').APIRequestContext, path: string) =>
	(await (await request.get(path)).text()).replace(/<!--[^>]*-->/g, '').replace(/&#39;/g, "'");

test('before any script runs: every view sends its summary and first chart, worked out at build time, shown with JavaScript off; the demonstration banner is in every page whose figures are invented, and in no other', async ({
	request,
	browser
}) => {
	for (const { path, words, chart } of firstFigures) {
		const html = await served(request, path);
		expect(html, path).toContain(words);
		// The first chart comes with the summary, drawn as SVG; nothing of the view is left loading.
		if (chart) expect(html.slice(html.indexOf('data-testid="summary"')), path).toMatch(/<svg[^>]*role="img"/);
		expect(html, path).not.toContain('data-testid="loading"><p role="status">Loading');
	}
	// The budget's first chart carries each line's amount and share.
	const budget = await served(request, '/budget');
	for (const figure of ['£154.5m (90.1%)', '£10.2m (5.9%)', '£2.6m (1.5%)']) expect(budget).toContain(figure);

	expect(invented.size, 'the embedded extracts hold invented figures').toBeGreaterThan(0);
	for (const [path, datasets] of bannerRoutes) {
		const html = await served(request, path);
		// In the prerendered page already, before any script has run (the app, once started, keeps it: the views' journeys).
		if (datasets.some((dataset) => invented.has(dataset))) expect(html, path).toContain(bannerWords);
		else expect(html, path).not.toContain('data-testid="demonstration-banner"');
	}

	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const { path, words, chart } of firstFigures) {
		await page.goto(path);
		await expect(page.locator('main'), path).toContainText(words);
		if (chart) await expect(page.getByRole('img').first(), path).toBeVisible();
	}
	// With JavaScript off, the budget's chart and table still show the published figures.
	await page.goto('/budget');
	await expect(page.getByRole('img', { name: /^Net budget requirement 2017\/18/ })).toContainText('£154.5m');
	await expect(page.getByRole('table', { name: /^Budget split/ })).toContainText('£171.6m');
	await context.close();
});

// On a phone: the navigation is folded behind its Menu button from the first paint.
test.use({ viewport: { width: 390, height: 844 } });

/** 0.1 is the limit of a "good" page in Google's Core Web Vitals; before the navigation was folded from the first paint, every page scored 0.39. */
const goodShiftAtMost = 0.1;

test('while the app starts on a phone: no page moves and the pages pass axe while the engine loads; each live view, once its engine has started, shows the words the page was sent, in the same place', async ({
	page,
	appPage
}) => {
	test.setTimeout(180_000);
	// The engine is held back on this page, never let through: what is read is the page sent and the app started on it,
	// at the cost of a page, not of an engine start. The live views are read on the worker's shared page, whose
	// engine has started once, at the same width.
	await page.route('**/*.wasm', () => new Promise<void>(() => {}));
	await appPage.setViewportSize({ width: 390, height: 844 });
	await page.addInitScript(() => {
		const seen: { value: number; moved: string[] }[] = [];
		(window as unknown as { layoutShifts: typeof seen }).layoutShifts = seen;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
				// A shift the reader caused (a tap, a key) is not the page moving by itself.
				if (!entry.hadRecentInput) seen.push({ value: entry.value, moved: (entry.sources ?? []).map((source) => source.node?.nodeName ?? '?') });
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	for (const path of ['/', ...views.map((view) => view.path), '/exceptions']) {
		await test.step(path, async () => {
			const figures = firstFigures.find((view) => view.path === path && view.chart);
			await page.goto(path);
			const summary = page.getByTestId('summary');
			if (figures) {
				await expect(summary).toContainText(figures.words);
				await expect(page.locator('[data-ready]')).toHaveAttribute('data-ready', 'false');
			}
			// The app has started; charts measure their box, and are drawn again for it a frame later.
			await page.locator('html[data-hydrated="true"]').waitFor();
			await expect(page.locator('svg[data-measured="false"]')).toHaveCount(0);
			await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
			const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: { value: number; moved: string[] }[] }).layoutShifts);
			expect(
				shifts.reduce((total, shift) => total + shift.value, 0),
				`${path} moved: ${JSON.stringify(shifts)}`
			).toBeLessThanOrEqual(goodShiftAtMost);

			if (['/', '/exceptions', '/referrals'].includes(path)) {
				// Loading: a view draws its figures worked out at build time while the engine starts; the home page and the
				// report (XmR charts) say they are loading. Each passes axe so.
				await expect(page.locator('[data-ready="false"]')).toHaveCount(1);
				if (path === '/referrals') await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toBeVisible();
				else await expect(page.getByTestId('loading')).toBeVisible();
				await expectNoAccessibilityViolations(page);
			}
			if (!figures) return;
			const view = page.locator('[data-ready]');
			const sent = {
				summary: await summary.textContent(),
				chart: await page.getByRole('img').first().getAttribute('aria-labelledby'),
				top: (await summary.boundingBox())?.y,
				// The whole view, as a reader meets it: every word, and its height.
				text: await view.innerText(),
				height: (await view.boundingBox())?.height
			};

			await visit(appPage, path);
			await waitForData(appPage);
			const live = appPage.locator('[data-ready]');
			const liveSummary = appPage.getByTestId('summary');
			await expect(liveSummary).toHaveText(sent.summary ?? '');
			expect(await appPage.getByRole('img').first().getAttribute('aria-labelledby'), path).toBe(sent.chart);
			expect((await liveSummary.boundingBox())?.y, path).toBe(sent.top);
			// Charts measure their width again when the live view draws them, so their axis labels settle a frame or two later.
			await expect.poll(() => live.innerText(), { message: path }).toBe(sent.text);
			await expect.poll(async () => (await live.boundingBox())?.height, { message: path }).toBe(sent.height);
		});
	}
});

test('a view whose data the user loaded on this device hides the embedded figures, before the scripts run and while the engine starts, and says it is loading theirs', async ({
	page
}) => {
	await test.step("before the app's scripts have run", async () => {
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
		await page.unrouteAll();
	});

	await test.step('while the engine starts, and once it has opened the dataset', async () => {
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
});
