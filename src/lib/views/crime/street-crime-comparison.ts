/**
 * The before-and-after comparison of a Safer Streets area's crimes with the
 * rest of LLR's: each phase's months summed and averaged (a measure; the
 * chart's indexed lines are shaped from it in shaping/street-crime-before-after).
 */
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

const change = (before: number | null, after: number | null) => (before === null || after === null || before === 0 ? null : (100 * (after - before)) / before);

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
