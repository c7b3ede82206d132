import { expect, test, type Page } from './fixtures';
import { expectNoAccessibilityViolations, waitForData, watchOffOriginRequests, watchPolicyViolations } from './helpers';

/** Tabs from the top of the page until `label`'s control has focus, or gives up. */
async function tabTo(page: Page, label: string) {
	const control = page.getByLabel(label, { exact: true });
	for (let presses = 0; presses < 20 && !(await control.evaluate((el) => el === document.activeElement)); presses++) {
		await page.keyboard.press('Tab');
	}
	await expect(control).toBeFocused();
}

test.describe('the referrals view', () => {
	test('shows the published 13,250 apart from the monthly sample, which is labelled as such; the filters are reached by Tab; it passes axe', async ({ page, baseURL }) => {
		const offOrigin = watchOffOriginRequests(page, new URL(baseURL!).origin);
		const violations = await watchPolicyViolations(page);
		await page.goto('/referrals');
		await waitForData(page);
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

		// One chart and table per service, each marked as the illustrative sample.
		await expect(page.getByTestId('chart')).toHaveCount(4);
		for (const service of ['victim-services', 'child-vulnerability', 'restorative-justice', 'violence-reduction']) {
			const section = page.getByTestId(`service-${service}`);
			await expect(section.locator('.tag-illustrative')).toHaveText('Illustrative sample');
			await expect(section.getByTestId(`referrals-${service}-table`)).toBeVisible();
		}
		const summary = page.getByTestId('summary');
		await expect(summary).toContainText('illustrative sample, not published figures');
		await expect(summary).toContainText('13,250 child vulnerability referrals');
		await expect(page.locator('.sources')).toContainText('Illustrative sample');
		await expect(page.getByTestId('published-referrals')).toBeVisible();
		await expectNoAccessibilityViolations(page);
		expect(offOrigin).toEqual([]);
		expect(violations).toEqual([]);
	});

	test('the filters change the figures and the URL, and a reload restores them; a service with no published total says so', async ({ page }) => {
		await page.goto('/referrals');
		await waitForData(page);
		await page.getByLabel('Period', { exact: true }).selectOption('2023/24');
		await expect(page).toHaveURL(/period=2023%2F24/);
		// 2023/24 across all services, summed from the sample by hand: 32,612.
		await expect(page.getByTestId('summary')).toContainText('For 2023/24 across Leicester, Leicestershire and Rutland, they show 32,612 referrals');

		await page.getByLabel('Service', { exact: true }).selectOption('child vulnerability');
		await expect(page).toHaveURL(/service=child\+vulnerability/);
		await expect(page.getByTestId('chart')).toHaveCount(1);
		// April 2023: 1,104; average (1,098 + 1,169 + 1,104) / 3 = 1,123.7; April 2022 1,220: −116, −9.5% → −10%.
		const april = page.getByTestId('referrals-child-vulnerability-table').getByRole('row', { name: /^April 2023/ });
		await expect(april).toContainText('1,104');
		await expect(april).toContainText('1,123.7');
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
});
