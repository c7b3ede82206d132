import type { Connector, SqlValue } from '$lib/database/database';
import { queryClient } from '$lib/database/query-client';
import { llrForce } from '$lib/datasets/police-uk-files';
import { periodRange } from '$lib/filters/period';
import type { ViewFilters } from '$lib/filters/view-filters';
import { columnsOf, rowsOf } from '$lib/database/arrow-rows';
import {
	crimeCounts as countsFromColumns,
	crimeInView as sliceCrimeInView,
	type CrimeByDistrict,
	type CrimeByMonth,
	type CrimeByType,
	type CrimeCounts,
	type CrimeInView
} from './crime-in-view';
import { compareBeforeAfter, type BeforeAfterComparison, type BeforeAfterMonth } from './street-crime-comparison';
import beforeAfterSql from './street-crime-before-after.sql?raw';
import holdingSql from './street-crime-holding.sql?raw';
import { queryCounts } from './street-crime-counts';
import byMonthAreaTypeSql from './street-crime-by-month-area-type.sql?raw';
import missingMonthsSql from './street-crime-missing-months.sql?raw';

export { outsideLlr, type CrimeByDistrict, type CrimeByMonth, type CrimeByType, type CrimeInView } from './crime-in-view';

/** What the loaded street-level files hold for one force, whatever the filters. */
export interface StreetCrimeHolding {
	/** The force whose area the records fall within ("Falls within"). */
	readonly force: string;
	readonly records: number;
	/** YYYY-MM, or null when nothing is loaded. */
	readonly firstMonth: string | null;
	readonly lastMonth: string | null;
	readonly months: number;
	/** Months between the first and last that no loaded file covers, YYYY-MM. */
	readonly missingMonths: readonly string[];
	/** Records whose Context marks them as an illustrative sample, not police.uk data. */
	readonly illustrativeRecords: number;
}

// Every measure below reads the counts table (see street-crime-counts.ts), which is kept in step with the
// loaded records. `version` is the dataset's version from the registry: give it wherever the app has it.

/**
 * Records by month, area and crime type, as columns. Given a version, they are
 * fetched once for it: every filter change then slices them in the page.
 */
export function crimeCounts(db: Connector, version?: number): Promise<CrimeCounts> {
	return queryClient(db).remember('street-crime counts by month, area and type', version, async () => {
		const columns = columnsOf(await queryCounts(db, version, byMonthAreaTypeSql));
		return countsFromColumns(columns.strings('month'), columns.strings('force'), columns.strings('district'), columns.strings('crime_type'), columns.numbers('crimes'));
	});
}

/** The last slice made, and what it was made from: the Crime view's figures and its series ask for the same one. */
let lastSlice: { counts: CrimeCounts; start: string; end: string; area: string | null; force: string; inView: CrimeInView } | undefined;

/**
 * One force's records in the period and area by type, by month and type, and by area, each in its order.
 * A filter change asks for the same slice twice (the view's figures and its judged series, at once), so the
 * last one is kept and given again while the counts and filters are the same: the answer is never changed.
 */
export async function crimeInView(db: Connector, filters: ViewFilters, version?: number, force = llrForce): Promise<CrimeInView> {
	const counts = await crimeCounts(db, version);
	const { start, end } = periodRange(filters.period);
	const last = lastSlice;
	if (last && last.counts === counts && last.start === start && last.end === end && last.area === filters.area && last.force === force) return last.inView;
	const inView = sliceCrimeInView(counts, { start, end }, filters.area, force);
	lastSlice = { counts, start, end, area: filters.area, force, inView };
	return inView;
}

/** One force's records in the period and area by crime type, most first. */
export async function crimeByType(db: Connector, filters: ViewFilters, version?: number, force = llrForce): Promise<CrimeByType[]> {
	return (await crimeInView(db, filters, version, force)).byType;
}

/** One force's records in the period and area by month and crime type, oldest month first. */
export async function crimeByMonth(db: Connector, filters: ViewFilters, version?: number, force = llrForce): Promise<CrimeByMonth[]> {
	return (await crimeInView(db, filters, version, force)).byMonth;
}

