/**
 * Page numbers for the pack's contents. Chromium's print has no
 * target-counter(), so the pack lays itself out on known page breaks instead:
 * every part (cover, contents, each section, annex) starts on a new page and
 * is given a whole number of A4 pages (a minimum height in print), worked out
 * from its height on screen, where the pack is set at the printed width and
 * type size. A part is then known to start on the page after the previous
 * part's last, whatever the printer does inside it.
 */

/** The printed page's content height: A4 (297 mm) less the 15 mm margins above and below, in CSS pixels. */
export const pageContentPx = ((297 - 30) * 96) / 25.4;

/**
 * Room left for what print adds and the screen does not show: rows and charts
 * kept whole push content to the next page, and table headers repeat on each.
 */
export const printAllowance = 1.25;

/**
 * The whole pages a part of this height on screen takes in print: at least one. A part that breaks nothing
 * inside it (the cover, the contents: each made to fit one page) needs no allowance, so pass 1.
 */
export function pagesFor(heightPx: number, allowance = printAllowance): number {
	return Math.max(1, Math.ceil((heightPx * allowance) / pageContentPx));
}

/** The page each part starts on, given each part's pages in order: the first on page 1. */
export function startPages(pages: readonly number[]): number[] {
	const starts: number[] = [];
	let next = 1;
	for (const count of pages) {
		starts.push(next);
		next += count;
	}
	return starts;
}
