/**
 * Every route, read as a Panel member reads it, at a desk and on a phone: one pass of the pages (two halves, one
 * per worker, a step per page so a failure names its page), each reached in the app on the worker's shared
 * page so the engine starts once per half. On each page, at 1280 px: no figure written outside the house style
 * (issue 20 item 4; the unit scan, src/lib/format/number-style-scan.test.ts, finds code that formats by itself,
 * this finds what reaches the screen whichever way it was built), and on the views, the Sources page and the
 * pack, no citation naming an extract's file, a text file, a hash or a line number; then at 390 px and 320 px
 * (400% zoom), every view drawn, no chart text under 12 px as the screen draws it and no sideways page scroll,
 * with every folded table open. The Sources page, the accessibility statement and the guide are read and
 * scanned with axe on the way; each view is scanned in its own journey. The same scan of the Crime and Safer
 * Streets views, the exceptions and the pack with real police.uk months loaded is in police-uk-loads.spec.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Page } from './fixtures';
import { expectNoAccessibilityViolations, expectReadableAndNoSidewaysScroll, unfoldAll, visit } from './helpers';
import { outOfStyle, waitForFigures, waitForPack } from './house-style';
import { views } from '../src/lib/views/registry';

// Several engineers share this 2-core machine: the engine has taken over 30 s to start under that load.
test.describe.configure({ timeout: 180_000 });

const everyView = views.map((view) => `view=${view.path.slice(1)}`).join('&');
const routes = [
	'/',
	...views.map((view) => view.path),
	'/exceptions',
	// A quarter, so the views filtered by period show a period's figures as well as all periods'.
	'/exceptions?period=2023%2F24-Q3',
	`/pack?meeting=Police+and+Crime+Panel&date=2024-02-07&${everyView}`,
	'/data',
	'/sources',
	'/meetings',
	'/guide',
	'/accessibility',
	'/examples/date-input'
];

// The pages whose citations are read: every view with embedded figures (the Crime view has none without its files),
// the Sources page and the pack of every view.
const cited = (path: string) => path.startsWith('/pack') || path === '/sources' || views.some((view) => view.path === path && view.path !== '/crime');
const register = Papa.parse<Record<string, string>>(readFileSync('data/source-register.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
// What must never be shown: the extracts' and the text extractions' file names, the source register's own ids
// (a reader holding the paper knows it by its title), a hash, a text line number.
const internal = [...readdirSync('data'), ...register.flatMap((row) => [row['text_file'] ?? '', row['source_id'] ?? '']).filter(Boolean)];

/** What a page's citations give away that they should not, in words (empty: nothing). */
async function internalNames(page: Page): Promise<string[]> {
	await expect(page.getByRole('heading', { name: 'Sources' }).first()).toBeVisible();
	const text = await page.locator('main').innerText();
	return [
		...internal.filter((name) => text.includes(name)).map((name) => `names ${name}`),
		...(/\bline \d/.test(text) ? ['a line number'] : []),
		...(/generate-sample|\b[0-9a-f]{16,}\b/.test(text) ? ['a hash or the generator'] : [])
	];
}

/** What the page itself says, checked on the way: the Sources page's register, the accessibility statement, the guide. */
async function readPage(page: Page, path: string): Promise<void> {
	if (path === '/sources') {
		// Every document of the register with its title, publisher, date and meeting.
		for (const row of register.filter((entry) => entry['source_id'] !== 'illustrative-sample')) {
			// By role: the register's entry headed by the document's title.
			const register = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
			const entry = register.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: row['title']!, exact: true }) });
			await expect(entry).toHaveCount(1);
			await expect(entry).toContainText(row['publisher']!);
			await expect(entry).toContainText(row['meeting']!);
		}
		await expect(page.getByTestId('source-illustrative-sample')).toContainText('must not be quoted');
	}
	if (path === '/accessibility') {
		// The sections the regulations require.
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
	}
	if (path === '/guide') await expect(page.getByRole('heading', { name: 'For the performance lead: the quarterly routine' })).toBeVisible();
	if (['/sources', '/accessibility', '/guide'].includes(path)) await expectNoAccessibilityViolations(page);
}

