/**
 * The house style as it reaches the screen (issue 20 item 4): figures written outside it, found in what a reader
 * sees (the page's text, its tables' cells and the words charts keep in their SVG). The unit scan
 * (src/lib/format/number-style-scan.test.ts) finds code that formats by itself; this finds the result, however
 * it was built. Used by the pass over every route (every-route.spec.ts) and on real police.uk months loaded
 * (police-uk-loads.spec.ts), where counts run to thousands.
 */
import { expect, type Page } from '@playwright/test';
import { notReady } from './helpers';

/** Waits for every dataset and view on the page, allowing for a slow engine start on a busy machine. */
export async function waitForFigures(page: Page): Promise<void> {
	await expect(page.locator(`${notReady}, [data-testid="loading"]`)).toHaveCount(0, { timeout: 120_000 });
}

/** What breaks the house style, each finding with the text it was found in. */
export async function outOfStyle(page: Page): Promise<string[]> {
	// Folded tables are drawn when opened or printed: open them all, so their cells are read too.
	await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
	await waitForFigures(page);
	return page.evaluate(() => {
		// A section painted only while on screen (`content-visibility: auto`, the Crime view's sections below its first
		// chart) gives no innerText while off screen: without this the scan read nothing of them. Laid out for the
		// scan, as print lays them out, and put back after (through the style property: the page's security policy
		// refuses a style element added by a script).
		const skipped = [...document.querySelectorAll<HTMLElement>('body *')].filter((element) => getComputedStyle(element).contentVisibility === 'auto');
		for (const element of skipped) element.style.contentVisibility = 'visible';
		try {
			return scan();
		} finally {
			for (const element of skipped) element.style.removeProperty('content-visibility');
		}

		function scan(): string[] {
			const found: string[] = [];
			const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
			// The text a reader sees, plus the words charts keep in their SVG (tick labels, hover titles).
			const svgWords = [...document.querySelectorAll('svg text, svg title')].map((node) => node.textContent ?? '');
			const prose = [document.body.innerText, ...svgWords].join('\n');
			const rules: [string, RegExp][] = [
				['millions with a capital M (house style: £154.5m)', /£\s?\d[\d,.]*\s?M\b/g],
				['thousands as k (house style: £250,000)', /£\s?\d[\d,.]*\s?k\b/g],
				['a month/day/year date (house style: 1 April 2024)', /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g],
				['a US long date (house style: 1 April 2024)', new RegExp(`\\b(?:${months}) \\d{1,2}, \\d{4}\\b`, 'g')],
				['a financial year written in full (house style: 2023/24)', /\b(20\d\d)\/(20\d\d)\b/g]
			];
			for (const [rule, pattern] of rules) for (const match of prose.matchAll(pattern)) found.push(`${rule}: "${match[0]}"`);

			for (const table of document.querySelectorAll('table')) {
				const name = table.querySelector('caption')?.textContent?.trim() || table.getAttribute('aria-label') || 'a table';
				const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.trim()));
				for (const cells of rows) {
					for (const cell of cells) {
						if (/^none (added|recorded|open)\b/.test(cell) || /^none$/.test(cell)) found.push(`zero in words in a table cell (house style: 0), in ${name}: "${cell}"`);
						// A figure of four or more digits with no separator: not a year (1900-2099), a code (E01025679, ISO 8601) or part of a date or ratio.
						for (const match of cell.matchAll(/(?<![\w.,/:£-]|ISO )\d{4,}(?![\w,/:]|\.\d)/g)) {
							const year = match[0].length === 4 && /^(19|20)\d\d$/.test(match[0]);
							if (!year) found.push(`a figure without thousands separators, in ${name}: "${cell}"`);
						}
						for (const match of cell.matchAll(/£\d{4,}/g)) found.push(`money without thousands separators, in ${name}: "${match[0]}"`);
					}
				}
				// Money in one column is written one way: pence on every figure, or on none.
				const width = Math.max(0, ...rows.map((cells) => cells.length));
				for (let column = 0; column < width; column++) {
					const money = rows.map((cells) => cells[column] ?? '').flatMap((cell) => [...cell.matchAll(/£[\d,]+(\.\d+)?/g)].map((match) => match[0]));
					const withPence = money.filter((figure) => figure.includes('.'));
					if (withPence.length > 0 && withPence.length < money.length) {
						found.push(`pounds and pence mixed in one column, in ${name}: ${money.find((figure) => !figure.includes('.'))} beside ${withPence[0]}`);
					}
				}
			}
			return [...new Set(found)];
		}
	});
}

/** Waits for a pack to have every section's figures and its page numbers, as its own test does. */
export async function waitForPack(page: Page, atLeast: number): Promise<void> {
	await expect(page.locator('[data-pages-known="true"]')).toHaveCount(1, { timeout: 120_000 });
	await waitForFigures(page);
	const sections = await page.getByTestId('pack-section').count();
	expect(sections).toBeGreaterThanOrEqual(atLeast);
	await expect(page.getByRole('article', { name: 'Panel pack' }).getByTestId('summary')).toHaveCount(sections);
}
