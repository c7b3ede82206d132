import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import Papa from 'papaparse';
import { expectNoAccessibilityViolations, openInteractive, visit, waitForData } from './helpers';

// Custody visiting in 2023/24 Q3 (the embedded sample): 41 scheduled visits, all completed,
// and 1 more made in addition to the rota. That 1 is a count of events below 5, so the pack shows [c].
// Engagement in the same quarter: the Commissioner's Update of December 2023 (the budget has no figures for it).
const packPath = '/pack?meeting=Police+and+Crime+Panel&date=2024-02-07&period=2023%2F24-Q3&view=engagement&view=custody-visiting';

// The machine these run on is shared and slow: the datasets may take longer than the default 20 s to load.
const slow = { timeout: 60_000 };

/**
 * Opens a pack and waits until every section has its figures. `visit` (the default) follows it in the app when
 * the page already shows it (the worker's shared page); `afresh` loads it anew, as a copied link does, or the
 * first page after an upload, which reads the upload back from the device.
 */
async function openPack(page: Page, path: string, sections: number, open: 'visit' | 'afresh' = 'visit') {
	if (open === 'afresh') await page.goto(path);
	else await visit(page, path);
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expect(page.getByTestId('pack-section')).toHaveCount(sections, slow);
	await waitForData(page, slow.timeout);
	await expect(page.getByTestId('loading')).toHaveCount(0);
	await expect(page.getByRole('article', { name: 'Panel pack' }).getByTestId('summary')).toHaveCount(sections);
	await expect(page.getByTestId('pack-quality')).toBeVisible();
}

