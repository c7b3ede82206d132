/**
 * The budget view's journeys. Its figures, bars and table against the embedded extract are in
 * src/lib/views/budget/view.test.ts (Node, no browser); here, what needs a browser: the keyboard, the
 * URL, the drawn chart's geometry, a table that scrolls at 320 px, axe, and what a broken engine or
 * extract looks like to a reader.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { expectNoAccessibilityViolations, openLinkAgain, visit, waitForData } from './helpers';

const published = ['£154.5m', '£10.2m', '£3.1m', '£1.2m', '£2.6m', '£171.6m'];
const embedded = readFileSync('data/budget-split.csv', 'utf8');

/** Tabs from where focus is until `control` has it, or gives up after `presses`. */
async function tabTo(page: Page, label: string, presses = 40) {
	const control = page.getByLabel(label, { exact: true });
	for (let pressed = 0; pressed < presses && !(await control.evaluate((el) => el === document.activeElement)); pressed++) await page.keyboard.press('Tab');
	await expect(control).toBeFocused();
}

test('a Panel member reads the budget: the 2017/18 split in chart, table and summary, reconciled and sourced, by keyboard; its table scrolls in its own box at 320 px; the shared filters pick a year; it passes axe', async ({
	appPage: page,
	appWatch
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await visit(page, '/budget');
	await waitForData(page);
	await expect(page.locator('[data-state="ready"]')).toHaveCount(1);
	// All published figures: no demonstration banner once the app has started.
	await expect(page.getByTestId('demonstration-banner')).toHaveCount(0);

	// The year selector can be reached with the Tab key alone (from the top of the page, before anything else has focus).
	await tabTo(page, 'Financial year');
	await expect(page.getByLabel('Financial year')).toHaveValue('2017/18');

	const chart = page.getByRole('img', { name: /^Net budget requirement 2017\/18/ });
	const table = page.getByRole('table', { name: /^Budget split/ });
	const summary = page.getByTestId('summary');
	for (const figure of published.slice(0, 5)) await expect(chart).toContainText(figure);
	for (const figure of published) {
		await expect(table).toContainText(figure);
		await expect(summary).toContainText(figure);
	}
	// Each line's bar as its share of the total, on an axis that ends at 100%: src/lib/views/budget/view.test.ts.
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

	// At 1280 px the table fits: its box adds no stop to the Tab order.
	const box = page.locator('.table-scroll', { has: table });
	await expect(box).toHaveAttribute('data-scrolls', 'false');
	await expect(box).not.toHaveAttribute('tabindex');
	await expect(box).not.toHaveAttribute('role');
	await expect(page.getByText('Scroll sideways to see all columns')).toHaveCount(0);
	await expectNoAccessibilityViolations(page);

	// WCAG 1.4.10 Reflow: at 320 px (400% zoom) the table too wide for the screen scrolls in a named box in the
	// Tab order, which sighted users are told of in a line above it that the region's description repeats.
	await page.setViewportSize({ width: 320, height: 800 });
	await expect(box).toHaveAttribute('data-scrolls', 'true');
	await expect(page.getByText('Scroll sideways to see all columns').first()).toBeVisible();
	await expect(box).toHaveAccessibleDescription(/Scroll sideways to see all columns/);
	await expect(page.getByRole('region', { name: 'Budget split 2017/18, as printed in the source' })).toHaveAttribute('tabindex', '0');
	await box.focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => box.evaluate((node) => node.scrollLeft)).toBeGreaterThan(0);
	await expectNoAccessibilityViolations(page);
	await page.setViewportSize({ width: 1280, height: 800 });

	// The budget honours the shared filters: a period picks its financial year, and the area is said not to apply.
	await visit(page, '/budget?period=2023%2F24-Q3&area=Melton');
	await waitForData(page);
	await expect(page.getByText('There is no budget for 2023/24; showing 2017/18.')).toBeVisible();
	await expect(page.getByText('so the area filter (Melton) does not apply to it')).toBeVisible();
	await expect(page.getByRole('table', { name: /^Budget split/ })).toContainText('£171.6m');

	expect(appWatch.offOrigin).toEqual([]);
	// The engine started and drew under the page's security policy, breaking no rule of it.
	expect(appWatch.violations).toEqual([]);
});

test('with other extracts and engines: a second year is offered first and chosen by keyboard, a broken extract is named with its line and column, and an engine that cannot start is named in plain words, at once', async ({
	page
}) => {
	// 2018/19 made up for the test: 100 + 10 = 110; 110 + 5 = 115.
	const secondYear = [
		'2018/19,force,Force,Force,line,cc,1,100.0,87.0,test,test,true',
		'2018/19,regional_collaboration,Region,Region,line,cc,2,10.0,8.7,test,test,true',
		'2018/19,cc,To the Chief Constable,To the Chief Constable,subtotal,total,3,110.0,95.7,test,test,true',
		'2018/19,capital,Capital,Capital,line,total,4,5.0,4.3,test,test,true',
		'2018/19,total,Net Budget Requirement 2018/19,Net budget requirement,total,,5,115.0,100,test,test,true'
	].join('\n');
	// The broken extract comes first, on the emptied device: once an extract has loaded, the database file holds it
	// marked with its address, and a later start takes it from there without fetching it again (a build's extract
	// never changes under its content-hashed address), so a broken copy routed in later would never be read.
	await test.step('a broken extract is named with its line, column, expected and found, and the rest still works', async () => {
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
		await page.unrouteAll();
	});

	await test.step('a second year appears in the selector and its figures replace the first', async () => {
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
		// The link opened again picks the same year (the year is in the address).
		await openLinkAgain(page);
		await waitForData(page);
		await expect(page.getByLabel('Financial year')).toHaveValue('2017/18');
		await expect(page.getByRole('table', { name: /^Budget split/ })).toContainText('£154.5m');
		await page.unrouteAll();
	});

	// DuckDB-WASM alone would hang until the start-up timeout (30 s, longer than these expectations wait): each reason must be found at once.
	await test.step('a query engine that cannot be downloaded is reported at once in plain words, not a blank page', async () => {
		await page.route('**/*.wasm', (route) => route.abort());
		await page.goto('/budget');
		await expect(page.locator('[data-state="failed"]')).toBeVisible();
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('The budget split could not be shown');
		await expect(alert).toContainText('could not download its query engine');
		await expect(alert).toContainText('refused it');
		await page.unrouteAll();
	});

	await test.step('a web server that refuses the query engine is named with its answer', async () => {
		await page.route('**/*.wasm', (route) => route.fulfill({ status: 403, body: 'Blocked by policy' }));
		await page.goto('/budget');
		await expect(page.getByRole('alert')).toContainText(/could not download its query engine \(duckdb-eh\.[\w-]+\.wasm\): the web server answered 403/);
		await page.unrouteAll();
	});

	await test.step('a security policy that forbids WebAssembly is named, with what it must allow', async () => {
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
