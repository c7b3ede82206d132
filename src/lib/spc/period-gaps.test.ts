import { describe, expect, it } from 'vitest';
import { markGaps, skipsPeriods } from './period-gaps';
import { monthlyPoints } from './test-series';

describe('skipsPeriods', () => {
	it('finds months missing between two monthly points, across a year end too', () => {
		expect(skipsPeriods('month', '2022-08', '2022-09')).toBe(false);
		expect(skipsPeriods('month', '2019-12', '2020-01')).toBe(false);
		expect(skipsPeriods('month', '2019-12', '2022-08')).toBe(true);
		expect(skipsPeriods('month', '2022-08', '2022-10')).toBe(true);
	});

	it('steps a quarterly series (keyed by its first month) by three months', () => {
		expect(skipsPeriods('quarter', '2023-04', '2023-07')).toBe(false);
		expect(skipsPeriods('quarter', '2023-10', '2024-01')).toBe(false);
		expect(skipsPeriods('quarter', '2023-04', '2023-10')).toBe(true);
	});

	it('steps a weekly series (keyed by its first day) by seven days, over a clock change', () => {
		expect(skipsPeriods('week', '2024-03-25', '2024-04-01')).toBe(false);
		expect(skipsPeriods('week', '2024-03-25', '2024-04-08')).toBe(true);
	});

	it('takes a key it cannot read as no gap, rather than break a series it does not understand', () => {
		expect(skipsPeriods('month', '2023/24', '2025/26')).toBe(false);
	});
});

describe('markGaps', () => {
	it('marks the first point after each stretch of missing months, and only it', () => {
		// The real police.uk fixtures: December 2019, then August to October 2022.
		const points = [
			{ period: '2019-12', label: 'December 2019', value: 8092 },
			{ period: '2022-08', label: 'August 2022', value: 10373 },
			{ period: '2022-09', label: 'September 2022', value: 9492 },
			{ period: '2022-10', label: 'October 2022', value: 9802 }
		];
		expect(markGaps(points, 'month').map((point) => point.afterGap ?? false)).toEqual([false, true, false, false]);
		expect(markGaps(points, 'month').map((point) => point.value)).toEqual(points.map((point) => point.value));
	});

	it('clears a mark a loader gave where no period is missing', () => {
		const points = monthlyPoints([1, 2, 3]).map((point) => ({ ...point, afterGap: true }));
		expect(markGaps(points, 'month').some((point) => point.afterGap)).toBe(false);
	});
});
