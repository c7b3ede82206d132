import { describe, expect, it } from 'vitest';
import { compareBeforeAfter } from './street-crime-comparison';
import { beforeAfterRows } from './street-crime-comparison.fixtures';

const rows = beforeAfterRows;

describe('before and after', () => {
	it('averages each side over the months loaded, and gives the change in %', () => {
		// Before: area (8 + 12) / 2 = 10, rest 200. After: October only, 5 (−50%) and 210 (+5%).
		const comparison = compareBeforeAfter(rows);
		expect(comparison.before).toEqual({ monthsHeld: 2, areaCrimes: 20, restCrimes: 400, areaAverage: 10, restAverage: 200 });
		expect(comparison.after).toEqual({ monthsHeld: 1, areaCrimes: 5, restCrimes: 210, areaAverage: 5, restAverage: 210 });
		expect([comparison.areaChange, comparison.restChange]).toEqual([-50, 5]);
	});
});
