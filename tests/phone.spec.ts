import { expect, test, type Page } from './fixtures';
import { expectNoAccessibilityViolations, notReady, visit } from './helpers';

// On a phone (390 × 844): a menu the keyboard opens and closes, presenting mode, and the date input.
// Every route at 390 and 320 px (no chart text under 12 px, no sideways scroll) is in every-route.spec.ts.
test.use({ viewport: { width: 390, height: 844 } });
// Several engineers share this 2-core machine: the engine has taken over 30 s to start under that load.
test.describe.configure({ timeout: 150_000 });

/** Waits for every dataset on the page, allowing for a slow engine start on a busy machine. */
async function waitForViews(page: Page): Promise<void> {
	await expect(page.locator(`${notReady}, [data-testid="loading"]`)).toHaveCount(0, { timeout: 90_000 });
}

test('on a phone the navigation folds behind a Menu button that the keyboard opens and closes; on a wide screen the links show and there is no Menu button', async ({
	appPage: page
}) => {
	await visit(page, '/budget');
	const menu = page.getByRole('button', { name: 'Menu' });
	const crime = page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Crime', exact: true });
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(crime).toBeHidden();
	await menu.focus();
	await page.keyboard.press('Enter');
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	await expect(crime).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Guide' })).toBeVisible();
	await expectNoAccessibilityViolations(page);
	// Into the list and out with Escape: the menu closes and focus goes back to its button.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Home' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(menu).toBeFocused();
	await expect(crime).toBeHidden();
	await page.keyboard.press('Space');
	await expect(crime).toBeVisible();
	await page.keyboard.press('Space');
	await expect(crime).toBeHidden();
	// Following a link closes it.
	await page.keyboard.press('Enter');
	await crime.click();
	await expect(page).toHaveURL(/\/crime$/);
	await expect(menu).toHaveAttribute('aria-expanded', 'false');

	// On a wide screen the links show and there is no Menu button.
	await page.setViewportSize({ width: 1280, height: 900 });
	await visit(page, '/budget');
	await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Crime', exact: true })).toBeVisible();
});

test('presenting mode enlarges the page, hides the controls, and steps through the views with the arrow keys', async ({ appPage: page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await visit(page, '/plan-aims');
	await waitForViews(page);
	const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
	await page.getByRole('link', { name: 'Present this view' }).click();
	await expect(page).toHaveURL(/\/plan-aims\?present=1$/);
	await expect(page.locator('html')).toHaveAttribute('data-presenting', 'true');
	expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThan(before);
	await expect(page.getByRole('navigation', { name: 'Menu' })).toBeHidden();
	await expect(page.getByText(/Presenting view 1 of \d+: Plan aims/)).toBeVisible();
	await expectNoAccessibilityViolations(page);

	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/budget\?present=1$/);
	await expect(page.getByText(/Presenting view 2 of \d+: Budget/)).toBeVisible();
	await waitForViews(page);
	await expect(page.locator('.chart-exports').first()).toBeHidden();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/engagement\?present=1$/);
	await waitForViews(page);
	await expect(page.locator('.filter-bar')).toBeHidden();
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/\/budget\?present=1$/);
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/budget$/);
	await expect(page.locator('html')).toHaveAttribute('data-presenting', 'false');
	await expect(page.getByRole('navigation', { name: 'Menu' })).toBeVisible();
});

test('the date input accepts 1/4/2025 and rejects 31/02/2025 with a GOV.UK error message and summary', async ({ appPage: page }) => {
	await visit(page, '/examples/date-input');
	await page.getByLabel('Day').fill('31');
	await page.getByLabel('Month').fill('02');
	await page.getByLabel('Year').fill('2025');
	await page.getByRole('button', { name: 'Continue' }).click();
	const summary = page.getByRole('alert');
	await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link', { name: 'Meeting date must be a real date' })).toHaveAttribute('href', '#meeting-date-day');
	await expect(page.locator('#meeting-date-error')).toHaveText('Error: Meeting date must be a real date');
	await expect(page.getByLabel('Day')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('group', { name: 'Meeting date' })).toHaveAccessibleDescription(/Meeting date must be a real date/);
	await expect(page).toHaveTitle(/^Error: /);
	await expectNoAccessibilityViolations(page);

	await page.getByLabel('Day').fill('1');
	await page.getByLabel('Month').fill('4');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByTestId('date-accepted')).toHaveText('Meeting date: 1 April 2025');
});
