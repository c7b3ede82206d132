import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectNoAccessibilityViolations, visit, waitForData } from './helpers';

const published = ['£154.5m', '£10.2m', '£3.1m', '£1.2m', '£2.6m', '£171.6m'];

test.describe('the budget view on the embedded data', () => {
	test('shows the 2017/18 split in the chart, table and summary, reconciled and sourced; the year is reached by Tab; it passes axe', async ({ appPage: page, appWatch }) => {
		await visit(page, '/budget');
		await waitForData(page);
		await expect(page.locator('[data-state="ready"]')).toHaveCount(1);

		// The year selector can be reached with the Tab key alone (from the top of the page, before anything else has focus).
		const select = page.getByLabel('Financial year');
		for (let presses = 0; presses < 40 && !(await select.evaluate((el) => el === document.activeElement)); presses++) {
			await page.keyboard.press('Tab');
		}
		await expect(select).toBeFocused();
		await expect(select).toHaveValue('2017/18');

		const chart = page.getByRole('img', { name: /^Net budget requirement 2017\/18/ });
		const table = page.getByRole('table', { name: /^Budget split/ });
		const summary = page.getByTestId('summary');
		for (const figure of ['£154.5m', '£10.2m', '£3.1m', '£1.2m', '£2.6m']) {
			await expect(chart).toContainText(figure);
		}
		for (const figure of published) {
			await expect(table).toContainText(figure);
			await expect(summary).toContainText(figure);
		}
		// Parts of one whole: each line's bar is its share of the total, on an axis that ends at 100%, as the embedded
		// extract's amounts give it (no line's name has a comma, so its amount is the eighth field).
		const rows2017 = readFileSync('data/budget-split.csv', 'utf8')
			.split('\n')
			.filter((row) => row.startsWith('2017/18,'))
			.map((row) => row.split(','));
		const totalAmount = Number(rows2017.find((row) => row[4] === 'total')![7]);
		const hundred = Number(await chart.locator('text.tick', { hasText: /^100%$/ }).getAttribute('x'));
		for (const row of rows2017.filter((cells) => cells[4] === 'line')) {
			const width = Number(await chart.locator(`[data-bar="${row[1]}"] rect`).getAttribute('width'));
			expect(width / hundred).toBeCloseTo(Number(row[7]) / totalAmount, 3);
		}
		// The chart's legend carries the subtotals.
		await expect(page.locator('.legend')).toContainText('£164.7m (96.0%)');
		await expect(page.locator('.legend')).toContainText('£4.3m (2.5%)');
		await expect(table.getByRole('row', { name: /Total funding passed to the Chief Constable/ })).toContainText('96.0%');

		const reconciliation = page.getByTestId('reconciliation');
		await expect(reconciliation).toHaveAttribute('data-passes', 'true');
		await expect(reconciliation.getByRole('heading')).toHaveText('Reconciliation check: Pass');

		await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
		await expect(page.locator('.sources')).toContainText('Police and Crime Plan 2017-2021');
		await expect(table).toContainText('Value for Money section, 2017/18 budget table, row 1');

		// An axe scan for WCAG 2.2 AA once the figures are drawn.
		await expectNoAccessibilityViolations(page);

		expect(appWatch.offOrigin).toEqual([]);
		expect(appWatch.violations).toEqual([]);
	});
});

