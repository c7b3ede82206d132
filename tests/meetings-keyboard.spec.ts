import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Locator } from '@playwright/test';
import { expect, test, type Page } from './fixtures';
import { expectNoAccessibilityViolations, expectReadableAndNoSidewaysScroll, followInApp, openInteractive, waitForData, watchOffOriginRequests } from './helpers';

/**
 * Issue 18's whole journey with the keyboard alone: Tab and Shift+Tab to move,
 * typing, Space, Enter and the arrow keys; never a click. The Commissioner's
 * board on the Meetings pages (kept over a reload, carried forward, overdue, done
 * and undone), then where the log is read: the view and the plan aims beside the
 * measure, the pack for the meeting, the meeting snapshot opened on another
 * device, and there the log's CSV out and in, and a mistake in a new meeting's date.
 */

// Measure names as the embedded measures-and-aims extract gives them, so the test follows the data.
const measureRows = Papa.parse<Record<string, string>>(readFileSync('data/measure-aims.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const measureNamed = (id: string) => measureRows.find((row) => row.measure_id === id)!.measure_name!;

/**
 * In the page: which way the focus must go to reach `element` ("there" when it has), and about how many Tab stops
 * lie between: the visible, enabled elements the keyboard stops at, in page order, a radio group counted once.
 */
function stopsTo(element: Element): { key: 'there' | 'Tab' | 'Shift+Tab'; stops: number } {
	const focus = document.activeElement;
	if (focus === element) return { key: 'there', stops: 0 };
	const forward = !focus || focus === document.body || (focus.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
	const groups = new Set<string>();
	const stops = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter((candidate) => {
		if (candidate.tabIndex < 0 || (candidate as HTMLButtonElement).disabled || candidate.closest('[inert]') || !candidate.checkVisibility({ visibilityProperty: true }))
			return false;
		if (candidate instanceof HTMLInputElement && candidate.type === 'hidden') return false;
		if (candidate instanceof HTMLInputElement && candidate.type === 'radio' && candidate !== element) {
			if (groups.has(candidate.name)) return false;
			groups.add(candidate.name);
		}
		return true;
	});
	const from = focus && focus !== document.body ? stops.indexOf(focus as HTMLElement) : -1;
	const to = stops.indexOf(element as HTMLElement);
	return { key: forward ? 'Tab' : 'Shift+Tab', stops: from < 0 || to < 0 ? 1 : Math.max(1, Math.abs(to - from)) };
}

/**
 * Moves the focus to `target` with Tab (or Shift+Tab when it lies before the focus), as a keyboard user would. The
 * keys are pressed in a row, as many as the Tab stops counted, and the focus looked at again: a look after every key
 * cost a round trip to the page per key, about a third of this journey's time. Once a row overshoots (the count was
 * off), one key at a time.
 */
async function tabTo(page: Page, target: Locator, most = 400) {
	const handle = await target.elementHandle();
	let lastKey = '';
	let oneAtATime = false;
	for (let presses = 0; presses < most;) {
		const { key, stops } = await handle!.evaluate(stopsTo);
		if (key === 'there') return;
		if (lastKey && key !== lastKey) oneAtATime = true;
		lastKey = key;
		const row = oneAtATime ? 1 : stops;
		for (let pressed = 0; pressed < row; pressed++) await page.keyboard.press(key);
		presses += row;
	}
	throw new Error(`Tab never reached ${target}`);
}

/** Focuses a field and types into it. */
async function typeInto(page: Page, field: Locator, text: string) {
	await tabTo(page, field);
	await page.keyboard.type(text);
}

/** Types a GOV.UK date: day, Tab, month, Tab, year. */
async function typeDate(page: Page, legend: string, day: string, month: string, year: string) {
	await typeInto(page, page.getByRole('group', { name: legend }).getByLabel('Day'), day);
	for (const part of [month, year]) {
		await page.keyboard.press('Tab');
		await page.keyboard.type(part);
	}
}

/** Chooses an option of a closed select with the arrow keys. */
async function chooseWithArrows(page: Page, select: Locator, value: string) {
	await tabTo(page, select);
	for (let presses = 0; presses < 80 && (await select.inputValue()) !== value; presses++) await page.keyboard.press('ArrowDown');
	await expect(select).toHaveValue(value);
}

async function press(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter') {
	await tabTo(page, target);
	await page.keyboard.press(key);
}

async function addBoard(page: Page, day: string, month: string) {
	await typeInto(page, page.getByLabel('Name of the meeting'), 'Strategic Assurance Board');
	await press(page, page.getByRole('radio', { name: 'Accountability board' }), 'Space');
	await expect(page.getByRole('radio', { name: 'Accountability board' })).toBeChecked();
	await typeDate(page, 'Date of the meeting', day, month, '2025');
	await page.keyboard.press('Enter');
}

async function addItem(page: Page, topic: string, measureId: string) {
	await typeInto(page, page.getByLabel('Topic'), topic);
	await press(page, page.getByRole('checkbox', { name: measureNamed(measureId) }), 'Space');
	await typeInto(page, page.getByLabel('Period the figures cover'), '2024/25-Q4');
	await press(page, page.getByRole('button', { name: 'Add to the agenda' }));
	await expect(page.getByTestId('agenda-item').filter({ hasText: topic })).toBeVisible();
}

async function raise(page: Page, action: string, owner: string, measureId: string, day: string, month: string) {
	await typeInto(page, page.getByLabel('Action', { exact: true }), action);
	await typeInto(page, page.getByLabel('Owner'), owner);
	await chooseWithArrows(page, page.getByLabel('Measure or view it concerns'), `measure:${measureId}`);
	await typeDate(page, 'Due date', day, month, '2025');
	await press(page, page.getByRole('button', { name: 'Raise action' }));
	await expect(page.getByTestId('action').filter({ hasText: action })).toBeVisible();
}

const declined = 'Explain declined visits by suite';
const referrals = 'Split referrals by source';
const reason = 'Declined visits were not explained by suite.';

test('keyboard alone: a board, its agenda, a rating and two actions; the next board carries them, one overdue, done and undone; kept over a reload; the view, the plan aims, the pack and a snapshot on another device show them; there the log goes out and comes back as CSV, and a mistaken date is shown in an error summary', async ({
	page,
	browser,
	baseURL
}) => {
	// Two meetings, three views, a pack and a second device, with axe at each new state: minutes on a shared machine.
	test.setTimeout(420_000);
	const offOrigin = watchOffOriginRequests(page, new URL(baseURL!).origin);
	await openInteractive(page, '/meetings');
	await expect(page.getByText('No meetings yet. Add the first below.')).toBeVisible();
	await expectNoAccessibilityViolations(page);
	await addBoard(page, '12', '3');
	await press(page, page.getByRole('link', { name: 'Open Strategic Assurance Board on 12 March 2025' }));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategic Assurance Board, 12 March 2025');
	await page.locator('html[data-hydrated="true"]').waitFor();
	const marchUrl = new URL(page.url());

	await addItem(page, 'Custody visiting', 'icv-detainees-seen');
	await addItem(page, 'Referrals', 'referrals-volume');
	const custody = page.getByTestId('agenda-item').filter({ hasText: 'Custody visiting' });
	await press(page, custody.locator('summary', { hasText: 'Record assurance' }));
	// The radios are one Tab stop: the first takes the focus, the arrow moves to the next and chooses it.
	await tabTo(page, custody.getByRole('radio', { name: 'Assured', exact: true }));
	await page.keyboard.press('ArrowDown');
	await expect(custody.getByRole('radio', { name: 'Partly assured' })).toBeChecked();
	await typeInto(page, custody.getByLabel('Reason'), reason);
	await press(page, custody.getByRole('button', { name: 'Record assurance' }));
	await expect(custody.getByTestId('assurance')).toHaveText(/Partly assured\s+Declined visits were not explained by suite\./);

	await raise(page, declined, 'Chief Constable', 'icv-detainees-seen', '30', '4');
	await raise(page, referrals, 'ACC Local Policing', 'referrals-volume', '30', '6');
	await expect(page.getByTestId('progress')).toContainText('2 open actions, 0 of them overdue');
	await expectNoAccessibilityViolations(page);

	// The next board: both carried forward; the one due 30 April is overdue on 7 May. Every page is reached as a link
	// in the same page, as the navigation does, until the reload that shows what was saved.
	await followInApp(page, '/meetings');
	await addBoard(page, '7', '5');
	await expect(page.getByTestId('save-notice')).toContainText('2 open actions carried forward to it');
	await press(page, page.getByRole('link', { name: 'Open Strategic Assurance Board on 7 May 2025' }));
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expect(page.getByTestId('action-status')).toHaveText(['Carried forward', 'Carried forward']);
	const late = page.getByTestId('action').filter({ hasText: declined });
	await expect(late.getByTestId('overdue')).toHaveText('Overdue');
	await expect(page.getByTestId('overdue')).toHaveCount(1);
	await expect(late).toContainText('Carried forward from Strategic Assurance Board of 12 March 2025 to Strategic Assurance Board of 7 May 2025.');
	await expect(page.getByTestId('progress')).toContainText('2 open actions, 1 of them overdue; 0 done or closed since the last meeting on 12 March 2025');
	const split = page.getByTestId('action').filter({ hasText: referrals });
	await press(page, split.getByRole('button', { name: 'Mark done' }));
	await expect(split.getByTestId('action-status')).toHaveText('Done');
	await expect(page.getByTestId('progress')).toContainText('1 open action, 1 of them overdue; 1 done or closed since the last meeting on 12 March 2025');
	await expectNoAccessibilityViolations(page);
	// Done can be undone, and done again.
	await press(page, page.getByRole('button', { name: /^Undo: mark the action "Split referrals by source" done/ }));
	await expect(split.getByTestId('action-status')).toHaveText('Carried forward');
	await press(page, split.getByRole('button', { name: 'Mark done' }));
	await expect(split.getByTestId('action-status')).toHaveText('Done');

	// Saved at every change: a reload shows the May board as left, and the March board its agenda and rating.
	await page.reload();
	await expect(page.getByTestId('action-status')).toHaveText(['Carried forward', 'Done']);
	await expect(page.getByTestId('progress')).toContainText('1 open action, 1 of them overdue; 1 done or closed since the last meeting on 12 March 2025');
	const meetingUrl = new URL(page.url());
	await followInApp(page, `/meetings/meeting${marchUrl.search}`);
	await expect(page.getByTestId('agenda-item')).toHaveCount(2);
	await expect(page.getByTestId('agenda-item').first()).toContainText(measureNamed('icv-detainees-seen'));
	await expect(page.getByTestId('agenda-item').filter({ hasText: 'Custody visiting' }).getByTestId('assurance')).toContainText('Partly assured');

	// The custody view shows its measure's rating in words, and the open action, overdue at the latest board. The views
	// and the pack are reached as links in the same page (the engine started once for them), as the navigation does.
	await followInApp(page, '/custody-visiting');
	await waitForData(page, 60_000);
	const block = page.getByTestId('meeting-assurance');
	await expect(block.getByTestId('assurance-latest')).toHaveText(
		`Partly assured at the Strategic Assurance Board on 12 March 2025, on Custody visiting (${measureNamed('icv-detainees-seen')}): ${reason}`
	);
	await expect(block.getByTestId('open-action')).toHaveText([/^Explain declined visits by suite \(Chief Constable\), due 30 April 2025;\s+carried forward\s+Overdue$/]);
	await expect(block).toContainText('1 open action on these measures at the Strategic Assurance Board on 7 May 2025, 1 overdue');
	await expectNoAccessibilityViolations(page);
	// On the smallest phone (320 px, 400% zoom) the block reflows with the page, no text under 12 px.
	await page.setViewportSize({ width: 320, height: 700 });
	await expectReadableAndNoSidewaysScroll(page, 320);
	expect(await block.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(12);
	await page.setViewportSize({ width: 1280, height: 720 });
	// The referrals view: its action is done, and its item was not rated, so it says nothing.
	await followInApp(page, '/referrals');
	await waitForData(page, 60_000);
	await expect(page.getByTestId('meeting-assurance')).toHaveCount(0);

	// The plan aims show the same beside the measure, under each aim it evidences.
	await followInApp(page, '/plan-aims');
	await waitForData(page, 60_000);
	const beside = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: measureNamed('icv-detainees-seen'), exact: true }) })
		.getByTestId('meeting-assurance');
	await expect(beside.first()).toContainText(`Partly assured at the Strategic Assurance Board on 12 March 2025: ${reason}`);
	await expect(beside.first().getByTestId('open-action')).toContainText(declined);
	await expectNoAccessibilityViolations(page);

	// The pack for the May board, made from its form by keyboard: progress against actions follows the contents.
	await followInApp(page, '/pack');
	await chooseWithArrows(page, page.getByLabel('Meeting in the meetings log'), meetingUrl.searchParams.get('id')!);
	await press(page, page.getByRole('checkbox', { name: 'Custody visiting' }), 'Space');
	await press(page, page.getByRole('button', { name: 'Make the pack' }));
	await expect(page).toHaveURL(/log-meeting=/);
	const progress = page.getByRole('region', { name: 'Progress against actions' });
	await expect(progress.getByTestId('pack-progress-summary')).toHaveText(
		'At the Strategic Assurance Board on 7 May 2025: 1 open action, 1 of them overdue; 1 done or closed since the last meeting on 12 March 2025.'
	);
	await expect(
		progress
			.getByRole('table', { name: /^Open actions at / })
			.locator('tbody')
			.getByRole('row')
	).toHaveText([/Explain declined visits by suite\s*Chief Constable\s*Strategic Assurance Board, 12 March 2025.*30 April 2025\s*Overdue/]);
	await expect(
		progress
			.getByRole('table', { name: /^Done or closed / })
			.locator('tbody')
			.getByRole('row')
	).toContainText([referrals]);
	const parts = await page.locator('[data-pack-part]').evaluateAll((all) => all.map((part) => part.getAttribute('data-testid') ?? part.id));
	expect(parts.slice(0, 4)).toEqual(['pack-cover', 'pack-contents', 'pack-progress', 'pack-section']);
	await expect(page.getByRole('region', { name: 'Contents' }).getByRole('listitem').first()).toContainText('Progress against actions');
	await expect(page.getByRole('region', { name: 'Strategic Assurance Board' })).toContainText('7 May 2025');
	const section = page.getByTestId('pack-section').filter({ hasText: '. Custody visiting' });
	await expect(section.getByTestId('assurance-latest')).toContainText('Partly assured at the Strategic Assurance Board on 12 March 2025');
	await expect(section.getByTestId('open-action')).toContainText(declined);
	await waitForData(page, 60_000);
	await expectNoAccessibilityViolations(page);

	// A snapshot saved here, after a reset, opens on another device with the same meetings.
	await followInApp(page, '/meetings');
	const meetingsTable = await page.getByRole('table', { name: 'Meetings, latest first' }).innerText();
	const saving = page.waitForEvent('download');
	await press(page, page.getByRole('button', { name: 'Save meeting snapshot' }));
	const snapshot = await (await saving).path();
	await followInApp(page, '/data');
	await press(page, page.getByRole('button', { name: 'Reset to embedded data' }));
	await expect(page.getByText('Every dataset is back to its embedded extract.')).toBeVisible();
	// The reset is of the datasets: this device's meetings log is kept.
	await followInApp(page, '/meetings');
	await expect(page.getByRole('table', { name: 'Meetings, latest first' })).toContainText('7 May 2025');

	const elsewhere = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'Europe/London' });
	const other = await elsewhere.newPage();
	await openInteractive(other, '/meetings');
	await expect(other.getByText('No meetings yet. Add the first below.')).toBeVisible();
	await followInApp(other, '/data');
	const chooser = other.waitForEvent('filechooser');
	await press(other, other.getByLabel('Open a meeting snapshot'), 'Space');
	await (await chooser).setFiles(snapshot);
	await expect(other).toHaveURL(/\/meetings$/);
	await expect(other.getByRole('table', { name: 'Meetings, latest first' })).toBeVisible();
	expect(await other.getByRole('table', { name: 'Meetings, latest first' }).innerText()).toBe(meetingsTable);
	await expect(other.getByRole('table', { name: 'Meetings, latest first' })).toContainText('12 March 2025');
	// Opening it replaced this device's log, which can be undone.
	await expect(other.getByRole('button', { name: /^Undo: open the meeting snapshot of \d{1,2} \w+ \d{4}$/ })).toBeVisible();
	await expectNoAccessibilityViolations(other);
	await followInApp(other, `/meetings/meeting${meetingUrl.search}`);
	await expect(other.getByTestId('action-status')).toHaveText(['Carried forward', 'Done']);
	await expect(other.getByTestId('progress')).toContainText('1 open action, 1 of them overdue; 1 done or closed since the last meeting on 12 March 2025');

	// The log downloads as CSV with its contract columns, and a file with a mistake is refused with its problems.
	await followInApp(other, '/meetings');
	const csvSaving = other.waitForEvent('download');
	await press(other, other.getByRole('button', { name: 'Download Meetings CSV' }));
	const csv = await csvSaving;
	expect(csv.suggestedFilename()).toBe('meetings.csv');
	const text = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '');
	const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
	expect(rows).toHaveLength(2);
	for (const date of ['2025-03-12', '2025-05-07'])
		expect(rows).toContainEqual(
			expect.objectContaining({ meeting_name: 'Strategic Assurance Board', meeting_type: 'accountability board', meeting_date: date, status: 'planned' })
		);
	const broken = text.replace('2025-03-12', '12/03/2025');
	const brokenLine = broken.split(/\r?\n/).findIndex((line) => line.includes('12/03/2025')) + 1;
	const csvChooser = other.waitForEvent('filechooser');
	await press(other, other.getByLabel('Load Meetings from a CSV file'), 'Space');
	await (await csvChooser).setFiles({ name: 'meetings.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
	await expect(other.getByRole('alert', { name: /^meetings\.csv was not loaded/ })).toContainText(`meetings.csv, line ${brokenLine}, column 4 (meeting_date)`);
	await expect(other.getByRole('table', { name: 'Meetings, latest first' })).toContainText('12 March 2025');
	await expectNoAccessibilityViolations(other);

	// A meeting of another kind, with a date that does not exist: a GOV.UK error summary takes the focus, and its
	// link the reader to the day, by keyboard.
	await typeInto(other, other.getByLabel('Name of the meeting'), 'Police and Crime Panel');
	await other.keyboard.press('Tab');
	await other.keyboard.press('Space');
	await expect(other.getByRole('radio', { name: 'Accountability board' })).toBeChecked();
	await other.keyboard.press('ArrowDown');
	await expect(other.getByRole('radio', { name: 'Police and Crime Panel' })).toBeChecked();
	await other.keyboard.press('Tab');
	await other.keyboard.type('31');
	await other.keyboard.press('Tab');
	await other.keyboard.type('4');
	await other.keyboard.press('Tab');
	await other.keyboard.type('2026');
	await other.keyboard.press('Enter');
	const summary = other.getByTestId('error-summary');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Date of the meeting must be a real date');
	await expectNoAccessibilityViolations(other);
	await other.keyboard.press('Tab');
	await other.keyboard.press('Enter');
	await expect(other.getByRole('group', { name: 'Date of the meeting' }).getByLabel('Day')).toBeFocused();
	await other.keyboard.press('Control+A');
	await other.keyboard.type('30');
	await other.keyboard.press('Enter');
	await expect(other.getByRole('table', { name: 'Meetings, latest first' })).toContainText('30 April 2026');
	await expect(other.getByRole('table', { name: 'Meetings, latest first' })).toContainText('Police and Crime Panel');
	await expect(other.getByTestId('error-summary')).toHaveCount(0);
	await elsewhere.close();
	expect(offOrigin).toEqual([]);
});
