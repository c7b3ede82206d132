import { expect, test, type Page } from './fixtures';
import { expectNoAccessibilityViolations, expectReadableAndNoSidewaysScroll, notReady, openInteractive, unfoldAll, visit } from './helpers';
import { views } from '../src/lib/views/registry';

// On a phone (390 × 844) and at 320 px (400% zoom): no chart text under 12 px as the screen
// draws it, no sideways page scroll, and a menu the keyboard opens and closes.
test.use({ viewport: { width: 390, height: 844 } });
// Several engineers share this 2-core machine: the engine has taken over 30 s to start under that load.
test.describe.configure({ timeout: 150_000 });

/** Waits for every dataset on the page, allowing for a slow engine start on a busy machine. */
async function waitForViews(page: Page): Promise<void> {
	await expect(page.locator(`${notReady}, [data-testid="loading"]`)).toHaveCount(0, { timeout: 90_000 });
}

// Every registered view, and the pages that are no single view.
const routes = ['/', ...views.map((view) => view.path), '/exceptions', '/pack', '/data', '/sources', '/meetings', '/guide', '/accessibility', '/examples/date-input'];

// Two halves, one per worker. Each opens its first page and follows links to the rest in the same page, as a
// reader does, so the engine starts once per half rather than once per page; each page is a step of its own.
const halves = [routes.slice(0, Math.ceil(routes.length / 2)), routes.slice(Math.ceil(routes.length / 2))];

for (const half of halves) {
	test(`${half.join(', ')}: every view drawn, chart text at least 12 px and no sideways scroll, at 390 and at 320 px`, async ({ appPage: page }) => {
		test.setTimeout(90_000 + 30_000 * half.length);
		for (const path of half) {
			await test.step(path, async () => {
				await page.setViewportSize({ width: 390, height: 844 });
				await visit(page, path);
				await waitForViews(page);
				// Every view drawn from the engine's figures, not the build-time placeholder or a loading panel.
				await expect(page.locator('.dataset:not([data-state="ready"]), [data-ready="false"]')).toHaveCount(0);
				// The folded tables too: opened, each must still fit the screen or scroll in its own box.
				await unfoldAll(page);
				await expectReadableAndNoSidewaysScroll(page, 390);
				await page.setViewportSize({ width: 320, height: 800 });
				await expectReadableAndNoSidewaysScroll(page, 320);
			});
		}
	});
}

test('on a phone the navigation folds behind a Menu button that the keyboard opens and closes', async ({ appPage: page }) => {
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
});

test('on a wide screen the links show and there is no Menu button', async ({ appPage: page }) => {
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

test('the date input accepts 1/4/2025 and rejects 31/02/2025 with a GOV.UK error message and summary', async ({ page }) => {
	await openInteractive(page, '/examples/date-input');
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

test('the accessibility statement has the sections the regulations require, and the guide and statement pass axe', async ({ appPage: page }) => {
	await visit(page, '/accessibility');
	for (const heading of [
		'How accessible this dashboard is',
		'Feedback and contact information',
		'Enforcement procedure',
		'Compliance status',
		'Non-accessible content',
		'How we tested this dashboard',
		'Preparation of this accessibility statement'
	]) {
		await expect(page.getByRole('heading', { name: heading })).toBeVisible();
	}
	await expect(page.getByText(/last reviewed on \d{1,2} [A-Z][a-z]+ \d{4}/)).toBeVisible();
	// A statement must say how to reach the body that runs the service: by telephone, email and post.
	await expect(page.getByTestId('accessibility-contact')).toContainText(/telephone: 0116 \d{3} \d{4}/);
	await expect(page.getByRole('link', { name: /^police\.commissioner@/ })).toHaveAttribute('href', /^mailto:/);
	await expect(page.getByTestId('accessibility-contact')).toContainText(/post: .*LE19 2BX/);
	await expectNoAccessibilityViolations(page);
	await visit(page, '/guide');
	await expect(page.getByRole('heading', { name: 'For the performance lead: the quarterly routine' })).toBeVisible();
	await expectNoAccessibilityViolations(page);
});
