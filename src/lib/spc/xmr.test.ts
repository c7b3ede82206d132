import { describe, expect, it } from 'vitest';
import { monthlyPoints, steadyNoise } from './test-series';
import { assuranceAgainst } from './assurance';
import { spcConstants } from './constants';
import type { XmrLimits } from './limits';
import { analyseSeries, variationOf } from './xmr';

// Steady noise around 100: no rule fires (checked below).
const noise = steadyNoise;

describe('direction of improvement', () => {
	it('reads a high signal as an improvement where more is better and a concern where fewer is better', () => {
		expect(variationOf('high', 'higher')).toBe('improvement');
		expect(variationOf('low', 'higher')).toBe('concern');
		expect(variationOf('high', 'lower')).toBe('concern');
		expect(variationOf('low', 'lower')).toBe('improvement');
		expect(variationOf('high', 'neither')).toBe('neither');
	});

	it('calls a month far above the others a concern for crimes and an improvement for detainees seen', () => {
		// 125 lifts the mean to 102.2 and the mean moving range to 82 / 12 = 6.83, so
		// the upper limit is 102.2 + 2.66 × 6.83 = 120.4: only September is beyond it.
		const values = [...noise.slice(0, 8), 125, ...noise.slice(8)];
		const crime = analyseSeries({ points: monthlyPoints(values), improvement: 'lower' });
		const seen = analyseSeries({ points: monthlyPoints(values), improvement: 'higher' });
		expect(crime.points[8]?.variation).toBe('concern');
		expect(crime.points[8]?.hits).toContainEqual({ rule: 'beyond-limit', side: 'high' });
		expect(seen.points[8]?.variation).toBe('improvement');
		expect(crime.points.filter((point) => point.variation !== 'common').map((point) => point.label)).toEqual(['September 2023']);
	});

	it('finds nothing in steady noise', () => {
		const result = analyseSeries({ points: monthlyPoints(noise), improvement: 'higher' });
		expect(result.points.every((point) => point.variation === 'common')).toBe(true);
		expect(result.segments[0]?.state).toBe('settled');
	});
});

describe('assurance against a target', () => {
	const limits: XmrLimits = { mean: 10, movingRanges: [], meanMovingRange: 6 / 2.66, upperProcessLimit: 16, lowerProcessLimit: 4, movingRangeUpperLimit: 7.4 };
	it('is consistently met when both limits are on the right side of the target', () => {
		expect(assuranceAgainst(limits, 4, 'higher')).toBe('consistently-met');
		expect(assuranceAgainst(limits, 16, 'lower')).toBe('consistently-met');
	});
	it('is consistently missed when both limits are on the wrong side', () => {
		expect(assuranceAgainst(limits, 16.5, 'higher')).toBe('consistently-missed');
		expect(assuranceAgainst(limits, 3.5, 'lower')).toBe('consistently-missed');
	});
	it('is hit and miss when the target lies between the limits', () => {
		expect(assuranceAgainst(limits, 4.5, 'higher')).toBe('hit-and-miss');
		expect(assuranceAgainst(limits, 15.5, 'lower')).toBe('hit-and-miss');
	});
	it('has no answer for a measure with no better direction', () => {
		expect(assuranceAgainst(limits, 10, 'neither')).toBeNull();
	});
	it('is judged on the limits of the series', () => {
		// noise: mean 1204 / 12 = 100.33, mean moving range 40 / 11 = 3.64, limits 90.66 and 110.01.
		expect(analyseSeries({ points: monthlyPoints(noise), improvement: 'higher', target: 90 }).assurance).toBe('consistently-met');
		expect(analyseSeries({ points: monthlyPoints(noise), improvement: 'higher', target: 111 }).assurance).toBe('consistently-missed');
		expect(analyseSeries({ points: monthlyPoints(noise), improvement: 'higher', target: 100 }).assurance).toBe('hit-and-miss');
		expect(analyseSeries({ points: monthlyPoints(noise), improvement: 'higher' }).assurance).toBeNull();
	});
});

