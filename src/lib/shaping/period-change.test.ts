import { describe, expect, it } from 'vitest';
import { periodChange, smallestBaseForPercent } from './period-change';

describe('periodChange', () => {
	it('gives the % beside the raw numbers on a normal base', () => {
		// 30 − 22 = 8; 8 / 22 = 0.3636… → 36%.
		expect(periodChange(22, 30)).toEqual({ earlier: 22, later: 30, difference: 8, percent: 36, text: '22 → 30, +8, +36%' });
	});

	it('refuses a % when the earlier count is below the smallest base', () => {
		expect(smallestBaseForPercent).toBe(10);
		// 5 → 7 would be +40%: two items, too few to mean anything as a %.
		expect(periodChange(5, 7)).toMatchObject({ difference: 2, percent: null, text: '5 → 7, +2, too few to give a %' });
		expect(periodChange(9, 20).percent).toBeNull();
		// 10 is the smallest base given: 10 → 12 is +2, +20%.
		expect(periodChange(10, 12).text).toBe('10 → 12, +2, +20%');
	});

	it('never divides by a zero base', () => {
		expect(periodChange(0, 4)).toMatchObject({ difference: 4, percent: null, text: '0 → 4, +4, too few to give a %' });
	});

	it('shows a decrease with a minus sign and thousands separators', () => {
		// 1,250 − 1,000 = 250; 250 / 1,250 = 20%.
		expect(periodChange(1250, 1000)).toMatchObject({ difference: -250, percent: -20, text: '1,250 → 1,000, −250, −20%' });
		// 28 → 1: −27, 27 / 28 = 96.4% → −96%.
		expect(periodChange(28, 1).text).toBe('28 → 1, −27, −96%');
	});

	it('says when nothing changed', () => {
		expect(periodChange(22, 22)).toMatchObject({ difference: 0, percent: 0, text: '22 → 22, no change' });
	});
});
