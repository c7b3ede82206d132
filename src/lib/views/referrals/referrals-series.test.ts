import { describe, expect, it } from 'vitest';
import type { ReferralMonth } from './referrals';
import { formatAverage, referralSeries } from './referrals-series';

const row = (service: string, month: string, referrals: number, rolling_average: number | null, last_year: number | null): ReferralMonth => ({
	service,
	month,
	referrals,
	rolling_average,
	last_year,
	illustrative: true
});

// Restorative justice months 10, 20, 30: the average (10 + 20 + 30) / 3 = 20 only in the third.
// Violence reduction comes first in the rows but after restorative justice in the contract's order.
const months = [
	row('violence reduction', '2023-03', 1500, 1250.25, 1250),
	row('restorative justice', '2023-01', 10, null, null),
	row('restorative justice', '2023-02', 20, null, 4),
	row('restorative justice', '2023-03', 30, 20, 22)
];

describe('referralSeries', () => {
	it('makes one chart per service in the contract order, with the average and last year as lines', () => {
		const [rj, vr] = referralSeries(months);
		expect([rj?.service, vr?.service]).toEqual(['restorative justice', 'violence reduction']);
		expect(rj?.periods).toEqual(['Jan 23', 'Feb 23', 'Mar 23']);
		expect(rj?.series.map((s) => [s.key, s.values, s.dashed ?? false])).toEqual([
			['referrals', [10, 20, 30], false],
			['average', [null, null, 20], false],
			['last-year', [null, 4, 22], true]
		]);
		// 10 + 20 + 30 = 60.
		expect(rj?.total).toBe(60);
		expect(rj?.latest?.month).toBe('2023-03');
		expect(rj?.illustrative).toBe(true);
	});

	it('puts the same figures in the table, with words for gaps and raw numbers beside any %', () => {
		const [rj, vr] = referralSeries(months);
		expect(rj?.rows).toEqual([
			{ month: 'January 2023', referrals: '10', average: 'not enough months', lastYear: 'not held', change: 'no figure for last year' },
			{ month: 'February 2023', referrals: '20', average: 'not enough months', lastYear: '4', change: '4 → 20, +16, too few to give a %' },
			// 30 − 22 = 8; 8 / 22 = 36%.
			{ month: 'March 2023', referrals: '30', average: '20.0', lastYear: '22', change: '22 → 30, +8, +36%' }
		]);
		// 1,500 − 1,250 = 250; 250 / 1,250 = 20%.
		expect(vr?.rows[0]).toEqual({ month: 'March 2023', referrals: '1,500', average: '1,250', lastYear: '1,250', change: '1,250 → 1,500, +250, +20%' });
	});

	it('has nothing to draw with no months', () => {
		expect(referralSeries([])).toEqual([]);
	});
});

describe('averages', () => {
	it('are written to the precision the counts support', () => {
		expect(formatAverage(1234.333)).toBe('1,234');
		expect(formatAverage(12.333)).toBe('12.3');
	});
});