/** The text of one page of a PDF, as pdftotext (poppler-utils) lays it out, or in the content stream's order. */
const pageText = (pdf: string, n: number, mode: '-layout' | '-raw' = '-layout') =>
	execFileSync('pdftotext', [mode, '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });

/** The page's lines, trimmed, without blank ones. */
const linesOf = (text: string) =>
	text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);

/** The page printed to A4 as the pack's Print button prints it: the PDF's path, what pdfinfo says of it, and each page's text. */
async function printedPack(page: Page): Promise<{ pdf: string; info: string; texts: string[] }> {
	const pdf = join(mkdtempSync(join(tmpdir(), 'scrutiny-pack-')), 'pack.pdf');
	writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
	if (process.env.SCRUTINY_KEEP_PDF) writeFileSync(process.env.SCRUTINY_KEEP_PDF, readFileSync(pdf));
	const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
	const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
	return { pdf, info, texts: Array.from({ length: pages }, (_, index) => pageText(pdf, index + 1)) };
}

/** Holds each contents entry ("<title> page <n>") to the printed pack: its part starts a page, the page the entry gives. */
function expectContentsTrue(entries: readonly string[], texts: readonly string[]): { title: string; printedOn: number }[] {
	return entries.map((entry) => {
		const [, title = '', listed] = /^(.+?)\s+page (\d+)$/s.exec(entry.trim()) ?? [];
		const printedOn = texts.findIndex((text) => linesOf(text)[1] === title) + 1;
		expect(printedOn, `"${title}" starts a page`).toBeGreaterThan(1);
		expect(Number(listed), `the contents give ${title} its page`).toBe(printedOn);
		return { title, printedOn };
	});
}

test("a Panel member's pack: made from its form and kept in its link; printed to A4 with each section on a new page, the marking on every page, its contents' page numbers true, small counts suppressed; a view with no figures for the period left out, saying why", async ({
	appPage: page,
	appWatch
}) => {
	// Four packs printed to PDF and read back page by page: minutes on a shared machine.
	test.setTimeout(420_000);
	await test.step('the form keeps the pack in the URL, so a reload or a copied link makes the same pack', async () => {
		await visit(page, '/pack');
		await page.locator('html[data-hydrated="true"]').waitFor();
		await expect(page.getByTestId('pack-empty')).toBeVisible();
		await page.getByLabel('Meeting name').fill('Panel, 7 February');
		const date = page.getByRole('group', { name: 'Meeting date' });
		// A date that does not exist stops the form, with GOV.UK's message and the day box focused.
		await date.getByLabel('Day').fill('30');
		await date.getByLabel('Month').fill('2');
		await date.getByLabel('Year').fill('2024');
		await page.getByRole('button', { name: 'Make the pack' }).click();
		await expect(date).toHaveAccessibleDescription(/Meeting date must be a real date/);
		await expect(date.getByLabel('Day')).toBeFocused();
		await expect(page).not.toHaveURL(/date=/);
		await date.getByLabel('Day').fill('7');
		await page.getByLabel('Period').selectOption('2023/24');
		await page.getByLabel('Area').selectOption('Leicester');
		await page.getByRole('checkbox', { name: 'Custody visiting' }).check();
		await page.getByRole('combobox', { name: 'Protective marking' }).selectOption('OFFICIAL-SENSITIVE');
		await page.getByLabel('Suppress counts of people or events below').fill('10');
		await page.getByRole('button', { name: 'Make the pack' }).click();

		await expect(page).toHaveURL(/meeting=Panel%2C\+7\+February/);
		await expect(page).toHaveURL(/view=custody-visiting/);
		await expect(page).toHaveURL(/marking=OFFICIAL-SENSITIVE/);
		await expect(page).toHaveURL(/threshold=10/);
		await expect(page).toHaveURL(/date=2024-02-07/);
		await expect(page).not.toHaveURL(/pack-date-day/);
		// A reload is the link loaded afresh, as a copied link is: the same pack.
		await page.reload();
		await openPack(page, page.url().replace(/^.*\/pack/, '/pack'), 2);
		await expect(page.getByLabel('Meeting name')).toHaveValue('Panel, 7 February');
		await expect(page.getByRole('group', { name: 'Meeting date' }).getByLabel('Year')).toHaveValue('2024');
		await expect(page.getByRole('checkbox', { name: 'Custody visiting' })).toBeChecked();
		const cover = page.getByTestId('pack-cover');
		await expect(cover.getByRole('heading', { level: 2 })).toHaveText('Panel, 7 February');
		await expect(cover).toContainText('OFFICIAL-SENSITIVE');
		await expect(cover).toContainText('Leicester');
		await expect(cover).toContainText('[c] fewer than 10: suppressed to protect individuals, in Custody visiting only');
		// Inside the pack the views take their filters from the form, so they show no filter bar of their own.
		await expect(page.getByRole('group', { name: 'Filters' })).toHaveCount(0);
		await expect(page.getByRole('article', { name: 'Panel pack' }).getByTestId('summary').nth(1)).toContainText('2023/24 in Leicester');
	});
	await test.step('the pack passes axe and prints to A4 with each section on a new page, the marking on every page, no navigation, and small counts suppressed', async () => {
		await openPack(page, packPath, 3);
		await expect(page.getByTestId('pack-cover')).toContainText('7 February 2024');
		await expect(page.getByRole('table', { name: /^Custody visits( \(illustrative sample\))?$/ }).getByRole('row', { name: /Made in addition to the rota/ })).toContainText('[c]');
		// Only custody visiting suppresses small counts: its section carries the [c] footnote, the budget's
		// (money) and the plan aims' say why theirs do not, and the cover names which is which.
		await expect(page.locator('#pack-custody-visiting').getByTestId('pack-suppression-key')).toHaveText('[c] fewer than 5: suppressed to protect individuals.');
		await expect(page.locator('#pack-engagement').getByTestId('pack-suppression-key')).toHaveText(
			'No count in this section is suppressed: these are counts of meetings and events held by the OPCC, not of people.'
		);
		await expect(page.locator('#pack-plan-aims').getByTestId('pack-suppression-key')).toContainText('No count in this section is suppressed');
		await expect(page.getByTestId('pack-suppression-cover')).toHaveText(
			'[c] fewer than 5: suppressed to protect individuals, in Custody visiting only; money and percentages are never suppressed. No count is suppressed in Plan aims and Engagement: each of those sections says why.'
		);
		// With its figures drawn, it passes an axe scan for WCAG 2.2 AA.
		await expectNoAccessibilityViolations(page);

		const { pdf, info, texts } = await printedPack(page);
		const pages = texts.length;
		expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
		// Cover 1, contents 1, then each part in whole pages with room to spare (pack-pages.ts): plan aims 2 to 4,
		// engagement 2 to 4, custody 3 to 8, annex 1 to 4.
		expect(pages).toBeGreaterThanOrEqual(10);
		expect(pages).toBeLessThanOrEqual(26);

		for (const [index, text] of texts.entries()) {
			// The marking heads every page (a page-margin box), and the page number is at the foot.
			expect(linesOf(text)[0], `page ${index + 1}`).toBe('OFFICIAL');
			expect(text).toContain(`Page ${index + 1} of ${pages}`);
		}
		expect(texts[0]).toContain('Police and Crime Panel');
		expect(texts[0]).toContain('2023/24 Q3 (October to December 2023)');
		expect(texts[1]).toContain('Contents');

		// Each section title is the first thing on its page, under the marking.
		for (const title of ['1. Plan aims', '2. Exceptions report', '3. Engagement', '4. Custody visiting', 'Annex: data quality and sources']) {
			const starts = texts.findIndex((text) => linesOf(text)[1] === title);
			expect(starts, `"${title}" starts a page`).toBeGreaterThan(0);
		}

		const all = texts.join('\n');
		for (const screenOnly of [
			'Skip to main content',
			'Save meeting snapshot',
			'Your data stays on this device',
			'Make the pack',
			'Print or save as PDF',
			'Download data (CSV)',
			'Copy link',
			'Views to include'
		]) {
			expect(all).not.toContain(screenOnly);
		}
		expect(all).not.toMatch(/Home\s+Plan aims\s+Budget\s+Engagement/);

		// No table row is split across pages: each row's cells, in order, are on one page. The raw text
		// keeps the content stream's order (the page's reading order), so a row that ran on to the next
		// page would be found on neither. Spaces are dropped, since a cell may wrap.
		const squeeze = (text: string) => text.replace(/\s+/g, '');
		const rawPages = Array.from({ length: pages }, (_, index) => squeeze(pageText(pdf, index + 1, '-raw')));
		const tableRows = await page
			.getByRole('article', { name: 'Panel pack' })
			.locator('table tr')
			.evaluateAll((rows) =>
				rows.map((row) =>
					Array.from(row.children, (cell) => {
						// Text for screen readers only is not printed.
						const printed = cell.cloneNode(true) as HTMLElement;
						printed.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
						return printed.textContent ?? '';
					}).join('')
				)
			);
		expect(tableRows.length).toBeGreaterThan(30);
		for (const row of tableRows) {
			expect(
				rawPages.some((text) => text.includes(squeeze(row))),
				`row "${row}" is whole on one page`
			).toBe(true);
		}
		// No word in a table is broken across lines ("Harborough" printed as "Har/bor/oug/h" in a column squeezed to fit):
		// every word of every cell is found whole among the PDF's words. Cells are read word by word, as printed.
		const wordsOf = (text: string) =>
			text
				.split(/\s+/)
				.map((word) => word.replace(/^[^\p{L}\d£[]+|[^\p{L}\d%\]]+$/gu, ''))
				.filter((word) => /^\p{L}{4,}$/u.test(word));
		const printedWords = new Set(wordsOf(Array.from({ length: pages }, (_, index) => pageText(pdf, index + 1, '-raw')).join('\n')));
		const cellWords = new Set(
			wordsOf(
				(
					await page
						.getByRole('article', { name: 'Panel pack' })
						.locator('table :is(th, td)')
						.evaluateAll((cells) => {
							// The cell's printed text: screen-reader-only text left out, a line break or a block ending a word.
							const printed = (node: Node): string => {
								if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
								if (!(node instanceof HTMLElement) || node.classList.contains('visually-hidden')) return '';
								if (node.tagName === 'BR') return ' ';
								const inner = Array.from(node.childNodes, printed).join('');
								return getComputedStyle(node).display === 'inline' ? inner : ` ${inner} `;
							};
							return cells.map(printed);
						})
				).join('\n')
			)
		);
		expect(cellWords.size).toBeGreaterThan(50);
		expect([...cellWords].filter((word) => !printedWords.has(word))).toEqual([]);

		// The visits table's pages: its header row repeats on each page it runs on to, where its caption does not.
		const custody = texts.filter((text) => text.includes('Share of scheduled visits (%)'));
		expect(custody.join('\n')).toMatch(/Made in addition to the rota\s+\[c\]/);
		expect(all).toContain('[c] fewer than 5: suppressed to protect individuals');
		// The footnote is printed once on the cover's line and once under the custody section, under no other.
		expect(all.replace(/\s+/g, ' ').match(/\[c\] fewer than 5: suppressed to protect individuals/g)).toHaveLength(2);
		// The summary beside the table hides it too, in the same words.
		expect(all.replace(/\s+/g, ' ')).toContain('and [c] more visits were made in addition to the rota');
		expect(all).not.toMatch(/\b1 more visit/);
		// The table header row repeats when a table runs on to the next page.
		expect(all).toContain('Data quality checks by dataset');
		expect(appWatch.offOrigin).toEqual([]);
	});
	await test.step('with no police.uk file loaded, the Crime section is left out, with its line in the contents saying why', async () => {
		await visit(page, '/pack');
		await page.getByRole('checkbox', { name: 'Crime', exact: true }).check();
		await page.getByRole('button', { name: 'Make the pack' }).click();
		await expect(page).toHaveURL(/view=crime/);
		await expect(page.getByTestId('pack-section')).toHaveCount(1, slow);
		await waitForData(page, slow.timeout);
		await expect(page.getByTestId('loading')).toHaveCount(0);

		await expect(page.locator('#pack-crime')).toHaveCount(0);
		await expect(page.getByTestId('pack-left-out-crime')).toHaveText('Crime: left out, as no figures are recorded for all periods.');
		// The rest of the pack is whole: the annex is there.
		await expect(page.getByTestId('pack-quality')).toBeVisible();
		await expect(page.getByTestId('pack-contents')).not.toContainText('. Crime');
	});
	await test.step('a pack for a year with no engagement leaves it out with a line in the contents; the PDF has page numbers that hold, the meeting date, and freshness judged against it', async () => {
		const meeting = '2025-06-18';
		await visit(page, `/pack?meeting=Police+and+Crime+Panel&date=${meeting}&period=2024%2F25&view=engagement&view=custody-visiting&view=referrals`);
		await page.locator('html[data-hydrated="true"]').waitFor();
		await expect(page.getByTestId('pack-left-out-engagement')).toHaveText('Engagement: left out, as no figures are recorded for 2024/25.', slow);
		await expect(page.getByTestId('pack-section')).toHaveCount(3, slow);
		await waitForData(page, slow.timeout);
		await expect(page.getByTestId('loading')).toHaveCount(0);
		await expect(page.getByRole('article', { name: 'Panel pack' }).getByTestId('summary')).toHaveCount(3, slow);
		await expect(page.getByTestId('pack-quality')).toBeVisible();
		await expect(page.getByTestId('pack-demonstration-banner')).toContainText('Demonstration data');
		await expect(page.getByTestId('pack-basis')).toContainText('Demonstration: some figures are an illustrative sample');
		await expect(page.locator('[data-pages-known="true"]')).toHaveCount(1);
		// An invented dataset's date is invented too: its freshness gets no verdict (no Pass or Warning), only its days.
		await expect(page.getByTestId('pack-freshness-custody-visits')).toHaveText(/^Illustrative, no verdict\s+\d+ days/);
		await expect(page.getByTestId('pack-freshness-custody-visits')).not.toContainText('Pass');
		const contentsPages = Object.fromEntries(
			await Promise.all(
				['plan-aims', 'exceptions', 'custody-visiting', 'referrals', 'annex'].map(
					async (id) => [id, Number((await page.getByTestId(`pack-page-${id}`).innerText()).replace('page ', ''))] as const
				)
			)
		);

		const { pdf, texts } = await printedPack(page);
		const all = texts.join('\n');

		// The contents give the page each section starts on, and the printed page bears it out.
		const contents = texts[1]!;
		expect(contents).toContain('Contents');
		for (const [id, title] of [
			['plan-aims', '1. Plan aims'],
			['exceptions', '2. Exceptions report'],
			['custody-visiting', '3. Custody visiting'],
			['referrals', '4. Referrals'],
			['annex', 'Annex: data quality and sources']
		] as const) {
			const printedOn = texts.findIndex((text) => linesOf(text)[1] === title) + 1;
			expect(printedOn, `"${title}" starts a page`).toBeGreaterThan(2);
			expect(contentsPages[id], `the contents give ${title} its page`).toBe(printedOn);
			expect(contents).toMatch(new RegExp(`${title.replace('.', '\\.')}\\s+page ${printedOn}`));
		}
		expect(contents).toContain('Engagement: left out, as no figures are recorded for 2024/25');
		// No fifth section: no line starts "5. " (a sentence ending "2024. " may).
		expect(all).not.toMatch(/^\s*5\. /m);
		// The cover: the meeting date, the basis, the demonstration banner; every "as at", on the contents page, judged against the meeting.
		expect(texts[0]).toContain('Meeting of 18 June 2025');
		// The banner may wrap at any word.
		expect(texts[0]!.replace(/\s+/g, ' ')).toContain('Demonstration data: figures marked illustrative are invented for demonstration and must not be quoted');
		// Each dataset's "as at", judged against the meeting, is on the contents page. The table's cells wrap, so the
		// layout text interleaves them; the raw text keeps each cell whole.
		expect(pageText(pdf, 2, '-raw').replace(/\s+/g, ' ')).toMatch(/days before the meeting/);
		expect(all.replace(/\s+/g, ' ')).toContain('freshness judged against the meeting date (18 June 2025)');
		expect(all.replace(/\s+/g, ' ')).toMatch(/before 18 June 2025/);
		// Nothing meant only for the screen.
		for (const screenOnly of ['Data page', 'Print or save as PDF', 'Copy link', 'See the data quality checks']) expect(all).not.toContain(screenOnly);
		// A warning never prints as a failure: no check on this pack fails, and the annex words its warnings so.
		expect(all).not.toMatch(/\(warning\)/);
		expect(appWatch.offOrigin).toEqual([]);
	});
	await test.step('a pack of every view keeps its contents page numbers true, and each section ends with a line saying so', async () => {
		const views = ['budget', 'engagement', 'custody-visiting', 'referrals', 'safer-streets', 'crime'];
		// The budget is set by year and no police.uk file is loaded, so both are left out: the plan aims, the exceptions report and four sections.
		await openPack(page, `/pack?meeting=Police+and+Crime+Panel&date=2024-02-07&period=2023%2F24-Q3${views.map((view) => `&view=${view}`).join('')}`, 5);
		await expect(page.locator('[data-pages-known="true"]')).toHaveCount(1);
		const entries = await page
			.getByTestId('pack-contents')
			.getByRole('listitem')
			.filter({ has: page.locator('[data-testid^="pack-page-"]') })
			.allInnerTexts();
		expect(entries).toHaveLength(7);

		const { texts } = await printedPack(page);
		for (const { title, printedOn } of expectContentsTrue(entries, texts)) {
			const number = /^(\d+)\./.exec(title)?.[1];
			if (number) {
				// The section's last page, the one before the next part starts, ends with its closing line.
				const next = texts.findIndex((text, index) => index >= printedOn && /^(\d+\. |Annex)/.test(linesOf(text)[1] ?? ''));
				const last = linesOf(texts[next - 1]!);
				expect(last.at(-2), `section ${number} closes on page ${next}`).toBe(`End of section ${title.replace(/^(\d+)\. /, '$1: ')}`);
			}
		}
	});
});

test('a pack for a meeting in the meetings log opens with its progress against actions, after the contents, and its page numbers still hold', async ({ page }) => {
	test.setTimeout(240_000);
	// The log, loaded through the Meetings page's own CSV loads: two boards, thirty actions raised at the first and carried
	// to the second (enough to run the progress part on to a second page), half of them due before it, and one done.
	const actions = Array.from({ length: 30 }, (_, index) => {
		const id = `a-${index + 1}`;
		const due = index % 2 === 0 ? '2024-01-31' : '2024-03-31';
		const status = index === 29 ? 'done' : 'carried forward';
		return [
			id,
			`Report on custody visiting question ${index + 1}, by suite and month`,
			'Chief Constable',
			'm-dec',
			'm-feb',
			'icv-detainees-seen',
			'/custody-visiting',
			due,
			status,
			index === 29 ? '2024-02-07' : ''
		];
	});
	const files: Record<string, string> = {
		Meetings:
			'meeting_id,meeting_name,meeting_type,meeting_date,status\nm-dec,Strategic Assurance Board,accountability board,2023-12-13,held\nm-feb,Strategic Assurance Board,accountability board,2024-02-07,planned\n',
		'Agenda items': 'item_id,meeting_id,item_number,topic,measure_ids,view_paths,period\ni-1,m-dec,1,Custody visiting,icv-detainees-seen,/custody-visiting,2023/24-Q3\n',
		'Assurance ratings': 'item_id,rating,reason,rated_on\ni-1,Partly assured,Declined visits were not explained by suite.,2023-12-13\n',
		'Actions log':
			Papa.unparse(
				{ fields: ['action_id', 'action', 'owner', 'raised_at', 'on_log_of', 'measure_id', 'view_path', 'due_date', 'status', 'closed_on'], data: actions },
				{ newline: '\n' }
			) + '\n',
		'Action updates': 'update_id,action_id,update_date,update\nu-1,a-2,2024-01-20,The force has the figures by suite; month to follow.\n'
	};
	await openInteractive(page, '/meetings');
	for (const [title, csv] of Object.entries(files)) {
		await page.getByLabel(`Load ${title} from a CSV file`).setInputFiles({ name: `${title}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await expect(page.getByRole('row', { name: new RegExp(`^${title} ${csv.trim().split('\n').length - 1} `) })).toBeVisible();
	}

	// Followed in the app from the Meetings page, as the navigation does: the log just loaded is what the pack reads, with no
	// second start of the engine (a fresh load of a pack is the Panel member's pack's own reload, above).
	await openPack(page, '/pack?log-meeting=m-feb&period=2023%2F24-Q3&view=custody-visiting', 2);
	await expect(page.getByTestId('pack-meeting-date')).toHaveText('Meeting of 7 February 2024');
	await expect(page.getByTestId('pack-progress-summary')).toHaveText(
		'At the Strategic Assurance Board on 7 February 2024: 29 open actions, 15 of them overdue; 1 done or closed since the last meeting on 13 December 2023.'
	);
	// By role: the progress part's table of open actions, a row each under its header row.
	const progress = page.getByRole('region', { name: 'Progress against actions' });
	await expect(
		progress
			.getByRole('table', { name: /^Open actions at the Strategic Assurance Board, 7 February 2024/ })
			.locator('tbody')
			.getByRole('row')
	).toHaveCount(29);
	await expect(page.locator('[data-pages-known="true"]')).toHaveCount(1);
	const entries = await page
		.getByTestId('pack-contents')
		.getByRole('listitem')
		.filter({ has: page.locator('[data-testid^="pack-page-"]') })
		.allInnerTexts();
	expect(entries[0]).toMatch(/^Progress against actions\s+page 3$/);

	const { texts } = await printedPack(page);
	expectContentsTrue(entries, texts);
	// The progress part runs on to a second page, and its last page closes with its line; section 1 starts after it.
	const planAims = texts.findIndex((text) => linesOf(text)[1] === '1. Plan aims');
	expect(planAims).toBeGreaterThan(3);
	expect(linesOf(texts[planAims - 1]!).at(-2)).toBe('End of progress against actions');
	// The custody section carries the rating and the open actions at the meeting.
	const printed = texts.join('\n').replace(/\s+/g, ' ');
	expect(printed).toContain('Partly assured at the Strategic Assurance Board on 13 December 2023, on Custody visiting');
	expect(printed).toContain('29 open actions on these measures at the Strategic Assurance Board on 7 February 2024, 15 overdue');
});
