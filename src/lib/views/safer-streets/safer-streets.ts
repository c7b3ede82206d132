import type { Connector, SqlValue } from '$lib/database/database';
import { filterParams, type ViewFilters } from '$lib/filters/view-filters';
import { rowsOf } from '$lib/database/arrow-rows';
import atRiskSql from './safer-streets-at-risk.sql?raw';
import awardsSql from './safer-streets-awards.sql?raw';
import inViewSql from './safer-streets-in-view.sql?raw';
import outputsSql from './safer-streets-outputs.sql?raw';
import overspendSql from './safer-streets-overspend.sql?raw';
import quartersSql from './safer-streets-quarters.sql?raw';
import reconciliationSql from './safer-streets-reconciliation.sql?raw';
import spanSql from './safer-streets-span.sql?raw';
import totalsSql from './safer-streets-totals.sql?raw';

/** Allocation and spend in one quarter, and both added up from the first quarter in view. */
// Type aliases, not interfaces, so that rows fit DataTable's Record<string, unknown>.
export type SaferStreetsQuarter = {
	financial_year: string;
	quarter: number;
	allocated_gbp: number;
	spent_gbp: number;
	cumulative_allocated_gbp: number;
	cumulative_spent_gbp: number;
	illustrative: boolean;
};

/** A row of the award table: the total, a bid or an intervention, with its allocation and spend in view. */
export interface SaferStreetsAward {
	row_type: 'total' | 'bid' | 'intervention';
	bid: string | null;
	intervention: string | null;
	district: string;
	/** The award over both funding years. */
	award_gbp: number;
	allocated_gbp: number;
	spent_gbp: number;
	source_document: string;
	source_ref: string;
	illustrative: boolean;
	/** True when any of the allocation and spend beside the award is illustrative. */
	spend_illustrative: boolean;
}

/** One intervention's allocation and spend in one financial year, and what was left unspent. */
export interface MoneyAtRisk {
	financial_year: string;
	bid: string;
	intervention: string;
	allocated_gbp: number;
	spent_gbp: number;
	at_risk_gbp: number;
	/** Whether the year's last quarter (January to March) is in view, so the year is over. */
	includes_year_end: boolean;
	year_allocated_gbp: number;
	year_spent_gbp: number;
	year_at_risk_gbp: number;
}

/** An intervention-quarter whose spend is above its allocation. */
export interface Overspend {
	bid: string;
	intervention: string;
	financial_year: string;
	quarter: number;
	allocated_gbp: number;
	spent_gbp: number;
	over_gbp: number;
}

/** What an intervention delivered in the quarters in view. */
export type SaferStreetsOutput = {
	bid: string;
	intervention: string;
	output_measure: string;
	/** Null where nothing is counted (a staff post). */
	output_count: number | null;
	spent_gbp: number;
	illustrative: boolean;
};

/** One award check: parts against the stated figure, exact to the penny, or a structural count. */
export interface AwardCheck {
	check_kind: 'bid' | 'total' | 'allocation' | 'structural';
	bid: string | null;
	checked_name: string;
	check_order: number;
	part_count: number;
	stated_gbp: number | null;
	parts_gbp: number | null;
	reconciles: boolean;
}

/** Allocation and spend over everything in view. */
export interface SaferStreetsTotals {
	allocated_gbp: number;
	spent_gbp: number;
	intervention_quarters: number;
	illustrative: boolean;
}

/** The share of the allocation in view that was spent; percent is null when nothing was allocated. */
export interface SaferStreetsSpendShare {
	readonly allocatedGbp: number;
	readonly spentGbp: number;
	readonly percent: number | null;
}

// Every filtered measure starts with the same `in_view` rows; the head is the
// app's own SQL, and the user's values still go in only as parameters.
async function filtered<Row>(db: Connector, body: string, filters: ViewFilters): Promise<Row[]> {
	const params: SqlValue[] = filterParams(filters);
	return rowsOf<Row>(await db.query(`${inViewSql}\n${body}`, params));
}

/** Quarterly and cumulative allocation and spend in view, oldest quarter first. */
export function saferStreetsQuarters(db: Connector, filters: ViewFilters): Promise<SaferStreetsQuarter[]> {
	return filtered<SaferStreetsQuarter>(db, quartersSql, filters);
}

/** The award table for the area in view, with each row's allocation and spend in the period. */
export function saferStreetsAwardTable(db: Connector, filters: ViewFilters): Promise<SaferStreetsAward[]> {
	return filtered<SaferStreetsAward>(db, awardsSql, filters);
}

/** Money at risk: each year's allocation in view not spent in it, by intervention. */
export function saferStreetsMoneyAtRisk(db: Connector, filters: ViewFilters): Promise<MoneyAtRisk[]> {
	return filtered<MoneyAtRisk>(db, atRiskSql, filters);
}

/** Intervention-quarters in view where spend is above allocation. */
export function saferStreetsOverspends(db: Connector, filters: ViewFilters): Promise<Overspend[]> {
	return filtered<Overspend>(db, overspendSql, filters);
}

/** Each intervention's outputs in view. */
export function saferStreetsOutputs(db: Connector, filters: ViewFilters): Promise<SaferStreetsOutput[]> {
	return filtered<SaferStreetsOutput>(db, outputsSql, filters);
}

/** Allocation, spend and intervention-quarters over everything in view. */
export async function saferStreetsTotals(db: Connector, filters: ViewFilters): Promise<SaferStreetsTotals> {
	const [row] = await filtered<SaferStreetsTotals>(db, totalsSql, filters);
	return row ?? { allocated_gbp: 0, spent_gbp: 0, intervention_quarters: 0, illustrative: false };
}

/** Allocated, spent and % spent for the filters; needs only the `safer-streets` dataset. */
export async function saferStreetsSpendShare(db: Connector, filters: ViewFilters): Promise<SaferStreetsSpendShare> {
	const totals = await saferStreetsTotals(db, filters);
	return {
		allocatedGbp: totals.allocated_gbp,
		spentGbp: totals.spent_gbp,
		percent: totals.allocated_gbp > 0 ? (100 * totals.spent_gbp) / totals.allocated_gbp : null
	};
}

/** The award checks for the area (null = all of LLR); the period does not apply to awards. */
export async function saferStreetsAwardChecks(db: Connector, area: string | null): Promise<AwardCheck[]> {
	return rowsOf<AwardCheck>(await db.query(reconciliationSql, [area]));
}

/** The first and last days the quarterly return covers, YYYY-MM-DD; null when it is empty. */
export async function saferStreetsSpan(db: Connector): Promise<{ first: string; last: string } | null> {
	const [row] = await filtered<{ first: string | null; last: string | null }>(db, spanSql, {
		period: { kind: 'all' },
		area: null
	});
	return row?.first && row.last ? { first: row.first, last: row.last } : null;
}
