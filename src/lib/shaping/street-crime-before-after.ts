import { formatCount } from '$lib/format/uk';
import type { Series } from '$lib/charts/line-layout';
import { monthLabel } from './referrals-series';

/** One month of a before-and-after window: the area's count and the rest of LLR's, or null when the month is not loaded. */
export type BeforeAfterMonth = {
	/** YYYY-MM. */
	month: string;
	phase: 'before' | 'after';
	/** Whether the loaded files hold this month at all. */
	held: boolean;
	area_crimes: number | null;
	rest_crimes: number | null;
};

/** The months before or after the start, summed and averaged over the months loaded. */
export interface BeforeAfterPhase {
	readonly monthsHeld: number;
	readonly areaCrimes: number;
	readonly restCrimes: number;
	/** Average a month; null when no month of the phase is loaded. */
	readonly areaAverage: number | null;
	readonly restAverage: number | null;
}

/** Both phases, and each side's change in its monthly average, in %. */
export interface BeforeAfterComparison {
	readonly before: BeforeAfterPhase;
	readonly after: BeforeAfterPhase;
	/** Change in the area's monthly average, %; null when a phase has no months or nothing before. */
	readonly areaChange: number | null;
	readonly restChange: number | null;
}

function phase(rows: readonly BeforeAfterMonth[]): BeforeAfterPhase {
	const held = rows.filter((row) => row.held);
	const areaCrimes = held.reduce((sum, row) => sum + (row.area_crimes ?? 0), 0);
	const restCrimes = held.reduce((sum, row) => sum + (row.rest_crimes ?? 0), 0);
	return {
		monthsHeld: held.length,
		areaCrimes,
		restCrimes,
		areaAverage: held.length ? areaCrimes / held.length : null,
		restAverage: held.length ? restCrimes / held.length : null
	};
}

const change = (before: number | null, after: number | null) =>
	before === null || after === null || before === 0 ? null : (100 * (after - before)) / before;

/**
 * Averages a month before and after the start, for the area and the rest of
 * LLR. Averages, not totals, so that a month missing from the files does not
 * read as a fall.
 */
export function compareBeforeAfter(rows: readonly BeforeAfterMonth[]): BeforeAfterComparison {
	const before = phase(rows.filter((row) => row.phase === 'before'));
	const after = phase(rows.filter((row) => row.phase === 'after'));
	return {
		before,
		after,
		areaChange: change(before.areaAverage, after.areaAverage),
		restChange: change(before.restAverage, after.restAverage)
	};
}

/** A count as an index of a before-average of 100; null when either is missing or the average is 0. */
export function indexOf(count: number | null, average: number | null): number | null {
	return count === null || average === null || average === 0 ? null : (100 * count) / average;
}

/**
 * The chart's two lines: each side's monthly count as an index, 100 being its
 * own average month before the start. The area is far smaller than the rest of
 * LLR, so counts would not share a scale; indexed, their changes can be compared.
 */
export function beforeAfterLines(
	rows: readonly BeforeAfterMonth[],
	comparison: BeforeAfterComparison,
	area: string
): { periods: string[]; series: Series[] } {
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
