import { expect, test, type Page } from './fixtures';
import { expectNoAccessibilityViolations, openInteractive, visit, waitForData } from './helpers';

/** Tabs from the top of the page until `label`'s control has focus, or gives up. */
async function tabTo(page: Page, label: string) {
	const control = page.getByLabel(label, { exact: true });
	for (let presses = 0; presses < 20 && !(await control.evaluate((el) => el === document.activeElement)); presses++) {
		await page.keyboard.press('Tab');
	}
	await expect(control).toBeFocused();
}

test.describe('the referrals view', () => {
	test('shows the published 13,250 apart from the monthly sample, which is labelled as such; the filters are reached by Tab; it passes axe', async ({
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

		const published = page.getByTestId('published-referrals');
		await expect(published.getByRole('row', { name: /Child vulnerability/ }).first()).toContainText('13,250');
		await expect(published).toContainText("Response to the Police and Crime Panel's recommendations on the Police and Crime Plan 2017-2021");
		await expect(published).toContainText('over 13,000');
		await expect(published).toContainText('not part of the monthly sample');

		// First, each service's series, its title stating its finding: invented figures get no signal, and say so.
		const panels = page.getByTestId('series-panel');
		await expect(panels).toHaveCount(4);
		for (const service of ['victim-services', 'child-vulnerability', 'restorative-justice', 'violence-reduction']) {
			const panel = page.locator(`[data-series="referrals-${service}"]`);
			await expect(panel.getByRole('heading', { level: 3 })).toContainText('referrals: illustrative sample, no signal or verdict given');
			await expect(panel.getByTestId('xmr-illustrative')).toBeVisible();
			// Its table is folded: a disclosure the keyboard opens.
			await expect(panel.getByTestId(`series-referrals-${service}-table`)).toBeHidden();
			await panel.getByText("Show the table: each month's figure, limits and signal").focus();
			await page.keyboard.press('Enter');
			await expect(panel.getByTestId(`series-referrals-${service}-table`)).toBeVisible();
		}
		// A folded table is drawn only once opened, but printing draws every one: the browser's beforeprint comes first.
		const folded = page.getByTestId('referrals-victim-services-table');
		await expect(folded).toHaveCount(0);
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		await expect(folded).toHaveCount(1);
		await page.evaluate(() => dispatchEvent(new Event('afterprint')));
		await expect(folded).toHaveCount(0);
		// Then the 3-month average and last year, one chart per service, its table folded too.
		await expect(page.getByTestId('chart')).toHaveCount(4);
		for (const service of ['victim-services', 'child-vulnerability', 'restorative-justice', 'violence-reduction']) {
			const section = page.getByTestId(`service-${service}`);
			await expect(section.locator('.tag-illustrative')).toHaveText('Illustrative sample');
			await section.getByText("Show the table: each month's referrals, 3-month average and last year").click();
			await expect(section.getByTestId(`referrals-${service}-table`)).toBeVisible();
		}
		const summary = page.getByTestId('summary');
		await expect(summary).toContainText('illustrative sample, not published figures');
		await expect(summary).toContainText('13,250 child vulnerability referrals');
		await expect(page.locator('.sources')).toContainText('Illustrative sample');
		await expect(page.getByTestId('published-referrals')).toBeVisible();
		await expectNoAccessibilityViolations(page);
		expect(appWatch.offOrigin).toEqual([]);
		expect(appWatch.violations).toEqual([]);
	});

	test('the filters change the figures and the URL, and a reload restores them; a service with no published total says so', async ({ appPage: page }) => {
		await visit(page, '/referrals');
		await waitForData(page);
		await page.getByLabel('Period', { exact: true }).selectOption('2023/24');
		await expect(page).toHaveURL(/period=2023%2F24/);
		// 2023/24 across all services, summed from the sample by hand: 32,612.
		await expect(page.getByTestId('summary')).toContainText('For 2023/24 across Leicester, Leicestershire and Rutland, they show 32,612 referrals');

		await page.getByLabel('Service', { exact: true }).selectOption('child vulnerability');
		await expect(page).toHaveURL(/service=child\+vulnerability/);
		await expect(page.getByTestId('chart')).toHaveCount(1);
		await expect(page.getByTestId('series-panel')).toHaveCount(1);
		// Twelve months of 2023/24 in the series' folded table.
		const panel = page.locator('[data-series="referrals-child-vulnerability"]');
		await panel.getByText("Show the table: each month's figure, limits and signal").click();
		await expect(panel.getByTestId('series-referrals-child-vulnerability-table').locator('tbody tr')).toHaveCount(12);
		await page.getByTestId('service-child-vulnerability').getByText("Show the table: each month's referrals, 3-month average and last year").click();
		// April 2023: 1,104; average (1,098 + 1,169 + 1,104) / 3 = 1,123.7, written 1,124 (an average of counts from 100 up is whole); April 2022 1,220: −116, −9.5% → −10%.
		const april = page.getByTestId('referrals-child-vulnerability-table').getByRole('row', { name: /^April 2023/ });
		await expect(april).toContainText('1,104');
		await expect(april).toContainText('1,124');
		await expect(april).not.toContainText('1,123.7');
		await expect(april).toContainText('1,220 → 1,104, −116, −10%');

		await page.getByLabel('Area', { exact: true }).selectOption('Melton');
		await expect(page).toHaveURL(/area=Melton/);
		await expect(page.getByTestId('area-notice')).toContainText('Referrals are not recorded by area');
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
		await expect(page.getByTestId('no-published')).toContainText('The papers publish no total for victim services');
	});

	test('an uploaded extract: a month far above the others and a later run above the average are named as signals; steady noise is not', async ({ page }) => {
		test.setTimeout(180_000);
		// Victim services: steady months with June 2023 far above them, then eight months in a row higher (2024).
		// Restorative justice: steady noise throughout. Real figures (not illustrative), so they are judged.
		const victim = [100, 104, 98, 101, 99, 180, 97, 102, 100, 98, 101, 103, 115, 117, 116, 118, 114, 116, 117, 115];
		const restorative = [30, 32, 29, 31, 30, 33, 28, 31, 30, 32, 29, 31, 30, 32, 29, 31, 30, 33, 28, 31];
		const month = (index: number) => `${2023 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
		const lines = ['month,service,referral_source,referrals'];
		victim.forEach((value, index) => lines.push(`${month(index)},victim services,police,${value}`));
		restorative.forEach((value, index) => lines.push(`${month(index)},restorative justice,police,${value}`));
		await openInteractive(page, '/data');
		await page.getByLabel('Replace everything this dataset holds').check();
		await page.getByTestId('file-input').setInputFiles({ name: 'referrals-signals.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n') });
		await page.getByTestId('load-confirm').getByRole('button', { name: 'Replace everything' }).click({ timeout: 120_000 });
		await expect(page.getByTestId('upload-loaded')).toContainText(`${lines.length - 1} rows loaded`, { timeout: 120_000 });

		await openInteractive(page, '/referrals');
		await waitForData(page, 60_000);
		const victimPanel = page.locator('[data-series="referrals-victim-services"]');
		// The title states the latest finding, the run; the month far above the others is among the findings.
		await expect(victimPanel.getByRole('heading', { level: 3 })).toContainText('Victim services referrals: Eight months in a row above the average');
		await expect(victimPanel.getByRole('heading', { level: 3 })).toContainText('since January 2024, a shift, not noise');
		await expect(victimPanel.getByTestId('series-findings')).toContainText('June 2023: 180');
		await expect(victimPanel.getByTestId('series-findings')).toContainText('beyond the upper process limit');
		await expect(victimPanel.locator('[data-variation="neither"]')).not.toHaveCount(0);
		// In the table too, in words.
		await victimPanel.getByText("Show the table: each month's figure, limits and signal").click();
		await expect(victimPanel.getByRole('row', { name: /^June 2023/ })).toContainText('a point beyond a process limit (high)');
		const restorativePanel = page.locator('[data-series="referrals-restorative-justice"]');
		await expect(restorativePanel.getByRole('heading', { level: 3 })).toContainText('Restorative justice referrals: No signal');
		await expect(restorativePanel.locator('[data-variation="neither"]')).toHaveCount(0);
		await expectNoAccessibilityViolations(page);
	});
});
