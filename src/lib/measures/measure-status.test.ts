import { describe, expect, it } from 'vitest';
import { judgeSeries, type SeriesData } from '$lib/spc/judged-series';
import { monthlyPoints, steadyNoise } from '$lib/spc/test-series';
import { measureStatus, seriesStatus, statusTone } from './measure-status';

describe('measureStatus', () => {
	it('compares against an "at least" target, with 5% for nearly', () => {
		expect(measureStatus(100, 100, 'at least')).toBe('Met');
		// 95% of 100 is 95: 95 is nearly met, 94.9 is not.
		expect(measureStatus(95, 100, 'at least')).toBe('Nearly met');
		expect(measureStatus(94.9, 100, 'at least')).toBe('Not met');
	});

	it('compares against an "at most" target', () => {
		expect(measureStatus(10, 10, 'at most')).toBe('Met');
		expect(measureStatus(10.5, 10, 'at most')).toBe('Nearly met');
		expect(measureStatus(11, 10, 'at most')).toBe('Not met');
	});

	it('withholds the verdict from an illustrative figure, met or not', () => {
		expect(measureStatus(100, 100, 'at least', true)).toBe('Illustrative, no verdict');
		expect(measureStatus(50, 100, 'at least', true)).toBe('Illustrative, no verdict');
		expect(statusTone(measureStatus(97, 100, 'at least', true))).toBe('illustrative');
	});

	it('says when there is no target, or no data', () => {
		expect(measureStatus(50, null, null)).toBe('No target set');
		expect(measureStatus(null, 100, 'at least')).toBe('No data for this period');
	});
});

describe('seriesStatus: assurance from process limits where a measure has a series', () => {
	const home = { viewId: 'custody-visiting', path: '/custody-visiting', viewTitle: 'Custody visiting', theme: 'Vulnerability Protection' };
	const definition = { id: 'test', measure: 'Weeks visited', unit: 'month', improvement: 'higher', valueKind: 'percent' } as const;
	const judged = (values: readonly number[], more: Partial<SeriesData> = {}) =>
		judgeSeries({ definition, points: monthlyPoints(values), target: 100, illustrative: false, citations: [], ...more }, home);
	// steadyNoise: mean 100.33, limits 90.66 and 110.01 (worked in src/lib/spc/test-series.ts).

	it('is hit and miss when the target lies between the limits, whatever the latest month shows', () => {
		expect(seriesStatus(judged(steadyNoise))).toBe('Hit and miss');
		expect(statusTone('Hit and miss')).toBe('warn');
	});

	it('is consistently met when both limits are on the right side of the target', () => {
		// The same noise 20 higher: limits 110.66 and 130.01, both above 100.
		expect(seriesStatus(judged(steadyNoise.map((value) => value + 20)))).toBe('Consistently met');
		expect(statusTone('Consistently met')).toBe('pass');
	});

	it('is consistently missed when both limits are on the wrong side', () => {
		// 20 lower: limits 70.66 and 90.01, both below 100.
		expect(seriesStatus(judged(steadyNoise.map((value) => value - 20)))).toBe('Consistently missed');
		expect(statusTone('Consistently missed')).toBe('fail');
	});

	it('gives no verdict on illustrative figures, and says when there are too few points or none', () => {
		expect(seriesStatus(judged(steadyNoise, { illustrative: true }))).toBe('Illustrative, no verdict');
		// Five points: fewer than the six that limits need.
		expect(seriesStatus(judged(steadyNoise.slice(0, 5)))).toBe('No assurance yet');
		expect(seriesStatus(judged([]))).toBe('No data for this period');
		expect(seriesStatus(judged(steadyNoise, { target: null }))).toBe('No target set');
	});
});
