import { describe, expect, it } from 'vitest';
import { countedText, countOrNone, inTotalsText, itemCountText } from './engagement-labels';

describe('engagement labels', () => {
	it('never shows a blank count as 0', () => {
		expect(itemCountText(null)).toBe('mentioned, not counted');
		expect(itemCountText(488)).toBe('488');
		expect(itemCountText(1250)).toBe('1,250');
		expect(countedText(0, 0, 1)).toBe('mentioned, not counted');
	});

	it('says why a type adds nothing to the totals', () => {
		expect(countedText(28, 0, 0)).toBe('28');
		expect(countedText(5, 1, 0)).toBe('5');
		// Zero is 0 in a table, never 'none added': the next column gives the count that may overlap.
		expect(countedText(0, 13, 0)).toBe('0');
		expect(countOrNone(0)).toBe('0');
		expect(countOrNone(3)).toBe('3');
	});

	it('says whether an item is in the totals', () => {
		expect(inTotalsText({ count: 28, may_overlap: false })).toBe('Yes');
		expect(inTotalsText({ count: 12, may_overlap: true })).toBe('No: may overlap');
		expect(inTotalsText({ count: null, may_overlap: false })).toBe('No: no number given');
		expect(inTotalsText({ count: null, may_overlap: true })).toBe('No: may overlap, no number given');
	});
});
