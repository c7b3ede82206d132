import { expect, test } from './fixtures';
import { expectNoAccessibilityViolations, visit } from './helpers';

test('the home page says what the dashboard is, whose data, as at when, and links to each view', async ({ appPage: page, appWatch }) => {
	await visit(page, '/');
	await expect(page.getByRole('heading', { level: 1, name: 'Scrutiny' })).toBeVisible();
	await expect(page.getByText('Office of the Police and Crime Commissioner (OPCC) for Leicester')).toBeVisible();
	await expect(page.getByTestId('as-at-budget-split')).toHaveText('23 March 2017');
	await page.getByRole('main').getByRole('link', { name: 'Budget' }).click();
	await expect(page).toHaveURL(/\/budget$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Budget' })).toBeVisible();
	expect(appWatch.offOrigin).toEqual([]);
});

test('the home page and the accessibility statement pass an axe scan for WCAG 2.2 AA', async ({ appPage: page }) => {
	await visit(page, '/');
	await expectNoAccessibilityViolations(page);
	await visit(page, '/accessibility');
	await expectNoAccessibilityViolations(page);
});

test('every page carries a Content-Security-Policy that allows WebAssembly but not eval', async ({ request }) => {
	for (const path of ['/', '/budget', '/accessibility']) {
		const response = await request.get(path);
		const html = await response.text();
		const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(meta).not.toContain("'unsafe-eval'");
		expect(meta).toContain("connect-src 'self'");
	}
});

test('an address that is no page, or names no view, says the page is not found and leads home', async ({ page }) => {
	for (const address of ['/no-such-view', '/budget/2017']) {
		await page.goto(address);
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' }), address).toBeVisible();
		await page.getByRole('main').getByRole('link', { name: 'home page' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Scrutiny' })).toBeVisible();
	}
});
