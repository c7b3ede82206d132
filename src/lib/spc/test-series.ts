import type { SeriesPoint } from './xmr';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Monthly points from January of `startYear` on, labelled as a reader would say them ("June 2024"); for tests. */
export function monthlyPoints(values: readonly number[], startYear = 2023): SeriesPoint[] {
	return values.map((value, index) => {
		const year = startYear + Math.floor(index / 12);
		const month = index % 12;
		return { period: `${year}-${String(month + 1).padStart(2, '0')}`, label: `${monthNames[month]} ${year}`, value };
	});
}

/**
 * Twelve months of steady noise around 100, which sets off no rule: mean
 * 1204 / 12 = 100.33, mean moving range 40 / 11 = 3.64, limits 90.66 and 110.01.
 */
export const steadyNoise: readonly number[] = [98, 103, 99, 101, 97, 102, 100, 104, 99, 101, 98, 102];