describe('re-basing', () => {
	// Twelve months around 100, then twelve around 130 from January 2024.
	const values = [...noise, ...noise.map((value) => value + 30)];

	it('without a re-basing, reads the later year as a shift', () => {
		const result = analyseSeries({ points: monthlyPoints(values), improvement: 'higher' });
		expect(result.segments).toHaveLength(1);
		expect(result.points.slice(12).every((point) => point.hits.some((hit) => hit.rule === 'shift' && hit.side === 'high'))).toBe(true);
	});

	it('gives each period its own limits and reason, and finds no signal within either', () => {
		const result = analyseSeries({
			points: monthlyPoints(values),
			improvement: 'higher',
			rebases: [{ period: '2024-01', reason: 'Safer Streets Round 5 began' }]
		});
		expect(result.segments.map((segment) => [segment.fromLabel, segment.reason, segment.count])).toEqual([
			['January 2023', null, 12],
			['January 2024', 'Safer Streets Round 5 began', 12]
		]);
		const [before, after] = result.segments.map((segment) => segment.limits);
		expect(after!.mean - before!.mean).toBeCloseTo(30, 6);
		expect(after!.meanMovingRange).toBeCloseTo(before!.meanMovingRange, 6);
		// The first month of a new period has no moving range: the jump across the re-basing is not variation.
		expect(result.points[12]?.movingRange).toBeNull();
		expect(result.points.every((point) => point.variation === 'common')).toBe(true);
		expect(result.points[12]?.segment).toBe(1);
	});

	it('starts a re-based period at the first point on or after its date, and drops one with no points after it', () => {
		const result = analyseSeries({
			points: monthlyPoints(values),
			improvement: 'higher',
			rebases: [
				{ period: '2023-12-15', reason: 'A recording change' },
				{ period: '2030-01', reason: 'Later' }
			]
		});
		expect(result.segments.map((segment) => segment.from)).toEqual(['2023-01', '2024-01']);
	});
});

describe('how many points limits need', () => {
	it(`calls limits from fewer than ${spcConstants.settledPoints} points provisional, and says so`, () => {
		const result = analyseSeries({ points: monthlyPoints(noise.slice(0, 11)), improvement: 'higher' });
		expect(result.segments[0]?.state).toBe('provisional');
		expect(result.segments[0]?.limits).not.toBeNull();
		expect(result.segments[0]?.note).toBe('Provisional limits: 11 points from January 2023, fewer than 12, so the limits will move as points are added.');
	});

	it(`draws limits from ${spcConstants.minimumPoints} points, but none from fewer, and says why`, () => {
		expect(analyseSeries({ points: monthlyPoints(noise.slice(0, 6)), improvement: 'higher' }).segments[0]?.state).toBe('provisional');
		const result = analyseSeries({ points: monthlyPoints([100, 100, 100, 100, 300]), improvement: 'higher', target: 90 });
		expect(result.segments[0]?.state).toBe('none');
		expect(result.segments[0]?.limits).toBeNull();
		expect(result.segments[0]?.note).toBe('No process limits: 5 points from January 2023, and at least 6 are needed to tell a signal from noise.');
		expect(result.points.every((point) => point.variation === 'common' && point.hits.length === 0)).toBe(true);
		expect(result.assurance).toBeNull();
		expect(result.assuranceNote).toMatch(/too few points/);
	});
});

describe('illustrative figures', () => {
	it('draw limits but get no signal and no assurance verdict, and say so', () => {
		const values = [...noise.slice(0, 8), 160, ...noise.slice(8)];
		const result = analyseSeries({ points: monthlyPoints(values), improvement: 'lower', target: 120, illustrative: true });
		expect(result.segments[0]?.limits).not.toBeNull();
		expect(result.points.every((point) => point.variation === 'common' && point.hits.length === 0)).toBe(true);
		expect(result.assurance).toBeNull();
		expect(result.assuranceNote).toBe('No assurance against the target: these are illustrative figures, not real ones.');
		expect(result.illustrative).toBe(true);
	});
});

