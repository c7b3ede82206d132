import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import Papa from 'papaparse';
import { expectNoAccessibilityViolations, followInApp, unfoldAll, visit, waitForData as waitForDataOf } from './helpers';

type Row = Record<string, string>;
const register = Papa.parse<Row>(readFileSync('data/source-register.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
// What must never be shown: the extracts' and the text extractions' file names, the source register's own ids
// (a reader holding the paper knows it by its title), a hash, a text line number.
const internal = [...readdirSync('data'), ...register.flatMap((row) => [row['text_file'] ?? '', row['source_id'] ?? '']).filter(Boolean)];

// The machine these run on is shared and slow: the datasets may take longer than the default 20 s to load.
const waitForData = (page: Page) => waitForDataOf(page, 60_000);

test('the Sources page lists every document of the register with its title, publisher, date and meeting, and passes axe', async ({ appPage: page }) => {
	await visit(page, '/sources');
	for (const row of register.filter((entry) => entry['source_id'] !== 'illustrative-sample')) {
		const entry = page.getByTestId(`source-${row['source_id']}`);
		await expect(entry.getByRole('heading', { level: 3 })).toHaveText(row['title']!);
		await expect(entry).toContainText(row['publisher']!);
		await expect(entry).toContainText(row['meeting']!);
	}
	await expect(page.getByTestId('source-illustrative-sample')).toContainText('must not be quoted');
	await expectNoAccessibilityViolations(page);
});

test('no page shows a file name of the extracts or of the text files, a hash or a line number in its citations', async ({ appPage: page }) => {
	test.setTimeout(180_000);
	// The first page opened, the rest followed as links in the same page, so the engine starts once.
	for (const [index, path] of [
		'/plan-aims',
		'/budget',
		'/engagement',
		'/custody-visiting',
		'/referrals',
		'/safer-streets',
		'/sources',
		'/pack?view=budget&view=engagement&view=custody-visiting&view=referrals&view=safer-streets'
	].entries()) {
		if (index === 0) await visit(page, path);
		else await followInApp(page, path);
		await waitForData(page);
		await expect(page.getByRole('heading', { name: 'Sources' }).first()).toBeVisible();
		// Folded tables are drawn only when opened: open them, so their captions and cells are read too.
		await unfoldAll(page);
		const text = await page.locator('main').innerText();
		for (const name of internal) expect(text, `${path} names ${name}`).not.toContain(name);
		expect(text, path).not.toMatch(/\bline \d/);
		expect(text, path).not.toMatch(/generate-sample|\b[0-9a-f]{16,}\b/);
	}
});
