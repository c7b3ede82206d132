import type { Bar } from '$lib/charts/bar-layout';
import type { Series } from '$lib/charts/line-layout';
import { formatCount, formatPercent } from '$lib/format/uk';
import type { CrimeByDistrict, CrimeByMonth, CrimeByType } from './street-crime';
import { monthLabel } from '$lib/format/uk';

/** police.uk's one category that is an incident, not a crime. */
export const antisocialBehaviour = 'Anti-social behaviour';

/** The legend of the by-type chart: crimes in one colour, anti-social behaviour in another. */
export const typeGroups = ['Crime', 'Anti-social behaviour (an incident, not a crime)'] as const;

const share = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : 0);
const countAndShare = (part: number, whole: number) => `${formatCount(part)} (${formatPercent(share(part, whole))})`;

/** One row of a table of counts with each one's share of the whole. */
export type ShareRow = { name: string; crimes: number; share: number };

/** Counts with their share of the total, in the order given. */
export function shareRows(rows: readonly { name: string; crimes: number }[]): ShareRow[] {
	const total = rows.reduce((sum, row) => sum + row.crimes, 0);
	return rows.map((row) => ({ name: row.name, crimes: row.crimes, share: share(row.crimes, total) }));
}

/** One bar per crime type, sized by records, labelled with the count and its share; ASB in its own colour. */
export function typeBars(rows: readonly CrimeByType[]): Bar[] {
	const total = rows.reduce((sum, row) => sum + row.crimes, 0);
	return rows.map((row) => ({
		key: row.crime_type,
		label: row.crime_type,
		value: row.crimes,
		valueLabel: countAndShare(row.crimes, total),
		group: row.crime_type === antisocialBehaviour ? 1 : 0
	}));
}

/** One bar per area, sized by records, labelled with the count and its share. */
export function districtBars(rows: readonly CrimeByDistrict[]): Bar[] {
	const total = rows.reduce((sum, row) => sum + row.crimes, 0);
	return rows.map((row) => ({ key: row.district, label: row.district, value: row.crimes, valueLabel: countAndShare(row.crimes, total), group: 0 }));
}

/** The month-by-month chart and its table: the most common types' lines, and a row per month. */
export interface MonthlyTypes {
	readonly types: readonly string[];
	/** Axis labels, "Apr 23". */
	readonly periods: readonly string[];
	readonly series: readonly Series[];
	/** A row per month: its name, then `type0`… for each type shown, then `all` for every type. */
	readonly rows: readonly Record<string, string | number>[];
}

/**
 * Lines for the `top` most common types over the months in view. A month in
 * view with no record of a type is a true zero for it, because the month's
 * file is loaded; months with no records at all in view are not shown.
 */
export function monthlyTypes(rows: readonly CrimeByMonth[], top = 4): MonthlyTypes {
	const totals = new Map<string, number>();
	for (const row of rows) totals.set(row.crime_type, (totals.get(row.crime_type) ?? 0) + row.crimes);
	const types = [...totals]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, top)
		.map(([type]) => type);
	// Indexed once: a year of fourteen types is over a thousand rows, and the view redraws on every filter change.
	const byMonth = new Map<string, { all: number; types: Map<string, number> }>();
	for (const row of rows) {
		const month = byMonth.get(row.month) ?? { all: 0, types: new Map<string, number>() };
		month.all += row.crimes;
		month.types.set(row.crime_type, (month.types.get(row.crime_type) ?? 0) + row.crimes);
		byMonth.set(row.month, month);
	}
	const months = [...byMonth.keys()].sort();
	const count = (month: string, type: string) => byMonth.get(month)?.types.get(type) ?? 0;
	return {
		types,
		periods: months.map((month) => monthLabel(month)),
		series: types.map((type, index) => ({ key: type, label: type, values: months.map((month) => count(month, type)), colour: index })),
		rows: months.map((month) => ({
			month: monthLabel(month, true),
			...Object.fromEntries(types.map((type, index) => [`type${index}`, count(month, type)])),
			all: byMonth.get(month)?.all ?? 0
		}))
	};
}

/** How a crime with no outcome in the outcomes files loaded is named in the outcome mix. */
export const noOutcome = 'No outcome in the outcomes files loaded';

/** One bar per latest outcome, sized by crimes, labelled with the count and its share; crimes with none in their own colour. */
export function outcomeBars(rows: readonly { outcome: string | null; crimes: number }[]): Bar[] {
	const total = rows.reduce((sum, row) => sum + row.crimes, 0);
	return rows.map((row) => ({
		key: row.outcome ?? noOutcome,
		label: row.outcome ?? noOutcome,
		value: row.crimes,
		valueLabel: countAndShare(row.crimes, total),
		group: row.outcome === null ? 1 : 0
	}));
}
