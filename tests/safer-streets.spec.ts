/**
 * The Safer Streets view's journey on the embedded data. Its figures (summary, spend by quarter, the
 * award) are in src/lib/views/safer-streets/view.test.ts (Node); its comparison with loaded police.uk files
 * is in crime.spec.ts. Here, what needs a browser: the keyboard, the folded tables, the contents list, the URL
 * and the link opened again, and axe.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Page } from './fixtures';
import { expectNoAccessibilityViolations, expectPageContents, followPageContents, openLinkAgain, unfold, visit, waitForData } from './helpers';

// Published in the Commissioner's Update of 13 December 2023 (002), paras 16 and 17a-c. The award table reconciles
// to the penny, so it gives every figure pence; the summary, prose, gives awards in whole pounds.
const published = [
	['£960,591.34', 'paragraph 16', '£960,591'],
	['£315,568.00', 'paragraph 17a', '£315,568'],
	['£313,967.89', 'paragraph 17b', '£313,968'],
	['£331,055.45', 'paragraph 17c', '£331,055']
] as const;

// Each quarter's spend as a share of its allocation, added up here from the embedded extract's rows.
const spendRows = Papa.parse<Record<string, string>>(readFileSync('data/safer-streets.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const quarterShares = [...new Set(spendRows.map((row) => `${row['financial_year']} Q${row['quarter']}`))].sort().map((quarter) => {
	const rows = spendRows.filter((row) => `${row['financial_year']} Q${row['quarter']}` === quarter);
	const sum = (column: string) => rows.reduce((total, row) => total + Number(row[column]), 0);
	return { quarter, share: `${((100 * sum('spent_gbp')) / sum('allocated_gbp')).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%` };
});

/** The award table, a row for every bid and intervention, is folded until a reader opens it. */
const awardFold = 'Show the table: the award, allocation and spend of each bid and intervention';

async function open(page: Page, path: string) {
	await visit(page, path);
	await waitForData(page);
	await unfold(page, awardFold);
	await expect(page.getByRole('table', { name: /^Safer Streets award over both funding years/ })).toBeVisible();
}

