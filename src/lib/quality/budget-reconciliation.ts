/**
 * Whether the budget's lines add up: each subtotal and total of a year against
 * the sum of its parts. A check of the budget dataset itself, so the Data
 * page's quality report and the Budget view's reconciliation panel read the
 * same query from here.
 */
import type { Connector } from '$lib/database/database';
import { rowsOf } from '$lib/database/arrow-rows';
import budgetReconciliationSql from './budget-reconciliation.sql?raw';
import budgetYearsSql from './budget-years.sql?raw';

/** The result of checking one subtotal or total against its parts, or a structural check. */
export interface ReconciliationRow {
	checked_line: string;
	checked_name: string;
	part_count: number;
	stated_gbp_m: number | null;
	parts_gbp_m: number | null;
	stated_percent: number | null;
	parts_percent: number | null;
	percent_tolerance: number | null;
	amounts_reconcile: boolean;
	percents_reconcile: boolean;
}

/** Financial years held, newest first. */
export async function budgetYears(db: Connector): Promise<string[]> {
	const rows = rowsOf<{ financial_year: string }>(await db.query(budgetYearsSql));
	return rows.map((row) => row.financial_year);
}

/** Each subtotal and total of one year checked against the sum of its parts. */
export async function budgetReconciliation(db: Connector, year: string): Promise<ReconciliationRow[]> {
	return rowsOf<ReconciliationRow>(await db.query(budgetReconciliationSql, [year]));
}
