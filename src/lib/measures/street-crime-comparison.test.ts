import { describe, expect, it } from 'vitest';
import { compareBeforeAfter, type BeforeAfterMonth } from './street-crime-comparison';

const rows: BeforeAfterMonth[] = [
	{ month: '2023-08', phase: 'before', held: true, area_crimes: 8, rest_crimes: 200 },
	{ month: '2023-09', phase: 'before', held: true, area_crimes: 12, rest_crimes: 200 },
	{ month: '2023-10', phase: 'after', held: true, area_crimes: 5, rest_crimes: 210 },
	{ month: '2023-11', phase: 'after', held: false, area_crimes: null, rest_crimes: null }
];

describe('before and after', () => {
	it('averages each side over the months loaded, and gives the change in %', () => {
		// Before: area (8 + 12) / 2 = 10, rest 200. After: October only, 5 (−50%) and 210 (+5%).
		const comparison = compareBeforeAfter(rows);
		expect(comparison.before).toEqual({ monthsHeld: 2, areaCrimes: 20, restCrimes: 400, areaAverage: 10, restAverage: 200 });
		expect(comparison.after).toEqual({ monthsHeld: 1, areaCrimes: 5, restCrimes: 210, areaAverage: 5, restAverage: 210 });
		expect([comparison.areaChange, comparison.restChange]).toEqual([-50, 5]);
	});
});