// Two halves, one per worker. Each opens its first page and follows links to the rest in the same page, as a
// reader does, so the engine starts once per half rather than once per page; each page is a step of its own.
const halves = [routes.slice(0, Math.ceil(routes.length / 2)), routes.slice(Math.ceil(routes.length / 2))];

for (const [index, half] of halves.entries()) {
	test(`${half.map((path) => path.split('?')[0]).join(', ')}: every figure in the house style, no internal name in a citation, and at 390 and 320 px every view drawn, chart text at least 12 px and no sideways scroll`, async ({
		appPage: page
	}) => {
		test.setTimeout(120_000 + 30_000 * half.length);
		for (const path of half) {
			await test.step(path, async () => {
				await page.setViewportSize({ width: 1280, height: 800 });
				await visit(page, path);
				await waitForFigures(page);
				// The plan aims, the exceptions and the views with figures for the period: five sections or more.
				if (path.startsWith('/pack')) await waitForPack(page, 5);
				await readPage(page, path);
				// The scan must have figures to read: a page still loading would pass with nothing on it.
				if (!['/guide', '/accessibility', '/examples/date-input', '/meetings'].includes(path)) await expect(page.locator('main')).toContainText(/\d/);
				// Opens every folded table, so its cells are read too.
				expect(await outOfStyle(page), path).toEqual([]);
				if (cited(path)) expect(await internalNames(page), path).toEqual([]);

				// On a phone: every view drawn from the engine's figures, not the build-time placeholder or a loading panel;
				// the folded tables, opened, each still fit the screen or scroll in their own box.
				await page.setViewportSize({ width: 390, height: 844 });
				await expect(page.locator('.dataset:not([data-state="ready"]), [data-ready="false"]')).toHaveCount(0);
				await unfoldAll(page);
				await expectReadableAndNoSidewaysScroll(page, 390);
				await page.setViewportSize({ width: 320, height: 800 });
				await expectReadableAndNoSidewaysScroll(page, 320);
			});
		}
		// The scan finds figures out of style (a check that finds nothing on a made-up page would prove nothing): on the
		// last page of the second half, nothing after it.
		if (index === 1) await test.step('the scan finds figures out of style', () => scanFindsMadeUpFigures(page));
	});
}

/** Adds figures out of style to the page and checks the scan finds each. */
async function scanFindsMadeUpFigures(page: Page): Promise<void> {
	await page.evaluate(() => {
		const table = document.createElement('table');
		table.innerHTML =
			'<caption>Made up</caption><tbody><tr><th>Total</th><td>£315,568</td><td>none added</td></tr><tr><th>Part</th><td>£313,967.89</td><td>12345</td></tr></tbody>';
		const paragraph = document.createElement('p');
		paragraph.textContent = 'The budget was £154.5M on 04/01/2024 (£250k in 2023/2024).';
		table.dataset.madeUp = 'true';
		paragraph.dataset.madeUp = 'true';
		document.querySelector('main')!.append(table, paragraph);
	});
	const found = await outOfStyle(page);
	// Taken out again: the page is the worker's shared one, and the next journey must not read them.
	await page.evaluate(() => document.querySelectorAll('[data-made-up]').forEach((node) => node.remove()));
	expect(found).toEqual(
		expect.arrayContaining([
			'millions with a capital M (house style: £154.5m): "£154.5M"',
			'thousands as k (house style: £250,000): "£250k"',
			'a month/day/year date (house style: 1 April 2024): "04/01/2024"',
			'a financial year written in full (house style: 2023/24): "2023/2024"',
			'zero in words in a table cell (house style: 0), in Made up: "none added"',
			'a figure without thousands separators, in Made up: "12345"',
			'pounds and pence mixed in one column, in Made up: £315,568 beside £313,967.89'
		])
	);
}
