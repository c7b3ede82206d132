import { formatCount } from '$lib/format/uk';
import type { Series } from '$lib/charts/line-layout';
import type { BeforeAfterComparison, BeforeAfterMonth } from './street-crime-comparison';
import { monthLabel } from '$lib/format/uk';

/** A count as an index of a before-average of 100; null when either is missing or the average is 0. */
export function indexOf(count: number | null, average: number | null): number | null {
	return count === null || average === null || average === 0 ? null : (100 * count) / average;
}

/**
 * The chart's two lines: each side's monthly count as an index, 100 being its
 * own average month before the start. The area is far smaller than the rest of
 * LLR, so counts would not share a scale; indexed, their changes can be compared.
 */
export function beforeAfterLines(rows: readonly BeforeAfterMonth[], comparison: BeforeAfterComparison, area: string): { periods: string[]; series: Series[] } {
	return {
		periods: rows.map((row) => monthLabel(row.month)),
		series: [
			{ key: 'area', label: area, values: rows.map((row) => indexOf(row.area_crimes, comparison.before.areaAverage)), colour: 0 },
			{
				key: 'rest',
				label: 'Rest of Leicester, Leicestershire and Rutland',
				values: rows.map((row) => indexOf(row.rest_crimes, comparison.before.restAverage)),
				colour: 1,
				dashed: true
			}
		]
	};
}

/** An index to the nearest whole number, or words when there is none. */
export function formatIndex(value: number | null): string {
	return value === null ? 'no figure' : formatCount(Math.round(value));
}