/** One force's records in the period and area by LLR area, with those outside LLR or with no location last. */
export async function crimeByDistrict(db: Connector, filters: ViewFilters, version?: number, force = llrForce): Promise<CrimeByDistrict[]> {
	return (await crimeInView(db, filters, version, force)).byDistrict;
}

/** What the loaded files hold for each force, most records first. */
export function streetCrimeHoldings(db: Connector, version?: number): Promise<StreetCrimeHolding[]> {
	return queryClient(db).remember('street-crime holdings', version, () => countHoldings(db, version));
}

/** What the loaded files hold for one force (Leicestershire Police unless named): records, months (and any missing), and how many are an illustrative sample. */
export async function streetCrimeHolding(db: Connector, version?: number, force = llrForce): Promise<StreetCrimeHolding> {
	const held = (await streetCrimeHoldings(db, version)).find((holding) => holding.force === force);
	return held ?? { force, records: 0, firstMonth: null, lastMonth: null, months: 0, missingMonths: [], illustrativeRecords: 0 };
}

async function countHoldings(db: Connector, version: number | undefined): Promise<StreetCrimeHolding[]> {
	const [rows, missing] = await Promise.all([
		queryCounts(db, version, holdingSql).then((table) =>
			rowsOf<{ force: string; records: number; first_month: string; last_month: string; months: number; illustrative_records: number }>(table)
		),
		queryCounts(db, version, missingMonthsSql).then((table) => rowsOf<{ force: string; month: string }>(table))
	]);
	return rows.map((row) => ({
		force: row.force,
		records: row.records,
		firstMonth: row.first_month,
		lastMonth: row.last_month,
		months: row.months,
		missingMonths: missing.filter((month) => month.force === row.force).map((month) => month.month),
		illustrativeRecords: row.illustrative_records
	}));
}

/** The first day of the month `offset` months after a YYYY-MM month, as YYYY-MM-DD. */
export function monthStart(month: string, offset = 0): string {
	const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
	if (!match) throw new Error(`A month must be YYYY-MM, not "${month}"`);
	const index = Number(match[1]) * 12 + Number(match[2]) - 1 + offset;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** What to compare: crime types in one area, for `months` months either side of a start month. */
export interface BeforeAfterQuestion {
	readonly types: readonly string[];
	readonly district: string;
	/** YYYY-MM: the first month "after". */
	readonly startMonth: string;
	readonly months: number;
}

/** The answer: each month's counts, and each side's monthly average before and after. */
export interface CrimeBeforeAfter extends BeforeAfterComparison {
	readonly question: BeforeAfterQuestion;
	readonly rows: readonly BeforeAfterMonth[];
}

/**
 * Monthly records of some crime types in an area and in the rest of LLR, for
 * the months before and after a start month, with each side's monthly average
 * before and after. The rest of LLR is the other eight areas: the comparison
 * shows whether a change in the area was shared by everywhere else.
 * Leicestershire Police's records only, whatever other forces' files are loaded.
 */
export async function crimeBeforeAfter(db: Connector, question: BeforeAfterQuestion, version?: number): Promise<CrimeBeforeAfter> {
	const { types, district, startMonth, months } = question;
	// Types travel as one '|'-joined parameter, so none may contain a '|'.
	if (types.length === 0 || types.some((type) => type.includes('|'))) throw new Error(`Crime types cannot be compared: ${types.join(', ')}`);
	if (!Number.isInteger(months) || months < 1) throw new Error(`The months either side must be a whole number from 1, not ${months}`);
	const params: SqlValue[] = [types.join('|'), district, monthStart(startMonth, -months), monthStart(startMonth), monthStart(startMonth, months), llrForce];
	const rows = rowsOf<BeforeAfterMonth>(await queryCounts(db, version, beforeAfterSql, params));
	return { question, rows, ...compareBeforeAfter(rows) };
}
