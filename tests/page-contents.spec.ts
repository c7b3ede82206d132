import { expect, test } from './fixtures';
import { expectNoAccessibilityViolations, expectPageContents, followInApp, unfold, visit, waitForData } from './helpers';

// Issue 20, short pages: each view opens with its summary and first chart; the rest sits under an
// "On this page" contents list (the GOV.UK pattern) and headed sections, and long tables are folded.
// The Crime view's contents are checked in crime.spec.ts, with its files loaded.

const views = [
	{ path: '/plan-aims', chartFirst: true },
	{ path: '/engagement', chartFirst: true },
	{ path: '/custody-visiting', chartFirst: true },
	// One chart per service opens the page: the contents come before them, or they would follow four charts.
	{ path: '/referrals', chartFirst: false },
	{ path: '/safer-streets', chartFirst: true }
];

// One page for the five views: the first opened, the rest followed as links (the engine starts once); a step each.
test(`${views.map((view) => view.path).join(', ')}: the contents list every section below the opening, in its heading's words; a link is followed by keyboard; it passes axe`, async ({
	appPage: page
}) => {
	test.setTimeout(60_000 + 30_000 * views.length);
	for (const [index, { path, chartFirst }] of views.entries()) {
		await test.step(path, async () => {
			if (index === 0) await visit(page, path);
			else await followInApp(page, path);
			await waitForData(page);
			const targets = await expectPageContents(page, { chartFirst });
			// Followed by keyboard, the last link (the sources) takes the reader to its section.
			const last = targets.at(-1) ?? '';
			const link = page.getByRole('navigation', { name: 'On this page' }).getByRole('link').last();
			await link.focus();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`#${last}$`));
			await expect(page.locator(`h2#${last}`)).toBeInViewport();
			await expectNoAccessibilityViolations(page);
		});
	}
});

test('a filter change keeps the contents true to the sections shown', async ({ appPage: page }) => {
	// Leicester has no Safer Streets bid of its own, and the custody suites are in Leicester: both pages keep their contents true.
	await visit(page, '/custody-visiting?area=Oadby+and+Wigston');
	await waitForData(page);
	await expectPageContents(page);
	await followInApp(page, '/safer-streets?area=Melton&period=2023%2F24');
	await waitForData(page);
	await expectPageContents(page);
});

test('the long tables are folded: a keyboard opens one, it is drawn only then, and it passes axe open', async ({ appPage: page }) => {
	await visit(page, '/engagement');
	await waitForData(page);
	const fold = page.locator('details.folded-table').filter({ hasText: 'Show the tables: every item as each report gives it' });
	await expect(fold).not.toHaveAttribute('open');
	await expect(page.getByTestId('engagement-items')).toHaveCount(0);
	// The summary is a control in the Tab order that Enter opens, as a screen reader user meets it.
	await fold.locator('summary').focus();
	await page.keyboard.press('Enter');
	await expect(fold).toHaveAttribute('open');
	await expect(page.getByTestId('engagement-items')).toHaveCount(2);
	await expectNoAccessibilityViolations(page);
	// Safer Streets: the award, the money at risk each year and the outputs are folded too.
	await followInApp(page, '/safer-streets');
	await waitForData(page);
	await expect(page.getByRole('table', { name: /^Safer Streets award over both funding years/ })).toHaveCount(0);
	await expect(page.getByRole('table', { name: /allocation not spent, by bid and intervention$/ })).toHaveCount(0);
	await expect(page.getByTestId('outputs-table')).toHaveCount(0);
	await unfold(page, 'Show the table: the award, allocation and spend of each bid and intervention');
	await unfold(page, /^Show the table: \d{4}\/\d{2}'s allocation not spent/);
	await unfold(page, "Show the table: each intervention's output and spend");
	await expect(page.getByRole('table', { name: /allocation not spent, by bid and intervention$/ })).toHaveCount(2);
	await expect(page.getByTestId('outputs-table')).toBeVisible();
	await expectNoAccessibilityViolations(page);
});
