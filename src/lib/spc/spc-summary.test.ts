import { describe, expect, it } from 'vitest';
import { monthlyPoints, steadyNoise } from './test-series';
import { spcFindings, spcHeadline } from './spc-summary';
import { analyseSeries } from './xmr';

const noise = steadyNoise;
const wording = { measure: 'Victim service referrals', unit: 'month' };

describe('the finding of a series in words', () => {
	it('names a shift, its length, its side and when it began', () => {
		// Seventeen months swinging about 103 (January 2023 to May 2024), then seven
		// from June 2024 all above the mean of 2485 / 24 = 103.5, none beyond a limit.
		const values = [98, 106, 99, 104, 97, 105, 100, 104, 99, 103, 98, 105, 99, 104, 98, 103, 100, 108, 110, 107, 109, 111, 108, 110];
		const analysis = analyseSeries({ points: monthlyPoints(values), improvement: 'neither' });
		expect(spcHeadline(analysis, wording)).toBe(
			'Victim service referrals: seven months in a row above the average (103.5) since June 2024, a shift, not noise: a change, neither better nor worse in itself.'
		);
	});

	it('says there is no signal in steady noise, with the range the process usually gives', () => {
		// Mean 1204 / 12 = 100.33, mean moving range 40 / 11 = 3.64: limits 90.66 and 110.01.
		const analysis = analyseSeries({ points: monthlyPoints(noise), improvement: 'higher' });
		expect(spcFindings(analysis, wording)).toEqual(['No signal: the variation is what this process usually shows, between 90.7 and 110 a month.']);
	});

	it('gives the count beside the percentage for a point beyond a limit, and whether it is a concern', () => {
		// With 125 in September 2023: mean 1329 / 13 = 102.2, 125 is 22.8 above it
		// (+22.3%), and the upper limit is 102.2 + 2.66 × 82 / 12 = 120.4.
		const analysis = analyseSeries({ points: monthlyPoints([...noise.slice(0, 8), 125, ...noise.slice(8)]), improvement: 'lower' });
		expect(spcFindings(analysis, { measure: 'Burglary', unit: 'month' })[0]).toBe(
			'September 2023: 125, 22.8 above the average of 102.2, +22.3%, beyond the upper process limit (120.4): a signal, not noise, and a concern.'
		);
	});

	it('names a trend by its first and last months', () => {
		const values = [...noise, 96, 98, 100, 102, 104, 106, 108];
		const analysis = analyseSeries({ points: monthlyPoints(values), improvement: 'higher' });
		expect(spcFindings(analysis, wording)[0]).toMatch(/^Seven months in a row rising, from January 2024 \(96\) to July 2024 \(108\), a trend, not noise: an improvement\.$/);
	});

	it('adds the assurance against a target, and that limits are provisional', () => {
		const analysis = analyseSeries({ points: monthlyPoints(noise.slice(0, 10)), improvement: 'higher', target: 120 });
		const findings = spcFindings(analysis, wording);
		expect(findings).toContain(
			'Against the target of 120: consistently missed: both process limits are on the wrong side of the target, so it will not be met without a change to the process.'
		);
		expect(findings).toContain('Provisional limits: 10 points from January 2023, fewer than 12, so the limits will move as points are added.');
	});

	it('says why there are no limits when there are too few points', () => {
		const analysis = analyseSeries({ points: monthlyPoints([100, 120, 90]), improvement: 'higher' });
		expect(spcHeadline(analysis, wording)).toBe('Victim service referrals: no process limits: 3 points from January 2023, and at least 6 are needed to tell a signal from noise.');
	});

	it('gives illustrative figures no signal and says why', () => {
		const analysis = analyseSeries({ points: monthlyPoints([...noise, 200]), improvement: 'lower', illustrative: true, target: 50 });
		expect(spcFindings(analysis, wording)).toEqual(['Illustrative sample: the limits show the method, but invented figures get no signal and no verdict against a target.']);
	});
});

describe('a series with missing months, in words', () => {
	// Twelve months of steady noise in 2023, then seven high months from March 2025: January 2024 to February 2025 missing.
	const before = monthlyPoints(noise);
	const after = monthlyPoints([120, 121, 119, 120, 122, 121, 120], 2025).map((point, index) => ({
		...point,
		period: `2025-${String(index + 3).padStart(2, '0')}`,
		label: `${['March', 'April', 'May', 'June', 'July', 'August', 'September'][index]} 2025`,
		afterGap: index === 0
	}));

	it('says which months are missing and what the chart does with them', () => {
		const analysis = analyseSeries({ points: [...before, ...after], improvement: 'higher' });
		expect(spcFindings(analysis, wording)).toContain(
			'No figures for the months between December 2023 and March 2025: the line is broken there, and the change across the gap is not counted as month-to-month noise or as part of a run.'
		);
	});

	it('tells two runs either side of a gap apart, as the rules do', () => {
		// Seven high months in a row, then five missing, then seven more: each run is its own shift.
		const values = [...noise.slice(0, 6), 120, 121, 119, 120, 122, 121, 120];
		const first = monthlyPoints(values);
		const second = monthlyPoints([120, 121, 119, 120, 122, 121, 120], 2025).map((point, index) => ({ ...point, afterGap: index === 0 }));
		const analysis = analyseSeries({ points: [...first, ...second], improvement: 'higher' });
		const shifts = spcFindings(analysis, wording).filter((finding) => finding.includes('a shift'));
		expect(shifts).toHaveLength(2);
	});
});
