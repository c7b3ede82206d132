import { expect, test } from './fixtures';
import { expectNoAccessibilityViolations, visit } from './helpers';

test('a Panel member opens the home page: what the dashboard is, whose data, as at when, a link to each view; it passes axe; an address that is no page, or names no view, says so and leads home', async ({
	appPage: page,
	appWatch
}) => {
	await visit(page, '/');
	await expect(page.getByRole('heading', { level: 1, name: 'Scrutiny' })).toBeVisible();
	await expect(page.getByText('Office of the Police and Crime Commissioner (OPCC) for Leicester')).toBeVisible();
	await expect(page.getByTestId('as-at-budget-split')).toHaveText('23 March 2017');
	// An axe scan for WCAG 2.2 AA (the accessibility statement's is in every-route.spec.ts).
	await expectNoAccessibilityViolations(page);
	await page.getByRole('main').getByRole('link', { name: 'Budget' }).click();
	await expect(page).toHaveURL(/\/budget$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Budget' })).toBeVisible();
	expect(appWatch.offOrigin).toEqual([]);

	// Each address is opened afresh, as one typed in is; the link home is followed from the last (the home page starts the
	// engine, so following it from both would start it twice for the same check).
	for (const address of ['/no-such-view', '/budget/2017']) {
		await page.goto(address);
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' }), address).toBeVisible();
		await expect(page.getByRole('main').getByRole('link', { name: 'home page' }), address).toHaveAttribute('href', '/');
	}
	await page.getByRole('main').getByRole('link', { name: 'home page' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Scrutiny' })).toBeVisible();
});
