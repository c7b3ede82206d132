/**
 * The custody visiting view's journey. Its figures against the embedded extracts (summary, series, the
 * table by suite, the dot plot) are in src/lib/views/custody-visiting/view.test.ts (Node); here, what
 * needs a browser: the keyboard, the drawn dot plot, the folded week grid, the contents list, the URL and
 * the link opened again, and axe.
 */
import { expect, test, type Page } from './fixtures';
import { expectNoAccessibilityViolations, expectPageContents, followPageContents, openLinkAgain, unfold, visit, waitForData } from './helpers';

// The embedded sample (scripts/generate-sample.js): 104 weeks × 3 primary suites + 10 open
// Wigston weeks = 322 open suite-weeks; 4 primary weeks missed and 1 open Wigston week not
// visited, so 317 visited (98.4%). In 2023/24: 52 × 3 + 5 Wigston = 161, 2 missed, 159 (98.8%).

async function open(page: Page, path: string) {
	await visit(page, path);
	await waitForData(page);
	await expect(page.getByTestId('summary')).toBeVisible();
}

test('a Panel member reads the visiting standard by keyboard (counts, status, charts, table, grid, contents and sources), then filters by period and area and opens the link again; illustrative figures never get a verdict', async ({
	appPage: page,
	appWatch
}) => {
	await open(page, '/custody-visiting');

	// The filters can be reached with the Tab key alone, from the top of the page.
	const period = page.getByLabel('Period', { exact: true });
	for (let presses = 0; presses < 20 && !(await period.evaluate((el) => el === document.activeElement)); presses++) {
		await page.keyboard.press('Tab');
	}
	await expect(period).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Area', { exact: true })).toBeFocused();

	const compliance = page.getByTestId('compliance');
	await expect(compliance).toContainText('98.4%');
	await expect(compliance).toContainText('317 of 322 suite-weeks');
	// 98.4% is within 5% of the target, but the figures are invented, so no verdict is given.
	await expect(page.getByTestId('compliance-status')).toHaveText('Illustrative, no verdict');
	// The standard has a monthly series: its status is what its process limits give, and it says why there is none.
	await expect(page.getByTestId('compliance-assurance')).toHaveText('No assurance against the target: these are illustrative figures, not real ones.');
	await expect(compliance.getByText('Illustrative sample')).toBeVisible();

	// First, the two monthly series, each titled by its finding: invented figures get no signal, and say so.
	const panels = page.getByTestId('series-panel');
	await expect(panels).toHaveCount(2);
	await expect(panels.first().getByRole('heading', { level: 3 })).toHaveText(/^Open suite-weeks with a completed visit: illustrative sample, no signal or verdict given$/);
	await expect(page.locator('[data-series="custody-visiting-detainees-seen"]').getByRole('heading', { level: 3 })).toHaveText(
		/^Detainees seen, of those offered a visit: illustrative sample, no signal or verdict given$/
	);
	await expect(page.getByTestId('xmr-chart')).toHaveCount(2);
	await expect(page.getByTestId('illustrative-notice')).toContainText('Illustrative sample');

	await expect(page.getByTestId('summary')).toContainText('317 of 322 open custody suite-weeks (98.4%)');
	await expect(page.getByTestId('chart')).toHaveCount(1);
	await expect(page.getByTestId('chart')).toContainText('Euston Street');
	const complianceTable = page.getByRole('table', { name: /^Open weeks with at least one completed visit, by suite/ });
	await expect(complianceTable.getByRole('row', { name: /All open suites/ })).toContainText('98.4%');

	// By suite, a dot plot whose axis starts near the suites, with a break said in words, a target line and each dot
	// labelled: src/lib/views/custody-visiting/view.test.ts.
	// The grid names each missed week in words, in a cell and in the list above it; its tables are folded until opened.
	const grid = page.getByTestId('week-grid');
	await expect(grid.getByRole('table')).toHaveCount(0);
	await unfold(page, 'Show the tables: every suite in every week', grid);
	await expect(grid.getByRole('cell', { name: 'missed', exact: true })).toHaveCount(5);
	await expect(page.getByTestId('missed-weeks')).toContainText('Euston Street, week beginning 24 July 2023');
	await expect(grid.getByRole('cell', { name: 'closed', exact: true }).first()).toBeVisible();

	await expect(page.getByRole('table', { name: /^Issues raised on/ })).toContainText('Rights and entitlements');
	await expect(page.getByRole('table', { name: /^Detainees on completed visits/ })).toContainText('Declined');
	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	await expect(page.locator('.sources')).toContainText('Police and Crime Plan 2017-2021');
	// No visit reference, let alone a detainee identifier, is shown.
	await expect(page.locator('main')).not.toContainText('ICV-0');

	// Short pages: the contents list every section below the opening, in its heading's words; its last link, followed
	// by keyboard, takes the reader to the sources.
	await followPageContents(page);
	// An axe scan for WCAG 2.2 AA with the figures and the week grid drawn.
	await expect(page.getByTestId('week-grid')).toBeVisible();
	await expectNoAccessibilityViolations(page);

	// A performance lead picks 2023/24: the figures and the address follow, and the link opened again restores them.
	await page.getByLabel('Period', { exact: true }).selectOption('2023/24');
	await expect(page).toHaveURL(/period=2023%2F24/);
	await expect(page.getByTestId('compliance')).toContainText('159 of 161 suite-weeks');
	await expect(page.getByTestId('compliance')).toContainText('98.8%');
	await expect(page.getByTestId('summary')).toContainText('In 2023/24, 159 of 161');
	// An illustrative figure carries no verdict, whatever the period.
	await expect(page.getByTestId('compliance-status')).toHaveText('Illustrative, no verdict');
	await expect(page.getByTestId('scheduled-status')).toHaveText('Illustrative, no verdict');
	await unfold(page, 'Show the tables: every suite in every week', page.getByTestId('week-grid'));
	await expect(page.getByTestId('week-grid').getByRole('cell', { name: 'missed', exact: true })).toHaveCount(2);
	await openLinkAgain(page);
	await waitForData(page);
	await expect(page.getByLabel('Period', { exact: true })).toHaveValue('2023/24');
	await expect(page.getByTestId('compliance')).toContainText('159 of 161 suite-weeks');

	// The area filter keeps to the suites in the area (Wigston: 10 open weeks, one not visited), and the contents stay
	// true to the sections shown.
	await open(page, '/custody-visiting?area=Oadby+and+Wigston');
	await expect(page.getByTestId('compliance')).toContainText('9 of 10 suite-weeks');
	await expect(page.getByTestId('compliance-status')).toHaveText('Illustrative, no verdict');
	await expectPageContents(page);
	// Where there is no suite, it says so plainly.
	await page.getByLabel('Area', { exact: true }).selectOption('Rutland');
	await expect(page).toHaveURL(/area=Rutland/);
	await expect(page.getByTestId('summary')).toContainText('There is no custody suite in Rutland');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByTestId('compliance')).toHaveCount(0);
	// An axe scan for WCAG 2.2 AA without figures.
	await expectNoAccessibilityViolations(page);

	expect(appWatch.offOrigin).toEqual([]);
	expect(appWatch.violations).toEqual([]);
});
