/**
 * The referrals view's journey on the embedded data. Its figures (summary, series, the published totals)
 * are in src/lib/views/referrals/view.test.ts (Node); an uploaded extract's signals are in the upload
 * journey (exceptions.spec.ts). Here, what needs a browser: the keyboard, the folded tables and print,
 * the contents list, the URL and a reload, and axe.
 */
import { expect, test, type Page } from './fixtures';
import { expectNoAccessibilityViolations, followPageContents, unfold, visit, waitForData } from './helpers';

/** Tabs from the top of the page until `label`'s control has focus, or gives up. */
async function tabTo(page: Page, label: string) {
	const control = page.getByLabel(label, { exact: true });
	for (let presses = 0; presses < 20 && !(await control.evaluate((el) => el === document.activeElement)); presses++) {
		await page.keyboard.press('Tab');
	}
	await expect(control).toBeFocused();
}

/** A service's chart against the 3-month average and last year, by its heading (the service, tagged as a sample). */
function serviceSection(page: Page, service: string) {
	const name = service.charAt(0).toUpperCase() + service.slice(1).replaceAll('-', ' ');
	return page.getByRole('region', { name: `${name} Illustrative sample`, exact: true });
}

test('a Panel member reads the referrals by keyboard: the published 13,250 apart from the labelled monthly sample, folded tables that print, the contents; then filters by period, service and area and opens the link again', async ({
	appPage: page,
	appWatch
}) => {
	await visit(page, '/referrals');
	// The first page of a run starts the engine and loads the datasets on a shared, busy machine: more than 20 s at times.
	await waitForData(page, 60_000);
	await expect(page.locator('[data-state="ready"]')).toHaveCount(1);
	// The filters are reached by Tab, from the top of the page.
	await tabTo(page, 'Period');
	await tabTo(page, 'Area');
	await tabTo(page, 'Service');

	const published = page.getByRole('region', { name: 'Published figures, not part of the sample' });
	await expect(published.getByRole('row', { name: /Child vulnerability/ }).first()).toContainText('13,250');
	await expect(published).toContainText("Response to the Police and Crime Panel's recommendations on the Police and Crime Plan 2017-2021");
	await expect(published).toContainText('over 13,000');
	await expect(published).toContainText('not part of the monthly sample');

	// First, each service's series, its title stating its finding: invented figures get no signal, and say so.
	const panels = page.getByRole('region', { name: /: illustrative sample, no signal or verdict given$/ });
	await expect(panels).toHaveCount(4);
	for (const service of ['victim-services', 'child-vulnerability', 'restorative-justice', 'violence-reduction']) {
		const panel = page.locator(`[data-series="referrals-${service}"]`);
		await expect(panel.getByRole('heading', { level: 3 })).toContainText('referrals: illustrative sample, no signal or verdict given');
		await expect(panel.getByTestId('xmr-illustrative')).toBeVisible();
		// Its table is folded: a disclosure the keyboard opens.
		await expect(panel.getByRole('table')).toBeHidden();
		await panel.getByText("Show the table: each month's figure, limits and signal").focus();
		await page.keyboard.press('Enter');
		await expect(panel.getByRole('table')).toBeVisible();
	}
	// A folded table is drawn only once opened, but printing draws every one: the browser's beforeprint comes first.
	const folded = page.getByTestId('referrals-victim-services-table');
	await expect(folded).toHaveCount(0);
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect(folded).toHaveCount(1);
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	await expect(folded).toHaveCount(0);
	// Then the 3-month average and last year, one chart per service, its table folded too.
	await expect(page.getByRole('img', { name: / referrals each month, / })).toHaveCount(4);
	for (const service of ['victim-services', 'child-vulnerability', 'restorative-justice', 'violence-reduction']) {
		const section = serviceSection(page, service);
		await expect(section.locator('.tag-illustrative')).toHaveText('Illustrative sample');
		await section.getByText("Show the table: each month's referrals, 3-month average and last year").click();
		await expect(section.getByRole('table')).toBeVisible();
	}
	const summary = page.getByTestId('summary');
	await expect(summary).toContainText('illustrative sample, not published figures');
	await expect(summary).toContainText('13,250 child vulnerability referrals');
	await expect(page.locator('.sources')).toContainText('Illustrative sample');
	await expect(published).toBeVisible();
	// Short pages: one chart per service opens the page, so the contents come before them (or they would follow four
	// charts); they list every section below, in its heading's words, and the last link, followed by keyboard, takes
	// the reader to the sources.
	await followPageContents(page, { chartFirst: false });
	await expectNoAccessibilityViolations(page);

	// A performance lead filters; the address carries the filters, and a reload restores them.
	await page.getByLabel('Period', { exact: true }).selectOption('2023/24');
	await expect(page).toHaveURL(/period=2023%2F24/);
	// 2023/24 across all services, summed from the sample by hand: 32,612.
	await expect(page.getByTestId('summary')).toContainText('For 2023/24 across Leicester, Leicestershire and Rutland, they show 32,612 referrals');

	await page.getByLabel('Service', { exact: true }).selectOption('child vulnerability');
	await expect(page).toHaveURL(/service=child\+vulnerability/);
	await expect(page.getByRole('img', { name: / referrals each month, / })).toHaveCount(1);
	await expect(panels).toHaveCount(1);
	// Twelve months of 2023/24 in the series' folded table.
	const panel = page.locator('[data-series="referrals-child-vulnerability"]');
	// Opened in the reading above, it stays open as the filters change.
	await unfold(page, "Show the table: each month's figure, limits and signal", panel);
	await expect(panel.getByRole('table').locator('tbody tr')).toHaveCount(12);
	await unfold(page, "Show the table: each month's referrals, 3-month average and last year", serviceSection(page, 'child-vulnerability'));
	// April 2023: 1,104; average (1,098 + 1,169 + 1,104) / 3 = 1,123.7, written 1,124 (an average of counts from 100 up is whole); April 2022 1,220: −116, −9.5% → −10%.
	const april = serviceSection(page, 'child-vulnerability')
		.getByRole('table')
		.getByRole('row', { name: /^April 2023/ });
	await expect(april).toContainText('1,104');
	await expect(april).toContainText('1,124');
	await expect(april).not.toContainText('1,123.7');
	await expect(april).toContainText('1,220 → 1,104, −116, −10%');

	await page.getByLabel('Area', { exact: true }).selectOption('Melton');
	await expect(page).toHaveURL(/area=Melton/);
	await expect(page.getByRole('status').filter({ hasText: 'Referrals are not recorded by area' })).toBeVisible();
	await expect(page.getByTestId('summary')).toContainText('not figures for Melton');

	await page.reload();
	await waitForData(page);
	await expect(page.getByLabel('Period', { exact: true })).toHaveValue('2023/24');
	await expect(page.getByLabel('Service', { exact: true })).toHaveValue('child vulnerability');
	await expect(page.getByLabel('Area', { exact: true })).toHaveValue('Melton');
	await expect(page.getByTestId('summary')).toContainText('they show 13,110 child vulnerability referrals');

	// A service with no published total says so.
	await page.getByLabel('Service', { exact: true }).selectOption('victim services');
	await expect(page).toHaveURL(/service=victim\+services/);
	await expect(published.getByText('The papers publish no total for victim services')).toBeVisible();

	expect(appWatch.offOrigin).toEqual([]);
	expect(appWatch.violations).toEqual([]);
});
