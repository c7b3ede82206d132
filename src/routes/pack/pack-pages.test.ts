import { describe, expect, it } from 'vitest';
import { printedPages, startPages, type PrintBlock } from './pack-pages';

// A page of 1,000 px keeps the sums readable.
const page = 1000;
const row = (top: number, height = 100, repeatHeader?: number): PrintBlock => ({ top, height, kind: 'whole', repeatHeader });
const paragraph = (top: number, height: number, lineHeight = 20): PrintBlock => ({ top, height, kind: 'lines', lineHeight });
const heading = (top: number, height = 40): PrintBlock => ({ top, height, kind: 'lines', lineHeight: height, keepWithNext: true });

describe('pack pages', () => {
	it('gives every part at least a page, and as many as its height fills when nothing needs to move', () => {
		expect(printedPages([], 0, page)).toBe(1);
		expect(printedPages([row(0, 1000)], 1000, page)).toBe(1);
		expect(printedPages([row(0), row(100)], 1001, page)).toBe(2);
	});

	it('moves a table row that would straddle a page to the next, with the table header repeated above it', () => {
		// Rows of 100 px from 50: the tenth (950 to 1050) does not fit, so it and all after move down 50 px, plus
		// the 30 px header repeated: 1,880 px of rows end at 1,960 px, on the second page.
		const rows = Array.from({ length: 18 }, (_, index) => row(50 + index * 100, 100, 30));
		expect(printedPages(rows, 1850, page)).toBe(2);
		// A header of 160 px repeated pushes them 210 px: on to a third page.
		expect(
			printedPages(
				rows.map((block) => ({ ...block, repeatHeader: 160 })),
				1850,
				page
			)
		).toBe(3);
		// Without the move the same height would be 1.85 pages; with 2 px more the moved rows spill on to a third.
		const taller = Array.from({ length: 19 }, (_, index) => row(50 + index * 100, 100, 30));
		expect(printedPages(taller, 1950, page)).toBe(3);
	});

	it('takes a heading to the next page with the block it must stay with', () => {
		// A chart of 300 px at 700 does not fit (700 + 300 > 1000 is false: it fits) …
		expect(printedPages([heading(660), row(700, 300)], 1000, page)).toBe(1);
		// … one at 750 does not, and its heading at 700 goes with it: 300 px pushed, the part ends at 1,350.
		expect(printedPages([heading(700, 50), row(750, 300), paragraph(1050, 250)], 1300, page)).toBe(2);
		expect(printedPages([heading(700, 50), row(750, 300), paragraph(1050, 660)], 1710, page)).toBe(3);
	});

	it('breaks a paragraph between its lines, leaving only the part of a line that does not fit', () => {
		// Lines of 20 px from 990: one line fits, fewer than the two print keeps, so the paragraph moves (10 px).
		expect(printedPages([paragraph(990, 100)], 1990, page)).toBe(2);
		expect(printedPages([paragraph(990, 100)], 1995, page)).toBe(3);
		// From 955: two lines fit (955 to 995), 5 px is left blank; the rest runs on.
		expect(printedPages([paragraph(955, 100)], 1995, page)).toBe(2);
		expect(printedPages([paragraph(955, 100)], 1996, page)).toBe(3);
	});

	it('starts each part on the page after the last one ended', () => {
		// Cover 1 page, contents 1, plan aims 2, budget 1, annex 3: pages 1, 2, 3, 5, 6.
		expect(startPages([1, 1, 2, 1, 3])).toEqual([1, 2, 3, 5, 6]);
	});
});
