/**
 * The Crime view's figures for one choice of filters, sliced from the counts
 * by month, area and crime type that SQL made once for the loaded files (see
 * `street-crime-counts.sql`). Those counts are some thousands of rows at most
 * (months x ten areas x fourteen types), so a filter change adds them up here,
 * in well under a millisecond, instead of asking the database's worker again:
 * the round trip, not the sum, was most of a filter change's wait.
 */
import type { DateRange } from '$lib/filters/period';

/** Where a record whose LSOA is outside the nine LLR areas, or blank, is counted. */
export const outsideLlr = 'Outside LLR or no location';

/** Records of one crime type in the filters' period and area. */
export type CrimeByType = { crime_type: string; crimes: number };
/** Records of one crime type in one month. */
export type CrimeByMonth = { month: string; crime_type: string; crimes: number };
/** Records in one LLR area, or outside LLR or with no location. */
export type CrimeByDistrict = { district: string; crimes: number };

/** The Crime view's figures for one choice of filters: by type, by month and type, and by area. */
export interface CrimeInView {
	readonly byType: CrimeByType[];
	readonly byMonth: CrimeByMonth[];
	readonly byDistrict: CrimeByDistrict[];
}

/** Records by month (YYYY-MM), force, area and crime type, one entry per combination that has any, as columns. */
export interface CrimeCounts {
	readonly month: readonly string[];
	/** The force whose area the records fall within. */
	readonly force: readonly string[];
	/** Each month's first day, YYYY-MM-DD, which the filters' dates are compared with. */
	readonly firstDay: readonly string[];
	readonly district: readonly string[];
	readonly crimeType: readonly string[];
	readonly crimes: ArrayLike<number>;
}

/**
 * The records of `force` in `range` (start inclusive, end exclusive, YYYY-MM-DD,
 * compared with the first day of each record's month) and in `area` (null: all
 * of LLR and the records outside it), by type, by month and type, and by area,
 * each in the order the view shows them. One force's records only, always: two
 * forces' records added together are no one's figures.
 */
export function crimeInView(counts: CrimeCounts, range: DateRange, area: string | null, force: string): CrimeInView {
	const { start, end } = range;
	const types = new Map<string, number>();
	const months = new Map<string, Map<string, number>>();
	const districts = new Map<string, number>();
	const add = <K>(map: Map<K, number>, key: K, crimes: number) => map.set(key, (map.get(key) ?? 0) + crimes);
	for (let i = 0; i < counts.crimes.length; i++) {
		// ISO dates sort as text; a month is in the range when its first day is.
		const firstDay = counts.firstDay[i] as string;
		if (firstDay < start || firstDay >= end || counts.force[i] !== force) continue;
		const month = counts.month[i] as string;
		const district = counts.district[i] as string;
		if (area !== null && district !== area) continue;
		const type = counts.crimeType[i] as string;
		const crimes = counts.crimes[i] as number;
		add(types, type, crimes);
		let byType = months.get(month);
		if (!byType) months.set(month, (byType = new Map()));
		add(byType, type, crimes);
		add(districts, district, crimes);
	}
	const byType = [...types].map(([crime_type, crimes]) => ({ crime_type, crimes }));
	const byMonth = [...months].flatMap(([month, byType]) => [...byType].map(([crime_type, crimes]) => ({ month, crime_type, crimes })));
	const byDistrict = [...districts].map(([district, crimes]) => ({ district, crimes }));
	// Types: most first, then by name. Months: oldest first, then by type.
	// Areas: outside LLR last, the rest most first, then by name.
	byType.sort((a, b) => b.crimes - a.crimes || byText(a.crime_type, b.crime_type));
	byMonth.sort((a, b) => byText(a.month, b.month) || byText(a.crime_type, b.crime_type));
	byDistrict.sort((a, b) => Number(a.district === outsideLlr) - Number(b.district === outsideLlr) || b.crimes - a.crimes || byText(a.district, b.district));
	return { byType, byMonth, byDistrict };
}

/** Counts as columns from rows of month, force, area, type and records (the first days worked out once, here). */
export function crimeCounts(month: readonly string[], force: readonly string[], district: readonly string[], crimeType: readonly string[], crimes: ArrayLike<number>): CrimeCounts {
	return { month, force, firstDay: month.map((m) => `${m}-01`), district, crimeType, crimes };
}

/** Text in character-code order, not the locale's, so the order is the same on every machine, as in SQL. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
