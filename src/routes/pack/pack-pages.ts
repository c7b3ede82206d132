/**
 * Page numbers for the pack's contents. Chromium's print has no
 * target-counter(), so the pack lays itself out on known page breaks instead:
 * every part (cover, contents, each section, annex) starts on a new page and
 * is given a whole number of A4 pages (a minimum height in print). A part is
 * then known to start on the page after the previous part's last, whatever
 * the printer does inside it.
 *
 * How many pages a part takes is worked out from the part as laid out on
 * screen, where the pack is set at the printed width and type size, by
 * paginating its blocks as print does: a table row, a chart or a heading with
 * what follows it moves whole to the next page when it does not fit, a
 * paragraph breaks between lines, and a table's header row repeats at the top
 * of each page it runs on to. A flat allowance on the height instead (a
 * quarter more) left one page in seven blank.
 */

/** The printed page's content height: A4 (297 mm) less the 15 mm margins above and below, in CSS pixels. */
export const pageContentPx = ((297 - 30) * 96) / 25.4;

/**
 * The page height the estimate paginates to: a little short of the real one, so that what it cannot see (print
 * rounding, a line's leading at a break) errs towards a page to spare rather than a contents entry one page out.
 */
export const estimatePagePx = pageContentPx * 0.96;

/** One block of a part, where it sits on screen and how print may break it. */
export interface PrintBlock {
	/** From the top of the part, in CSS pixels. */
	readonly top: number;
	readonly height: number;
	/** 'whole' stays on one page (a table row, a chart); 'lines' may break between lines of `lineHeight`. */
	readonly kind: 'whole' | 'lines';
	readonly lineHeight?: number;
	/** A table's header row, repeated above this row when the row starts a page. */
	readonly repeatHeader?: number;
	/** Kept on the page of the block after it (a heading, a caption). */
	readonly keepWithNext?: boolean;
}

/** Lines print keeps together at the foot and head of a page (CSS orphans and widows: 2 by default). */
const keepLines = 2;

/**
 * The whole pages a part takes in print: at least one. `blocks` are its leaf blocks in reading order and `height`
 * its height on screen; `page` the page height to paginate to.
 */
export function printedPages(blocks: readonly PrintBlock[], height: number, page = estimatePagePx): number {
	// How far print has pushed everything down so far, by moving blocks to the next page.
	let shift = 0;
	blocks.forEach((block, index) => {
		const top = block.top + shift;
		const offset = top % page;
		const room = page - offset;
		if (block.height <= room || offset < 1) return;
		const lineHeight = block.kind === 'lines' ? (block.lineHeight ?? block.height) : block.height;
		const linesThatFit = Math.floor(room / lineHeight);
		const lines = Math.round(block.height / lineHeight);
		if (block.kind === 'lines' && linesThatFit >= keepLines && lines - linesThatFit >= keepLines) {
			// Breaks between lines: what is left of the page below the last whole line goes blank.
			shift += room - linesThatFit * lineHeight;
			shift += spanningShift(block.height - linesThatFit * lineHeight, lineHeight, page);
			return;
		}
		if (block.height > page && block.kind === 'whole') return; // too tall for any page: print breaks it anyway
		// Moves whole to the next page, with the heading (or caption) before it that must stay with it.
		const before = blocks[index - 1];
		const pulled = before?.keepWithNext && before.top + shift >= top - offset ? top - (before.top + shift) : 0;
		shift += room + pulled + (block.repeatHeader ?? 0);
		if (block.kind === 'lines') shift += spanningShift(block.height, lineHeight, page);
	});
	return Math.max(1, Math.ceil((height + shift) / page));
}

/** The blank left at each further page break inside a paragraph longer than a page. */
function spanningShift(rest: number, lineHeight: number, page: number): number {
	const perPage = Math.max(1, Math.floor(page / lineHeight));
	let shift = 0;
	for (let left = rest; left > page; left -= perPage * lineHeight) shift += page - perPage * lineHeight;
	return shift;
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
