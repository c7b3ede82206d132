import { describe, expect, it } from 'vitest';
import { spcConstants } from './constants';
import { movingRanges, xmrLimits } from './limits';

describe('XmR limits', () => {
	it('works out the mean, moving ranges and limits of a series by hand', () => {
		// Values:         10  12  11  14  13  12  15  13  12  14  11  13
		// Sum 150 over 12 points: mean = 12.5.
		// Moving ranges:   –   2   1   3   1   1   3   2   1   2   3   2
		// Sum 21 over 11 ranges: mean moving range = 21 / 11 = 1.9091.
		// Process limits: 12.5 ± 2.66 × 21 / 11 = 12.5 ± 5.0782 → 17.5782 and 7.4218.
		// Moving-range limit: 3.267 × 21 / 11 = 6.237.
		const limits = xmrLimits([10, 12, 11, 14, 13, 12, 15, 13, 12, 14, 11, 13]);
		expect(limits.mean).toBe(12.5);
		expect(limits.movingRanges).toEqual([null, 2, 1, 3, 1, 1, 3, 2, 1, 2, 3, 2]);
		expect(limits.meanMovingRange).toBeCloseTo(1.9091, 4);
		expect(limits.upperProcessLimit).toBeCloseTo(17.5782, 4);
		expect(limits.lowerProcessLimit).toBeCloseTo(7.4218, 4);
		expect(limits.movingRangeUpperLimit).toBeCloseTo(6.237, 4);
	});

	it('uses the constants 2.66 and 3.267', () => {
		expect(spcConstants.processLimitFactor).toBe(2.66);
		expect(spcConstants.movingRangeLimitFactor).toBe(3.267);
	});

	it('gives no moving range to the first point, and the size of each step after it', () => {
		expect(movingRanges([5, 3, 3, 8])).toEqual([null, 2, 0, 5]);
	});

	it('gives no moving range across missing periods, and leaves that jump out of the mean moving range', () => {
		// Values 10 12 11 | 30 31 29 with months missing before 30: ranges – 2 1 – 1 2, mean 6 / 4 = 1.5
		// (with the jump of 19 it would be 25 / 5 = 5). Mean 123 / 6 = 20.5; limits 20.5 ± 2.66 × 1.5 = 24.49 and 16.51.
		const breaks = [false, false, false, true, false, false];
		const limits = xmrLimits([10, 12, 11, 30, 31, 29], breaks);
		expect(limits.movingRanges).toEqual([null, 2, 1, null, 1, 2]);
		expect(limits.meanMovingRange).toBe(1.5);
		expect(limits.upperProcessLimit).toBeCloseTo(24.49, 2);
		expect(limits.lowerProcessLimit).toBeCloseTo(16.51, 2);
		expect(() => xmrLimits([4, 9], [false, true])).toThrow(/successive periods/);
	});

	it('refuses a series too short to have a moving range', () => {
		expect(() => xmrLimits([4])).toThrow(/at least two values/);
	});

	it('agrees with a published worked example: the NIST/SEMATECH e-Handbook of Statistical Methods, individuals control charts', () => {
		// https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc322.htm (section
		// 6.3.2.2, "Individuals Control Charts", the moving range example): "A new
		// process was studied in order to monitor flow rate. The first 10 batches
		// resulted in" the values below, with moving ranges 2.0, 2.3, 1.4, 3.5,
		// 3.4, 1.4, 0.2, 1.2, 1.5, and the handbook gives: mean 50.81, mean moving
		// range 1.8778, individuals chart UCL 55.80 and LCL 45.82, moving-range
		// chart UCL 6.13. The handbook multiplies by 3 / 1.128 = 2.6596 where
		// Making Data Count uses 2.66, a difference of 0.0008 in these limits.
		const flowRate = [49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1];
		const limits = xmrLimits(flowRate);
		expect(limits.mean).toBeCloseTo(50.81, 2);
		expect(limits.movingRanges.slice(1).map((range) => Number(range?.toFixed(1)))).toEqual([2.0, 2.3, 1.4, 3.5, 3.4, 1.4, 0.2, 1.2, 1.5]);
		expect(limits.meanMovingRange).toBeCloseTo(1.8778, 4);
		expect(limits.upperProcessLimit).toBeCloseTo(55.8, 1);
		expect(limits.lowerProcessLimit).toBeCloseTo(45.82, 1);
		expect(limits.movingRangeUpperLimit).toBeCloseTo(6.13, 2);
	});
});
