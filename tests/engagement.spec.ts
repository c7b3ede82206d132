/**
 * The engagement view's journey. Its figures against the embedded extract are in
 * src/lib/views/engagement/view.test.ts (Node); here, what needs a browser: the keyboard, the folded
 * tables, the contents list, the URL and the link opened again, and axe.
 */
import { expect, test, type Page } from './fixtures';
import { expectNoAccessibilityViolations, followPageContents, openLinkAgain, unfold, visit, waitForData } from './helpers';

/** Tabs from the top of the page until `label`'s control has focus, or gives up. */
async function tabTo(page: Page, label: string) {
	const control = page.getByLabel(label, { exact: true });
	for (let presses = 0; presses < 20 && !(await control.evaluate((el) => el === document.activeElement)); presses++) {
		await page.keyboard.press('Tab');
	}
	await expect(control).toBeFocused();
}

test('a Panel member reads the engagement of para 41 by keyboard, opens its folded tables and contents, then filters to 2023/24 by place and opens the link again; a month inside a report says which counts it cannot split', async ({
	appPage: page,
	appWatch
}) => {
	await visit(page, '/engagement');
	await waitForData(page);
	await expect(page.locator('[data-state="ready"]')).toHaveCount(1);
	// The view's explicit readiness signal: every load inside it has settled.
	await expect(page.locator('[data-state="ready"][data-ready="true"]')).toHaveCount(1);
	// The filters are reached by Tab, from the top of the page.
	await tabTo(page, 'Period');
	await tabTo(page, 'Area');

	// The reports count whole periods: not a monthly series, and the page says so rather than invent one.
	await expect(page.getByTestId('no-series')).toContainText('These figures are not a monthly series');
	await expect(page.getByTestId('series-panel')).toHaveCount(0);
	const firstChart = page.getByTestId('chart').first();
	const firstTable = page.getByTestId('engagement-by-type').first();
	const summary = page.getByTestId('summary');
	for (const [type, count] of [
		['Partner meeting', '28'],
		['Public meeting', '5'],
		['Correspondence', '488'],
		['Press statement', '22'],
		['Press column', '9']
	] as const) {
		await expect(firstChart.locator(`[data-bar="${type.toLowerCase()}"]`)).toContainText(count);
		await expect(firstTable.getByRole('row', { name: new RegExp(`^${type}`) })).toContainText(count);
		await expect(summary).toContainText(`${type.toLowerCase()} ${count}`);
	}

	// The long tables are folded: the items table of each report is drawn only once a reader opens it. Its summary is a
	// control in the Tab order that Enter opens, as a screen reader user meets it.
	const fold = page.locator('details.folded-table').filter({ hasText: 'Show the tables: every item as each report gives it' });
	await expect(fold).not.toHaveAttribute('open');
	await expect(page.getByTestId('engagement-items')).toHaveCount(0);
	await fold.locator('summary').focus();
	await page.keyboard.press('Enter');
	await expect(fold).toHaveAttribute('open');
	await expect(page.getByTestId('engagement-items')).toHaveCount(2);
	const items = page.getByTestId('engagement-items').filter({ hasText: 'Attended 28 meetings with partners' });
	for (const said of [
		'Attended 28 meetings with partners',
		'Attended 5 meetings with the public',
		'Responded to 488 items of correspondence',
		'Issued 22 press statements',
		'Prepared nine columns'
	]) {
		await expect(items.getByRole('row', { name: said })).toContainText('paragraph 41');
	}
	await expect(page.locator('.sources')).toContainText('first 100 days in office');

	// Adds no row that may overlap, and compares reports with raw numbers beside any %.
	// Nothing added is 0, as tables write zero; the next cell gives what may overlap.
	const localAuthority = firstTable.getByRole('row', { name: /^Local authority meeting/ }).getByRole('cell');
	await expect(localAuthority.nth(0)).toHaveText('0');
	await expect(localAuthority.nth(1)).not.toHaveText('0');
	// 28 + 5 + 488 + 22 + 9 + 5 events + 2 interviews + 1 visit + 1 speech = 561.
	await expect(firstTable.getByRole('row', { name: /^All types/ })).toContainText('561');
	const changes = page.getByTestId('engagement-changes');
	await expect(changes.getByRole('row', { name: /^Public meeting/ })).toContainText('5 → 3, −2, too few to give a %');
	await expect(changes.getByRole('row', { name: /^Partner meeting/ })).toContainText('28 → 1, −27, −96%');
	await expect(changes.getByRole('row', { name: /^Correspondence/ })).toContainText('not compared');

	// Short pages: the contents list every section below the opening, in its heading's words; its last link, followed
	// by keyboard, takes the reader to the sources.
	await followPageContents(page);
	// An axe scan for WCAG 2.2 AA with the figures drawn and the long tables open.
	await expectNoAccessibilityViolations(page);

	// A performance lead filters: 2023/24, then by place; the address carries the filters, and the link opened again restores them.
	await page.getByLabel('Period', { exact: true }).selectOption('2023/24');
	await expect(page).toHaveURL(/period=2023%2F24/);
	await expect(summary).toContainText('For 2023/24 across Leicester, Leicestershire and Rutland');
	await expect(summary).not.toContainText('488');
	// October and November 2023 by place, blanks as "mentioned, not counted".
	await unfold(page, 'Show the tables: every item as each report gives it');
	const allItems = page.getByTestId('engagement-items');
	await expect(allItems.getByRole('row', { name: /Community Thursday in Wigston/ })).toContainText('Wigston (Oadby and Wigston)');
	await expect(allItems.getByRole('row', { name: /Urgent public meeting/ })).toContainText('Kegworth (North West Leicestershire)');
	await expect(allItems.getByRole('row', { name: /Patch walk/ })).toHaveCount(3);
	await expect(allItems.getByRole('row', { name: /business crime round tables/ })).toContainText('mentioned, not counted');
	const areas = page.getByTestId('engagement-by-area');
	const harborough = areas.getByRole('row', { name: /^Harborough/ }).getByRole('cell');
	await expect(harborough.nth(0)).toHaveText('0');
	await expect(harborough.last()).toHaveText('no report names this area');
	await expect(areas.getByRole('row', { name: /^North West Leicestershire/ })).toContainText('Kegworth; Whitwick');
	await expect(page.getByTestId('no-change')).toContainText('only one report');

	await page.getByLabel('Area', { exact: true }).selectOption('Charnwood');
	await expect(page).toHaveURL(/area=Charnwood/);
	await expect(summary).toContainText('For 2023/24 in Charnwood');
	await expect(page.getByTestId('area-notice')).toContainText('LLR-wide');

	await openLinkAgain(page);
	await waitForData(page);
	await expect(page.getByLabel('Period', { exact: true })).toHaveValue('2023/24');
	await expect(page.getByLabel('Area', { exact: true })).toHaveValue('Charnwood');
	// Charnwood in 2023/24: the Loughborough community Thursday and the district public meeting.
	await expect(page.getByTestId('summary')).toContainText('count 2 items of engagement');

	// A month inside a report says which counts it cannot split.
	await visit(page, '/engagement?period=2016-06');
	await waitForData(page);
	await expect(page.getByTestId('straddling-notice')).toContainText('cannot be split by month');
	await expect(page.getByTestId('chart-empty')).toBeVisible();

	expect(appWatch.offOrigin).toEqual([]);
	expect(appWatch.violations).toEqual([]);
});
