import type { Database, SqlValue } from '$lib/database/database';
import { areas } from '$lib/filters/areas';
import { filterParams, type ViewFilters } from '$lib/filters/view-filters';
import { rowsOf } from '$lib/shaping/arrow-rows';
import { compareBeforeAfter, type BeforeAfterComparison, type BeforeAfterMonth } from '$lib/shaping/street-crime-before-after';
import beforeAfterSql from './street-crime-before-after.sql?raw';
import byDistrictSql from './street-crime-by-district.sql?raw';
import byMonthSql from './street-crime-by-month.sql?raw';
import byTypeSql from './street-crime-by-type.sql?raw';
import holdingSql from './street-crime-holding.sql?raw';
import inViewSql from './street-crime-in-view.sql?raw';
import locatedSql from './street-crime-located.sql?raw';
import missingMonthsSql from './street-crime-missing-months.sql?raw';

/** Where a record whose LSOA is outside the nine LLR areas, or blank, is counted. */
export const outsideLlr = 'Outside LLR or no location';

/** Records of one crime type in the filters' period and area. */
export type CrimeByType = { crime_type: string; crimes: number };
/** Records of one crime type in one month. */
export type CrimeByMonth = { month: string; crime_type: string; crimes: number };
/** Records in one LLR area, or outside LLR or with no location. */
export type CrimeByDistrict = { district: string; crimes: number };

/** What the loaded street-level files hold, whatever the filters. */
export interface StreetCrimeHolding {
	readonly records: number;
	/** YYYY-MM, or null when nothing is loaded. */
	readonly firstMonth: string | null;
	readonly lastMonth: string | null;
	readonly months: number;
	/** Months between the first and last that no loaded file covers, YYYY-MM. */
	readonly missingMonths: readonly string[];
	/** The forces that reported the records ("Reported by"). */
	readonly forces: readonly string[];
	/** Records whose Context marks them as an illustrative sample, not police.uk data. */
	readonly illustrativeRecords: number;
}

// The app's own list of the nine areas, passed as one parameter so the SQL has no copy of it.
const llrAreas = areas.join('|');

async function inView<Row>(db: Database, body: string, filters: ViewFilters): Promise<Row[]> {
	const params: SqlValue[] = [llrAreas, ...filterParams(filters)];
	return rowsOf<Row>(await db.query(`${locatedSql}\n${inViewSql}\n${body}`, params));
}

/** Records in the period and area by crime type, most first. */
export function crimeByType(db: Database, filters: ViewFilters): Promise<CrimeByType[]> {
	return inView<CrimeByType>(db, byTypeSql, filters);
}

/** Records in the period and area by month and crime type, oldest month first. */
export function crimeByMonth(db: Database, filters: ViewFilters): Promise<CrimeByMonth[]> {
	return inView<CrimeByMonth>(db, byMonthSql, filters);
}

/** Records in the period and area by LLR area, with those outside LLR or with no location last. */
export function crimeByDistrict(db: Database, filters: ViewFilters): Promise<CrimeByDistrict[]> {
	return inView<CrimeByDistrict>(db, byDistrictSql, filters);
}

/** What the loaded files hold: records, months (and any missing), forces, and how many are an illustrative sample. */
export async function streetCrimeHolding(db: Database): Promise<StreetCrimeHolding> {
	const [row] = rowsOf<{ records: number; first_month: string | null; last_month: string | null; months: number; forces: string; illustrative_records: number }>(
		await db.query(holdingSql)
	);
	const missing = rowsOf<{ month: string }>(await db.query(missingMonthsSql));
	return {
		records: row?.records ?? 0,
		firstMonth: row?.first_month ?? null,
		lastMonth: row?.last_month ?? null,
		months: row?.months ?? 0,
		missingMonths: missing.map((month) => month.month),
		forces: row?.forces ? row.forces.split('|') : [],
		illustrativeRecords: row?.illustrative_records ?? 0
	};
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
 */
export async function crimeBeforeAfter(db: Database, question: BeforeAfterQuestion): Promise<CrimeBeforeAfter> {
	const { types, district, startMonth, months } = question;
	// Types travel as one '|'-joined parameter, so none may contain a '|'.
	if (types.length === 0 || types.some((type) => type.includes('|'))) throw new Error(`Crime types cannot be compared: ${types.join(', ')}`);
	if (!Number.isInteger(months) || months < 1) throw new Error(`The months either side must be a whole number from 1, not ${months}`);
	const params: SqlValue[] = [llrAreas, types.join('|'), district, monthStart(startMonth, -months), monthStart(startMonth), monthStart(startMonth, months)];
	const rows = rowsOf<BeforeAfterMonth>(await db.query(`${locatedSql}\n${beforeAfterSql}`, params));
	return { question, rows, ...compareBeforeAfter(rows) };
}
