import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import Papa from 'papaparse';
import { expectNoAccessibilityViolations, openInteractive, watchOffOriginRequests } from './helpers';

// Measure names as the embedded measures-and-aims extract gives them, so the test follows the data.
const measureRows = Papa.parse<Record<string, string>>(readFileSync('data/measure-aims.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const measureNamed = (id: string) => measureRows.find((row) => row.measure_id === id)!.measure_name!;

async function fillDate(page: Page, legend: string, day: string, month: string, year: string) {
	const group = page.getByRole('group', { name: legend });
	await group.getByLabel('Day').fill(day);
	await group.getByLabel('Month').fill(month);
	await group.getByLabel('Year').fill(year);
}

async function addMeeting(page: Page, name: string, day: string, month: string, year: string) {
	await page.getByLabel('Name of the meeting').fill(name);
	await page.getByRole('radio', { name: 'Accountability board' }).check();
	await fillDate(page, 'Date of the meeting', day, month, year);
	await page.getByRole('button', { name: 'Add meeting' }).click();
}

async function addItem(page: Page, topic: string, measureId: string) {
	await page.getByLabel('Topic').fill(topic);
	await page.getByRole('checkbox', { name: measureNamed(measureId) }).check();
	await page.getByLabel('Period the figures cover').fill('2025/26-Q3');
	await page.getByRole('button', { name: 'Add to the agenda' }).click();
	await expect(page.getByTestId('agenda-item').filter({ hasText: topic })).toBeVisible();
}

async function raise(page: Page, action: string, measureId: string, day: string, month: string) {
	await page.getByLabel('Action', { exact: true }).fill(action);
	await page.getByLabel('Owner').fill('Chief Constable');
	await page.getByLabel('Measure or view it concerns').selectOption(`measure:${measureId}`);
	await fillDate(page, 'Due date', day, month, '2026');
	await page.getByRole('button', { name: 'Raise action' }).click();
	await expect(page.getByTestId('action').filter({ hasText: action })).toBeVisible();
}

test('a meeting keeps its agenda, assurance and actions over a reload; the next meeting carries the open actions, one overdue; done can be undone', async ({ page, baseURL }) => {
	// The whole journey of two meetings, with three axe scans: on a shared 2-core machine it has taken close to a minute.
	test.setTimeout(180_000);
	const offOrigin = watchOffOriginRequests(page, new URL(baseURL!).origin);
	await openInteractive(page, '/meetings');
	await expect(page.getByTestId('no-meetings')).toBeVisible();
	await expectNoAccessibilityViolations(page);

	await addMeeting(page, 'Strategic Assurance Board', '12', '3', '2026');
	await page.getByRole('link', { name: 'Open Strategic Assurance Board on 12 March 2026' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategic Assurance Board, 12 March 2026');

	await addItem(page, 'Custody visiting', 'icv-detainees-seen');
	await addItem(page, 'Referrals', 'referrals-volume');
	const custody = page.getByTestId('agenda-item').filter({ hasText: 'Custody visiting' });
	await custody.locator('summary', { hasText: 'Record assurance' }).click();
	await custody.getByRole('radio', { name: 'Partly assured' }).check();
	await custody.getByLabel('Reason').fill('Declined visits were not explained by suite.');
	await custody.getByRole('button', { name: 'Record assurance' }).click();
	await expect(custody.getByTestId('assurance')).toHaveText(/Partly assured\s+Declined visits were not explained by suite\./);

	await raise(page, 'Explain declined visits by suite', 'icv-detainees-seen', '30', '4');
	await raise(page, 'Split referrals by source', 'referrals-volume', '30', '6');
	await expectNoAccessibilityViolations(page);

	// Saved at every change: a reload shows it all.
	await page.reload();
	await expect(page.getByTestId('agenda-item')).toHaveCount(2);
	await expect(page.getByTestId('agenda-item').first()).toContainText(measureNamed('icv-detainees-seen'));
	await expect(custody.getByTestId('assurance')).toContainText('Partly assured');
	await expect(page.getByTestId('action')).toHaveCount(2);
	await expect(page.getByTestId('progress')).toContainText('2 open actions, 0 of them overdue');

	// The next board: both open actions carried forward; the one due 30 April is overdue on 7 May.
	await openInteractive(page, '/meetings');
	await addMeeting(page, 'Strategic Assurance Board', '7', '5', '2026');
	await expect(page.getByTestId('save-notice')).toContainText('2 open actions carried forward to it');
	await page.getByRole('link', { name: 'Open Strategic Assurance Board on 7 May 2026' }).click();
	await expect(page.getByTestId('action')).toHaveCount(2);
	await expect(page.getByTestId('action-status')).toHaveText(['Carried forward', 'Carried forward']);
	const declined = page.getByTestId('action').filter({ hasText: 'Explain declined visits by suite' });
	await expect(declined.getByTestId('overdue')).toHaveText('Overdue');
	await expect(page.getByTestId('overdue')).toHaveCount(1);
	await expect(page.getByTestId('progress')).toContainText('2 open actions, 1 of them overdue; 0 done or closed since the last meeting on 12 March 2026');
	await expect(declined).toContainText('Carried forward from Strategic Assurance Board of 12 March 2026 to Strategic Assurance Board of 7 May 2026.');

	await declined.getByRole('button', { name: 'Mark done' }).click();
	await expect(declined.getByTestId('action-status')).toHaveText('Done');
	await expect(page.getByTestId('progress')).toContainText('1 open action, 0 of them overdue; 1 done or closed since the last meeting on 12 March 2026');
	await expectNoAccessibilityViolations(page);

	await page.getByRole('button', { name: /^Undo: mark the action "Explain declined visits by suite" done/ }).click();
	await expect(declined.getByTestId('action-status')).toHaveText('Carried forward');
	await declined.getByRole('button', { name: 'Mark done' }).click();
	await page.reload();
	await expect(page.getByTestId('action').filter({ hasText: 'Explain declined visits by suite' }).getByTestId('action-status')).toHaveText('Done');
	expect(offOrigin).toEqual([]);
});

test('the log downloads as CSV with its contract columns, and a broken file is refused with its problems', async ({ page }) => {
	await openInteractive(page, '/meetings');
	await addMeeting(page, 'Strategic Assurance Board', '12', '3', '2026');
	await expect(page.getByRole('link', { name: /^Open Strategic Assurance Board/ })).toBeVisible();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Meetings CSV' }).click()]);
	expect(download.suggestedFilename()).toBe('meetings.csv');
	const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
	const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
	expect(rows).toEqual([
		expect.objectContaining({ meeting_name: 'Strategic Assurance Board', meeting_type: 'accountability board', meeting_date: '2026-03-12', status: 'planned' })
	]);

	const broken = text.replace('2026-03-12', '12/03/2026');
	await page.getByLabel('Load Meetings from a CSV file').setInputFiles({ name: 'meetings.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
	await expect(page.getByTestId('problem-summary')).toContainText('meetings.csv, line 2, column 4 (meeting_date)');
	await expect(page.getByTestId('meetings-table')).toContainText('12 March 2026');
	await expectNoAccessibilityViolations(page);
});

test('two tabs editing the same meeting: the second is told, and its change is not saved over the first', async ({ context }) => {
	const first = await context.newPage();
	await openInteractive(first, '/meetings');
	await addMeeting(first, 'Corporate Governance Board', '12', '3', '2026');
	await first.getByRole('link', { name: /^Open Corporate Governance Board/ }).click();
	await expect(first.getByRole('heading', { level: 1 })).toHaveText('Corporate Governance Board, 12 March 2026');
	const second = await context.newPage();
	await openInteractive(second, first.url());
	await expect(second.getByRole('heading', { level: 1 })).toHaveText('Corporate Governance Board, 12 March 2026');

	await first.getByLabel('Decision', { exact: true }).fill('Report custody visiting by suite from May.');
	await first.getByRole('button', { name: 'Record decision' }).click();
	await expect(first.getByTestId('decision-log')).toContainText('Report custody visiting by suite from May.');

	await expect(second.getByTestId('changed-elsewhere')).toContainText('This meeting was changed in another tab: reload to see it');
	await expectNoAccessibilityViolations(second);
	await second.getByLabel('Decision', { exact: true }).fill('A decision typed in the stale tab.');
	await second.getByRole('button', { name: 'Record decision' }).click();
	await expect(second.getByTestId('save-notice')).toContainText('This meeting was changed in another tab: reload to see it. Your change was not saved.');

	await second.reload();
	await expect(second.getByTestId('decision-log')).toContainText('Report custody visiting by suite from May.');
	await expect(second.getByTestId('decision-log')).not.toContainText('stale tab');
	await expect(second.getByTestId('changed-elsewhere')).toHaveCount(0);

	await second.getByRole('link', { name: /^Printable decision log/ }).click();
	await expect(second.getByRole('heading', { level: 1 })).toHaveText('Decision log: Corporate Governance Board, 12 March 2026');
	await expect(second.getByTestId('decision-log')).toContainText('Report custody visiting by suite from May.');
	await expectNoAccessibilityViolations(second);
});

test('keyboard alone can create a meeting, and a mistake is shown in a GOV.UK error summary', async ({ page }) => {
	await openInteractive(page, '/meetings');
	const name = page.getByLabel('Name of the meeting');
	for (let presses = 0; presses < 40 && !(await name.evaluate((el) => el === document.activeElement)); presses++) await page.keyboard.press('Tab');
	await expect(name).toBeFocused();
	await page.keyboard.type('Police and Crime Panel');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await expect(page.getByRole('radio', { name: 'Accountability board' })).toBeChecked();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: 'Police and Crime Panel' })).toBeChecked();
	await page.keyboard.press('Tab');
	await page.keyboard.type('31');
	await page.keyboard.press('Tab');
	await page.keyboard.type('4');
	await page.keyboard.press('Tab');
	await page.keyboard.type('2026');
	await page.keyboard.press('Enter');

	const summary = page.getByTestId('error-summary');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Date of the meeting must be a real date');
	await expectNoAccessibilityViolations(page);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('group', { name: 'Date of the meeting' }).getByLabel('Day')).toBeFocused();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('30');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('meetings-table')).toContainText('30 April 2026');
	await expect(page.getByTestId('meetings-table')).toContainText('Police and Crime Panel');
	await expect(page.getByTestId('error-summary')).toHaveCount(0);
});
