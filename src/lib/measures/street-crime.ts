import type { Database, SqlValue } from '$lib/database/database';
import { filterParams, type ViewFilters } from '$lib/filters/view-filters';
import { rowsOf } from '$lib/shaping/arrow-rows';
import { compareBeforeAfter, type BeforeAfterComparison, type BeforeAfterMonth } from '$lib/shaping/street-crime-before-after';
import beforeAfterSql from './street-crime-before-after.sql?raw';
import holdingSql from './street-crime-holding.sql?raw';
import { queryCounts } from './street-crime-counts';
import inViewSql from './street-crime-in-view.sql?raw';
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

// Every measure below reads the counts table (see street-crime-counts.ts), which is kept in step with the
// loaded records. `version` is the dataset's version from the registry: give it wherever the app has it.

/** The Crime view's figures for one choice of filters: by type, by month and type, and by area. */
export interface CrimeInView {
	readonly byType: CrimeByType[];
	readonly byMonth: CrimeByMonth[];
	readonly byDistrict: CrimeByDistrict[];
}

type InViewRow = { part: 'type' | 'month' | 'area'; month: string | null; crime_type: string | null; district: string | null; crimes: number };

/** Records in the period and area by type, by month and type, and by area, from one query, each in its order. */
export async function crimeInView(db: Database, filters: ViewFilters, version?: number): Promise<CrimeInView> {
	const rows = rowsOf<InViewRow>(await queryCounts(db, version, inViewSql, filterParams(filters)));
	const byType: CrimeByType[] = [];
	const byMonth: CrimeByMonth[] = [];
	const byDistrict: CrimeByDistrict[] = [];
	for (const { part, month, crime_type, district, crimes } of rows) {
		if (part === 'type') byType.push({ crime_type: crime_type ?? '', crimes });
		else if (part === 'month') byMonth.push({ month: month ?? '', crime_type: crime_type ?? '', crimes });
		else byDistrict.push({ district: district ?? '', crimes });
	}
	// Types: most first, then by name. Months: oldest first (YYYY-MM sorts as dates do), then by type.
	// Areas: outside LLR last, the rest most first, then by name.
	byType.sort((a, b) => b.crimes - a.crimes || byText(a.crime_type, b.crime_type));
	byMonth.sort((a, b) => byText(a.month, b.month) || byText(a.crime_type, b.crime_type));
	byDistrict.sort((a, b) => Number(a.district === outsideLlr) - Number(b.district === outsideLlr) || b.crimes - a.crimes || byText(a.district, b.district));
	return { byType, byMonth, byDistrict };
}

/** Text in character-code order, not the locale's, so the order is the same on every machine, as in SQL. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Records in the period and area by crime type, most first. */
export async function crimeByType(db: Database, filters: ViewFilters, version?: number): Promise<CrimeByType[]> {
	return (await crimeInView(db, filters, version)).byType;
}

/** Records in the period and area by month and crime type, oldest month first. */
export async function crimeByMonth(db: Database, filters: ViewFilters, version?: number): Promise<CrimeByMonth[]> {
	return (await crimeInView(db, filters, version)).byMonth;
}

/** Records in the period and area by LLR area, with those outside LLR or with no location last. */
export async function crimeByDistrict(db: Database, filters: ViewFilters, version?: number): Promise<CrimeByDistrict[]> {
	return (await crimeInView(db, filters, version)).byDistrict;
}

// What the files hold does not depend on the filters: given a version, it is worked out once for it.
const holdings = new WeakMap<Database, { version: number; holding: Promise<StreetCrimeHolding> }>();

/** What the loaded files hold: records, months (and any missing), forces, and how many are an illustrative sample. */
export function streetCrimeHolding(db: Database, version?: number): Promise<StreetCrimeHolding> {
	if (version === undefined) return countHolding(db, version);
	const known = holdings.get(db);
	if (known?.version === version) return known.holding;
	const holding = countHolding(db, version);
	holdings.set(db, { version, holding });
	holding.catch(() => holdings.get(db)?.holding === holding && holdings.delete(db));
	return holding;
}

async function countHolding(db: Database, version: number | undefined): Promise<StreetCrimeHolding> {
	const [[row], missing] = await Promise.all([
		queryCounts(db, version, holdingSql).then((table) =>
			rowsOf<{ records: number; first_month: string | null; last_month: string | null; months: number; forces: string; illustrative_records: number }>(table)
		),
		queryCounts(db, version, missingMonthsSql).then((table) => rowsOf<{ month: string }>(table))
	]);
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
export async function crimeBeforeAfter(db: Database, question: BeforeAfterQuestion, version?: number): Promise<CrimeBeforeAfter> {
	const { types, district, startMonth, months } = question;
	// Types travel as one '|'-joined parameter, so none may contain a '|'.
	if (types.length === 0 || types.some((type) => type.includes('|'))) throw new Error(`Crime types cannot be compared: ${types.join(', ')}`);
	if (!Number.isInteger(months) || months < 1) throw new Error(`The months either side must be a whole number from 1, not ${months}`);
	const params: SqlValue[] = [types.join('|'), district, monthStart(startMonth, -months), monthStart(startMonth), monthStart(startMonth, months)];
	const rows = rowsOf<BeforeAfterMonth>(await queryCounts(db, version, beforeAfterSql, params));
	return { question, rows, ...compareBeforeAfter(rows) };
}