describe('limits within what a measure can be', () => {
	// Small counts: 1, 0, 4, 0, 3, 1, 0, 5, 0, 2, 1, 0 (sum 17, mean 1.417). Moving ranges
	// 1, 4, 4, 3, 2, 1, 5, 5, 2, 1, 1 (sum 29, mean 2.636); 2.66 × 2.636 = 7.013, so the
	// lower limit is 1.417 − 7.013 = −5.60: fewer than no crimes, which is shown as 0.
	const small = [1, 0, 4, 0, 3, 1, 0, 5, 0, 2, 1, 0];

	it('shows a lower limit below zero as zero, and keeps the upper limit as calculated', () => {
		const unbounded = analyseSeries({ points: monthlyPoints(small), improvement: 'lower' });
		const bounded = analyseSeries({ points: monthlyPoints(small), improvement: 'lower', bounds: { lower: 0 } });
		expect(unbounded.segments[0]?.limits?.lowerProcessLimit).toBeCloseTo(17 / 12 - 2.66 * (29 / 11), 6);
		expect(bounded.segments[0]?.limits?.lowerProcessLimit).toBe(0);
		expect(bounded.segments[0]?.limits?.upperProcessLimit).toBeCloseTo(17 / 12 + 2.66 * (29 / 11), 6);
	});

	it('caps a share at 100% and judges the points by the limits as calculated', () => {
		// Weeks visited: mostly 100%, a few lower; the upper limit's arithmetic goes above 100%.
		const shares = [100, 100, 94, 100, 100, 93, 100, 100, 92, 100, 91, 100, 100, 100];
		const unbounded = analyseSeries({ points: monthlyPoints(shares), improvement: 'higher', target: 100 });
		const bounded = analyseSeries({ points: monthlyPoints(shares), improvement: 'higher', target: 100, bounds: { lower: 0, upper: 100 } });
		expect(unbounded.segments[0]?.limits?.upperProcessLimit).toBeGreaterThan(100);
		expect(bounded.segments[0]?.limits?.upperProcessLimit).toBe(100);
		expect(bounded.points.map((point) => point.variation)).toEqual(unbounded.points.map((point) => point.variation));
		expect(bounded.assurance).toBe('hit-and-miss');
	});
});

describe('a series with missing periods', () => {
	it('measures noise from month to month only: the step across a gap is no moving range', () => {
		// Twelve months of steady noise in 2023, then none until January 2024... which follows on; so the
		// seven after are put in 2025 by hand below, eleven months missing, with the first marked.
		const before = monthlyPoints(noise);
		const afterValues = [101, 99, 102, 98, 103, 100, 101];
		const after = monthlyPoints(afterValues, 2025).map((point, index) => ({ ...point, afterGap: index === 0 }));
		const whole = analyseSeries({ points: [...before, ...after], improvement: 'higher' });
		expect(whole.points[12]?.movingRange).toBeNull();
		expect(whole.points[12]?.afterGap).toBe(true);
		expect(whole.points.filter((point) => point.movingRange === null)).toHaveLength(2);
		// The mean moving range is that of the steps within each side (11 + 6 of them), not of 18 steps.
		const steps = (values: readonly number[]) => values.slice(1).map((value, index) => Math.abs(value - values[index]!));
		const within = [...steps(noise), ...steps(afterValues)];
		expect(whole.segments[0]?.limits?.meanMovingRange).toBeCloseTo(within.reduce((sum, step) => sum + step, 0) / within.length, 10);
	});

	it('gives no limits when no two points are in successive periods', () => {
		const points = monthlyPoints([10, 20, 30, 40, 50, 60, 70]).map((point, index) => ({ ...point, period: `${2000 + 2 * index}-01`, afterGap: index > 0 }));
		const analysis = analyseSeries({ points, improvement: 'higher' });
		expect(analysis.segments[0]?.state).toBe('none');
		expect(analysis.segments[0]?.note).toMatch(/no two of the 7 points .* are in successive periods/);
		expect(analysis.points.every((point) => point.variation === 'common')).toBe(true);
	});

	it('does not call seven months above the mean a shift when a gap falls among them', () => {
		// Low months, then seven high ones: a shift when they follow on; with months missing before the fifth
		// high one, two runs (four and three), and no shift.
		const values = [90, 91, 89, 90, 92, 90, 91, 89, 110, 111, 109, 110, 111, 109, 110];
		const joined = analyseSeries({ points: monthlyPoints(values), improvement: 'higher' });
		expect(joined.points.slice(8).every((point) => point.hits.some((hit) => hit.rule === 'shift'))).toBe(true);
		const split = monthlyPoints(values).map((point, index) => (index >= 12 ? { ...point, period: `2025-${String(index - 11).padStart(2, '0')}`, afterGap: index === 12 } : point));
		const gapped = analyseSeries({ points: split, improvement: 'higher' });
		// (The eight low months before them are a shift of their own, on the low side.)
		expect(gapped.points.slice(8).some((point) => point.hits.some((hit) => hit.rule === 'shift'))).toBe(false);
	});
});
