import { describe, expect, it } from 'vitest';
import type { ReconciliationRow } from '$lib/quality/budget-reconciliation';
import type { BudgetLine } from './budget';
import { budgetSummary } from './budget-summary';

const line = (
	line_code: string,
	short_name: string,
	line_type: BudgetLine['line_type'],
	rolls_up_to: string | null,
	amount_gbp_m: number,
	percent_of_total: number
): BudgetLine => ({
	line_code,
	line_name: short_name,
	short_name,
	line_type,
	rolls_up_to,
	amount_gbp_m,
	percent_of_total,
	source_document: 'doc',
	source_ref: 'ref',
	illustrative: false
});

const lines = [
	line('a', 'Force', 'line', 'cc', 90, 90),
	line('b', 'Region', 'line', 'cc', 5, 5),
	line('cc', 'To the Chief Constable', 'subtotal', 't', 95, 95),
	line('c', 'Capital', 'line', 't', 5, 5),
	line('t', 'Net budget requirement', 'total', null, 100, 100)
];
const passing: ReconciliationRow = {
	checked_line: 'cc',
	checked_name: 'To the Chief Constable',
	part_count: 2,
	stated_gbp_m: 95,
	parts_gbp_m: 95,
	stated_percent: 95,
	parts_percent: 95,
	percent_tolerance: 0.15,
	amounts_reconcile: true,
	percents_reconcile: true
};

describe('budgetSummary', () => {
	it('describes the total, each part and its subparts, from the data', () => {
		expect(budgetSummary('2030/31', lines, [passing])).toBe(
			'In 2030/31 the net budget requirement was £100.0m. ' +
				'To the Chief Constable: £95.0m (95.0%), of which Force £90.0m (90.0%) and Region £5.0m (5.0%). ' +
				'Capital: £5.0m (5.0%). ' +
				'The largest single line is Force, at £90.0m (90.0%). ' +
				'Every line adds up to its subtotal, and the subtotals to the total.'
		);
	});

	it('says which checks fail', () => {
		const failing = { ...passing, amounts_reconcile: false };
		expect(budgetSummary('2030/31', lines, [failing])).toContain('1 reconciliation check did not pass: To the Chief Constable.');
	});

	it('says when a year has no total', () => {
		expect(budgetSummary('2030/31', [], [])).toBe('No net budget requirement is recorded for 2030/31.');
	});
});
