import type { Connector } from '$lib/database/database';
import { budgetReconciliation, budgetYears, type ReconciliationRow } from '$lib/quality/budget-reconciliation';
import { budgetLines, type BudgetLine } from './budget';

/** Everything the budget view shows for one year. */
export interface BudgetView {
	readonly years: readonly string[];
	readonly year: string;
	/** Set when the year asked for is not in the data. */
	readonly missingYear?: string;
	readonly lines: readonly BudgetLine[];
	readonly checks: readonly ReconciliationRow[];
}

/** Runs the budget measures for the year asked for, or the newest year when that is absent. */
export async function loadBudgetView(db: Connector, requestedYear: string | null): Promise<BudgetView> {
	const years = await budgetYears(db);
	const year = requestedYear && years.includes(requestedYear) ? requestedYear : (years[0] ?? '');
	const [lines, checks] = await Promise.all([budgetLines(db, year), budgetReconciliation(db, year)]);
	return {
		years,
		year,
		missingYear: requestedYear && requestedYear !== year ? requestedYear : undefined,
		lines,
		checks
	};
}
