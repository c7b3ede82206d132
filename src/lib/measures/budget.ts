import type { Connector } from '$lib/database/database';
import { rowsOf } from '$lib/database/arrow-rows';
import budgetLinesSql from './budget-lines.sql?raw';
import budgetReconciliationSql from './budget-reconciliation.sql?raw';
import budgetYearsSql from './budget-years.sql?raw';

/** One printed row of the budget table. */
export interface BudgetLine {
	line_code: string;
	line_name: string;
	short_name: string;
	line_type: 'line' | 'subtotal' | 'total';
	rolls_up_to: string | null;
	amount_gbp_m: number;
	percent_of_total: number;
	source_document: string;
	source_ref: string;
	illustrative: boolean;
}

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

/** The printed rows of one year's budget table, in printed order. */
export async function budgetLines(db: Connector, year: string): Promise<BudgetLine[]> {
	return rowsOf<BudgetLine>(await db.query(budgetLinesSql, [year]));
}

/** Each subtotal and total of one year checked against the sum of its parts. */
export async function budgetReconciliation(db: Connector, year: string): Promise<ReconciliationRow[]> {
	return rowsOf<ReconciliationRow>(await db.query(budgetReconciliationSql, [year]));
}
