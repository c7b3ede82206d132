import type { Connector } from '$lib/database/database';
import { rowsOf } from '$lib/database/arrow-rows';
import budgetLinesSql from './budget-lines.sql?raw';

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

/** The printed rows of one year's budget table, in printed order. */
export async function budgetLines(db: Connector, year: string): Promise<BudgetLine[]> {
	return rowsOf<BudgetLine>(await db.query(budgetLinesSql, [year]));
}