test('a Panel member reads the Safer Streets awards by keyboard, published beside illustrative, reconciled and sourced, with every folded table open; then filters by period and area and opens the link again', async ({
	appPage: page,
	appWatch
}) => {
	await visit(page, '/safer-streets');
	await waitForData(page);

	// The filters can be reached with the Tab key alone, from the top of the page.
	for (const label of ['Period', 'Area']) {
		const select = page.getByLabel(label, { exact: true });
		for (let presses = 0; presses < 20 && !(await select.evaluate((el) => el === document.activeElement)); presses++) {
			await page.keyboard.press('Tab');
		}
		await expect(select).toBeFocused();
	}

	// The long tables are folded until a reader opens them: the award, the money at risk each year and the outputs.
	await expect(page.getByRole('table', { name: /^Safer Streets award over both funding years/ })).toHaveCount(0);
	await expect(page.getByRole('table', { name: /allocation not spent, by bid and intervention$/ })).toHaveCount(0);
	await expect(page.getByTestId('outputs-table')).toHaveCount(0);
	await unfold(page, awardFold);
	const table = page.getByRole('table', { name: /^Safer Streets award over both funding years/ });
	for (const [figure, ref, inWholePounds] of published) {
		const row = table.getByRole('row').filter({ hasText: figure }).first();
		await expect(row).toContainText(ref);
		await expect(row).toContainText("Commissioner's Update to the Police and Crime Panel");
		// Each bid's row and the total hold the published award beside the sample's allocation and spend: each cell says which it is.
		await expect(row).toContainText(`${figure}published`);
		await expect(row).toContainText('Allocated and spent: Illustrative sample');
		await expect(page.getByTestId('summary')).toContainText(inWholePounds);
	}
	// The total marks its published award apart from the illustrative allocation and spend, and cites each.
	const total = table.getByRole('row', { name: /^Total award/ });
	await expect(total.locator('td').nth(0)).toContainText('published');
	await expect(total.locator('td').nth(1)).toContainText('illustrative');
	await expect(total.locator('td').nth(2)).toContainText('illustrative');
	await expect(total.locator('td').last()).toContainText("Award: Commissioner's Update to the Police and Crime Panel, 13 December 2023, paragraph 16");
	await expect(total.locator('td').last()).toContainText('Allocated and spent: Illustrative sample');
	// An intervention's award is a split of its bid's, so it is labelled as a sample.
	await expect(table.getByRole('row', { name: /Bystander programme/ })).toContainText('Illustrative sample');
	for (const section of ['Spend against allocation', 'Money at risk', 'What it bought']) {
		await expect(page.locator('section').filter({ has: page.getByRole('heading', { name: section, exact: true }) })).toContainText('Illustrative sample');
	}

	// The first chart: spend against profile quarter by quarter, its title stating the finding (invented figures: no verdict).
	const spend = page.getByTestId('series-panel').first();
	await expect(spend).toHaveAttribute('data-series', 'safer-streets-spend-against-profile');
	await expect(spend.getByRole('heading', { level: 2 })).toHaveText('Safer Streets spend against profile: illustrative sample, no signal or verdict given');
	await expect(spend.getByTestId('xmr-note')).toHaveText('Provisional limits: 6 points from 2023/24 Q3, fewer than 12, so the limits will move as points are added.');
	await spend.getByText("Show the table: each quarter's figure, limits and signal").click();
	const shares = spend.getByTestId('series-safer-streets-spend-against-profile-table');
	await expect(shares.locator('tbody tr')).toHaveCount(quarterShares.length);
	for (const { quarter, share } of quarterShares) await expect(shares.getByRole('row', { name: quarter })).toContainText(share);
	// No street-level files are loaded, so there are no targeted crimes to chart.
	await expect(page.getByTestId('targeted-crimes')).toHaveCount(0);

	await expect(page.getByTestId('chart')).toBeVisible();
	// Two lines, so they are labelled at their ends rather than in a key (Analysis Function guidance).
	await expect(
		page
			.getByTestId('chart')
			.locator('.line-label')
			.filter({ hasText: /Allocated,\s*cumulative/ })
	).toHaveCount(1);
	await expect(page.getByTestId('spend-table').getByRole('row')).toHaveCount(7);
	// A spending profile, not a reconciliation: whole pounds.
	await expect(page.getByTestId('spend-table')).toContainText('£960,591');
	await expect(page.getByTestId('spend-table')).not.toContainText('£960,591.34');
	await expect(page.getByTestId('summary')).toContainText('money at risk');

	const reconciliation = page.getByTestId('reconciliation');
	await expect(reconciliation).toHaveAttribute('data-passes', 'true');
	// The split and the spend are illustrative, so the checks add up but give no verdict.
	await expect(reconciliation.getByRole('heading', { level: 2 })).toHaveText('Reconciliation check: Illustrative, no verdict');
	await expect(reconciliation).toContainText('21 of 21 interventions add up exactly');
	await expect(page.getByTestId('overspend-check')).toHaveText('Spend within allocation: Illustrative, no verdict');

	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	await expect(page.locator('.sources')).toContainText('paragraph 16, paragraph 17a, paragraph 17b, paragraph 17c');
	await unfold(page, /^Show the table: \d{4}\/\d{2}'s allocation not spent/);
	await unfold(page, "Show the table: each intervention's output and spend");
	await expect(page.getByRole('table', { name: /allocation not spent, by bid and intervention$/ })).toHaveCount(2);
	await expect(page.getByTestId('outputs-table')).toBeVisible();
	// Short pages: the contents list every section below the opening, in its heading's words; its last link, followed
	// by keyboard, takes the reader to the sources.
	await followPageContents(page);
	// An axe scan for WCAG 2.2 AA with every folded table open.
	await expectNoAccessibilityViolations(page);

	// A performance lead picks a period: the figures and the address follow, and the link opened again restores them.
	await page.getByLabel('Period', { exact: true }).selectOption('2023/24');
	await expect(page).toHaveURL(/period=2023%2F24/);
	// 2023/24 Q3 + Q4: £95,298 + £222,357 = £317,655 allocated; £78,152.12 + £216,343.53 = £294,495.65 spent, £294,496 in whole pounds.
	const summary = page.getByTestId('summary');
	await expect(summary).toContainText('£294,496 of the £317,655 allocated in 2023/24 was spent (92.7%)');
	await expect(page.getByTestId('spend-table').getByRole('row')).toHaveCount(3);
	await expect(page.getByTestId('spend-table')).not.toContainText('2024/25');
	// The awards cover both years, so they stay as published.
	await expect(page.getByRole('table', { name: /^Safer Streets award over both funding years/ })).toContainText('£960,591.34');

	await openLinkAgain(page);
	await waitForData(page);
	await expect(page.getByLabel('Period', { exact: true })).toHaveValue('2023/24');
	await expect(page.getByTestId('summary')).toContainText('£294,496 of the £317,655 allocated in 2023/24');

	// An area shows that area's bid and says LLR-wide rows are left out, or that an area has no bid.
	await open(page, '/safer-streets');
	await page.getByLabel('Area', { exact: true }).selectOption('Melton');
	await expect(page).toHaveURL(/area=Melton/);
	const melton = page.getByRole('table', { name: /^Safer Streets award over both funding years/ });
	await expect(melton).not.toContainText('VAWG');
	await expect(melton).toContainText('£313,967.89');
	await expect(melton).not.toContainText('£960,591.34');
	await expect(page.getByTestId('area-notice')).toContainText('marked LLR-wide');
	await expect(page.getByTestId('summary')).toContainText('In Melton');
	await expect(page.getByTestId('reconciliation')).toHaveAttribute('data-passes', 'true');

	await openLinkAgain(page);
	await waitForData(page);
	await expect(page.getByLabel('Area', { exact: true })).toHaveValue('Melton');
	await unfold(page, awardFold);
	await expect(page.getByRole('table', { name: /^Safer Streets award over both funding years/ })).not.toContainText('VAWG');

	// An area with no bid of its own says so plainly.
	await page.getByLabel('Area', { exact: true }).selectOption('Leicester');
	await expect(page).toHaveURL(/area=Leicester/);
	await expect(page.getByTestId('area-notice')).toContainText('No Safer Streets bid serves Leicester alone');
	await expect(page.getByTestId('summary')).toContainText('No Safer Streets bid serves Leicester alone');

	// Filtered by period and area, it passes an axe scan for WCAG 2.2 AA.
	await page.getByLabel('Area', { exact: true }).selectOption('Oadby and Wigston');
	await page.getByLabel('Period', { exact: true }).selectOption('2024/25-Q2');
	await expect(page).toHaveURL(/period=2024%2F25-Q2&area=Oadby\+and\+Wigston|area=Oadby\+and\+Wigston&period=2024%2F25-Q2/);
	await waitForData(page);
	// Leicester has no bid, so there was no table to keep open: it is folded again.
	await unfold(page, awardFold);
	await expect(page.getByRole('table', { name: /^Safer Streets award over both funding years/ })).toBeVisible();
	await expectNoAccessibilityViolations(page);

	// Filtered, the contents stay true to the sections shown.
	await visit(page, '/safer-streets?area=Melton&period=2023%2F24');
	await waitForData(page);
	await expectPageContents(page);

	expect(appWatch.offOrigin).toEqual([]);
	expect(appWatch.violations).toEqual([]);
});
