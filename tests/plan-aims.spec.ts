/**
 * The plan aims view's journey. Its figures (summary, the table by theme, the bars, every aim) are in
 * src/lib/views/plan-aims/view.test.ts (Node); here, what needs a browser: the keyboard, the drawn bars,
 * the contents list, the URL and the link opened again, and axe.
 */
import { expect, test } from './fixtures';
import { expectNoAccessibilityViolations, followPageContents, openLinkAgain, visit, waitForData } from './helpers';

async function open(page: import('@playwright/test').Page, path: string) {
	await visit(page, path);
	// The page judges the custody series too; on a shared, busy machine the first load can pass 20 s.
	await waitForData(page, 60_000);
	await expect(page.getByTestId('summary')).toBeVisible();
}

test('a Panel member reads the plan aims by keyboard: five themes, each aim with its measures, statuses in words and never a verdict on illustrative figures; then picks a quarter and opens the link again', async ({
	appPage: page,
	appWatch
}) => {
	await open(page, '/plan-aims');
	// The filters can be reached with the Tab key, from the top of the page.
	const period = page.getByLabel('Period');
	for (let presses = 0; presses < 20 && !(await period.evaluate((el) => el === document.activeElement)); presses++) {
		await page.keyboard.press('Tab');
	}
	await expect(period).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Area')).toBeFocused();
	for (const theme of ['Viable Partnerships', 'Visible Policing', 'Victim Services', 'Vulnerability Protection', 'Value for Money']) {
		await expect(page.getByRole('heading', { level: 2, name: theme })).toBeVisible();
	}
	await expect(page.getByText('My aim is to: Maintain and if possible increase resources for local Neighbourhood Policing Teams.')).toBeVisible();
	// A target is set for custody visiting: its status is a word, not a colour, and on the illustrative sample no verdict.
	await expect(page.getByTestId('status-icv-compliance').first()).toHaveText('Illustrative, no verdict');
	// It has a monthly series, so it is judged by process limits, and says why there is no assurance.
	await expect(page.getByTestId('assurance-icv-compliance').first()).toHaveText('No assurance against the target: these are illustrative figures, not real ones.');
	// Scheduled visits are a single figure: a plain comparison, with no series behind it.
	await expect(page.getByTestId('assurance-icv-scheduled-completion')).toHaveCount(0);
	// Where none is set, the page says so, as the Panel asked.
	await expect(page.getByTestId('status-budget-split').first()).toHaveText('No target set');
	await expect(page.getByTestId('summary')).toContainText('The Police and Crime Plan sets 24 aims under 5 themes.');
	await expect(page.getByRole('img', { name: /^Share of each theme's aims evidenced by at least one measure/ })).toBeVisible();
	// Each theme's bar in proportion to the share of its aims evidenced, labelled with its counts: src/lib/views/plan-aims/view.test.ts.
	await expect(page.getByRole('table', { name: 'Aims and measures by theme' })).toContainText('Vulnerability Protection');
	await expect(page.getByText('Illustrative sample').first()).toBeVisible();
	// Short pages: the contents list every section below the opening, in its heading's words; its last link, followed
	// by keyboard, takes the reader to the sources.
	await followPageContents(page);
	await expectNoAccessibilityViolations(page);

	// A performance lead picks a quarter: the figures and the address follow, and the link opened again restores them.
	const figure = page.getByTestId('status-icv-scheduled-completion').first().locator('xpath=..');
	const before = await figure.textContent();
	await page.getByLabel('Period').selectOption('2023/24-Q3');
	await expect(page).toHaveURL(/period=2023%2F24-Q3/);
	// October to December 2023: every scheduled visit completed (Commissioner's Update, para 14).
	await expect(figure).toContainText('100.0% (');
	await expect(figure).not.toHaveText(before ?? '');
	const after = await figure.textContent();
	await openLinkAgain(page);
	await waitForData(page);
	await expect(page.getByLabel('Period')).toHaveValue('2023/24-Q3');
	await expect(page.getByTestId('status-icv-scheduled-completion').first().locator('xpath=..')).toHaveText(after ?? '');
	// A measure's link keeps the filters, so its view opens on the same period.
	await expect(page.getByRole('link', { name: /Scheduled independent custody visits completed/ }).first()).toHaveAttribute('href', /period=2023%2F24-Q3/);

	// An illustrative figure carries no verdict in any period: custody visiting evidences two aims, so its status shows
	// under each, and no measure's status is a verdict on invented figures (the key above the list still explains the words).
	await visit(page, '/plan-aims?period=2023%2F24');
	await waitForData(page, 60_000);
	await expect(page.getByTestId('status-icv-compliance')).toHaveText(['Illustrative, no verdict', 'Illustrative, no verdict']);
	await expect(page.locator('[data-testid^="status-"]').filter({ hasText: /^(Met|Nearly met|Not met)$/ })).toHaveCount(0);

	expect(appWatch.offOrigin).toEqual([]);
	expect(appWatch.violations).toEqual([]);
});
