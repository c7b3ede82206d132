import { describe, expect, it } from 'vitest';
import { judgeSeries, type SeriesData } from './judged-series';
import { monthlyPoints, steadyNoise } from './test-series';

const home = { viewId: 'referrals', path: '/referrals', viewTitle: 'Referrals', theme: 'Vulnerability Protection' };
const definition = { id: 'test-series', measure: 'Victim service referrals', unit: 'month', improvement: 'higher', valueKind: 'count' } as const;
const data = (values: readonly number[], more: Partial<SeriesData> = {}): SeriesData => ({
	definition,
	points: monthlyPoints(values),
	target: null,
	illustrative: false,
	citations: [],
	...more
});

describe('a series judged for the headlines', () => {
	it('is not noteworthy when it is steady noise with no target', () => {
		const judged = judgeSeries(data(steadyNoise), home);
		expect(judged.noteworthy).toBe(false);
		expect(judged.headline).toBe('Victim service referrals: no signal: the variation is what this process usually shows, between 90.7 and 110 a month.');
	});

	it('is noteworthy with a point beyond a limit, and the finding says so', () => {
		// 125 in September 2023 is above the upper limit of 120.4 (worked in spc-summary.test.ts).
		const judged = judgeSeries(data([...steadyNoise.slice(0, 8), 125, ...steadyNoise.slice(8)]), home);
		expect(judged.noteworthy).toBe(true);
		expect(judged.findings[0]).toMatch(/^September 2023: 125, .* beyond the upper process limit/);
	});

	it('is noteworthy with a target, as the assurance is a result to report', () => {
		// Limits 90.66 and 110.01 lie either side of 100: hit and miss.
		const judged = judgeSeries(data(steadyNoise, { target: 100 }), home);
		expect(judged.analysis.assurance).toBe('hit-and-miss');
		expect(judged.noteworthy).toBe(true);
	});

	it('is never noteworthy when the figures are invented, whatever they show', () => {
		const judged = judgeSeries(data([...steadyNoise.slice(0, 8), 125, ...steadyNoise.slice(8)], { illustrative: true, target: 100 }), home);
		expect(judged.noteworthy).toBe(false);
		expect(judged.analysis.assurance).toBeNull();
		expect(judged.headline).toMatch(/illustrative sample/);
	});
});
