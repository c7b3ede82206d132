/**
 * Monthly points of recorded crime for statistical process control, from the
 * counts the Crime view slices in the page: one point per month a loaded file
 * covers, so a month with no file is missing (no point), never a zero, and a
 * loaded month with no record of a type is a true zero.
 */
import type { DateRange } from '$lib/filters/period';
import { monthStart, type CrimeByMonth, type StreetCrimeHolding } from './street-crime';
import type { SeriesPoint } from '$lib/spc/xmr';
import { monthLabel } from '$lib/format/uk';

/** The months a force's loaded files cover within a date range, oldest first: a month with no file is missing, not zero. */
export function monthsLoaded(holding: StreetCrimeHolding, range: DateRange): string[] {
	if (!holding.firstMonth || !holding.lastMonth) return [];
	const missing = new Set(holding.missingMonths);
	const months: string[] = [];
	for (let offset = 0; ; offset++) {
		const first = monthStart(holding.firstMonth, offset);
		const month = first.slice(0, 7);
		if (month > holding.lastMonth) break;
		if (first >= range.start && first < range.end && !missing.has(month)) months.push(month);
	}
	return months;
}

/** Each loaded month's records of some types (null: every type), a true zero where a loaded month has none. */
export function crimePoints(byMonth: readonly CrimeByMonth[], months: readonly string[], types: readonly string[] | null): SeriesPoint[] {
	const counts = new Map<string, number>();
	for (const row of byMonth) {
		if (types === null || types.includes(row.crime_type)) counts.set(row.month, (counts.get(row.month) ?? 0) + row.crimes);
	}
	return months.map((month) => ({ period: month, label: monthLabel(month, true), value: counts.get(month) ?? 0 }));
}
