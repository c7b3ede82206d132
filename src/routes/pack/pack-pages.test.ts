import { describe, expect, it } from 'vitest';
import { pageContentPx, pagesFor, printAllowance, startPages } from './pack-pages';

describe('pack pages', () => {
	it('gives every part at least a page, and a page more once it outgrows one with room to spare', () => {
		expect(pagesFor(0)).toBe(1);
		expect(pagesFor(pageContentPx / printAllowance)).toBe(1);
		expect(pagesFor(pageContentPx / printAllowance + 1)).toBe(2);
	});

	it('gives a part made to fit one page whole (cover, contents) its page without the allowance', () => {
		expect(pagesFor(pageContentPx, 1)).toBe(1);
		expect(pagesFor(pageContentPx, printAllowance)).toBe(2);
		expect(pagesFor(pageContentPx + 1, 1)).toBe(2);
	});

	it('starts each part on the page after the last one ended', () => {
		// Cover 1 page, contents 1, plan aims 2, budget 1, annex 3: pages 1, 2, 3, 5, 6.
		expect(startPages([1, 1, 2, 1, 3])).toEqual([1, 2, 3, 5, 6]);
	});
});