test.describe('the budget view with other extracts', () => {
	const embedded = readFileSync('data/budget-split.csv', 'utf8');

	test('a second year appears in the selector and its figures replace the first', async ({ page }) => {
		// 2018/19 made up for the test: 100 + 10 = 110; 110 + 5 = 115.
		const secondYear = [
			'2018/19,force,Force,Force,line,cc,1,100.0,87.0,test,test,true',
			'2018/19,regional_collaboration,Region,Region,line,cc,2,10.0,8.7,test,test,true',
			'2018/19,cc,To the Chief Constable,To the Chief Constable,subtotal,total,3,110.0,95.7,test,test,true',
			'2018/19,capital,Capital,Capital,line,total,4,5.0,4.3,test,test,true',
			'2018/19,total,Net Budget Requirement 2018/19,Net budget requirement,total,,5,115.0,100,test,test,true'
		].join('\n');
		await page.route('**/budget-split.*.csv', (route) => route.fulfill({ body: `${embedded}${secondYear}\n`, contentType: 'text/csv' }));
		await page.goto('/budget');
		await waitForData(page);
		const select = page.getByLabel('Financial year');
		await expect(select.locator('option')).toHaveText(['2018/19', '2017/18']);
		await expect(page.getByTestId('summary')).toContainText('In 2018/19 the net budget requirement was £115.0m');
		await expect(page.getByText('Illustrative sample').first()).toBeVisible();

		// By keyboard: the newest year is first, the arrow moves to the next.
		await select.focus();
		await page.keyboard.press('ArrowDown');
		await expect(page).toHaveURL(/year=2017%2F18/);
		await expect(page.getByTestId('summary')).toContainText('In 2017/18 the net budget requirement was £171.6m');
		await expect(page.getByTestId('reconciliation')).toHaveAttribute('data-passes', 'true');

		await page.reload();
		await waitForData(page);
		await expect(page.getByLabel('Financial year')).toHaveValue('2017/18');
		await expect(page.getByRole('table', { name: /^Budget split/ })).toContainText('£154.5m');
	});

	test('a broken extract is named with its line, column, expected and found, and the rest still works', async ({ page }) => {
		const broken = embedded.replace(
			'2017/18,force,Operational Policing delivered by Leicestershire Police (Net),Leicestershire Police,line,passed_to_chief_constable,1,154.5,',
			'2017/18,force,Operational Policing delivered by Leicestershire Police (Net),Leicestershire Police,line,passed_to_chief_constable,1,£154.5m,'
		);
		expect(broken).not.toBe(embedded);
		await page.route('**/budget-split.*.csv', (route) => route.fulfill({ body: broken, contentType: 'text/csv' }));
		await page.goto('/budget');
		await waitForData(page);
		const summary = page.getByTestId('problem-summary');
		await expect(summary).toContainText('budget-split.csv was not loaded: 1 problem');
		await expect(summary).toContainText('budget-split.csv, line 2, column 8 (amount_gbp_m): expected a number (£ millions)');
		await expect(summary).toContainText('found "£154.5m"');
		await expect(page.getByTestId('chart')).toHaveCount(0);

		await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
		await expect(page.getByTestId('as-at-budget-split')).toHaveText('23 March 2017');
	});

	// DuckDB-WASM alone would hang until the start-up timeout (30 s, longer
	// than these expectations wait): each reason must be found at once.
	test('a query engine that cannot be downloaded is reported at once in plain words, not a blank page', async ({ page }) => {
		await page.route('**/*.wasm', (route) => route.abort());
		await page.goto('/budget');
		await expect(page.locator('[data-state="failed"]')).toBeVisible();
		await expect(page.getByRole('alert')).toContainText('The budget split could not be shown');
		await expect(page.getByRole('alert')).toContainText('could not download its query engine');
		await expect(page.getByRole('alert')).toContainText('refused it');
	});

	test('a web server that refuses the query engine is named with its answer', async ({ page }) => {
		await page.route('**/*.wasm', (route) => route.fulfill({ status: 403, body: 'Blocked by policy' }));
		await page.goto('/budget');
		await expect(page.getByRole('alert')).toContainText(/could not download its query engine \(duckdb-eh\.[\w-]+\.wasm\): the web server answered 403/);
	});

	test('a security policy that forbids WebAssembly is named, with what it must allow', async ({ page }) => {
		await page.route('**/budget', async (route) => {
			const response = await route.fetch();
			// A second policy, as a server might send: inline scripts allowed, WebAssembly not.
			await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'self' 'unsafe-inline'" } });
		});
		await page.goto('/budget');
		await expect(page.getByRole('alert')).toContainText("This page's security policy does not allow WebAssembly");
		await expect(page.getByRole('alert')).toContainText("'wasm-unsafe-eval'");
	});
});

test('the budget honours the shared filters: a period picks its financial year, and the area is said not to apply', async ({ appPage: page }) => {
	await visit(page, '/budget?period=2023%2F24-Q3&area=Melton');
	await waitForData(page);
	await expect(page.getByText('There is no budget for 2023/24; showing 2017/18.')).toBeVisible();
	await expect(page.getByText('so the area filter (Melton) does not apply to it')).toBeVisible();
	await expect(page.getByRole('table', { name: /^Budget split/ })).toContainText('£171.6m');
});

test('the first chart is in the page itself, worked out at build time, before any script runs', async ({ request, browser }) => {
	const html = await (await request.get('/budget')).text();
	for (const figure of ['£154.5m (90.1%)', '£10.2m (5.9%)', '£2.6m (1.5%)']) expect(html).toContain(figure);
	// With JavaScript off, the chart and table still show the published figures.
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/budget');
	await expect(page.getByRole('img', { name: /^Net budget requirement 2017\/18/ })).toContainText('£154.5m');
	await expect(page.getByRole('table', { name: /^Budget split/ })).toContainText('£171.6m');
	await context.close();
});
