import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { budgetSplit } from '$lib/contracts/budget-split';
import { csvFromRows, type CsvRow } from '$lib/contracts/fixtures';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { loadExtract } from '$lib/datasets/load-extract';
import { budgetReconciliation, budgetYears } from '$lib/quality/budget-reconciliation';
import { budgetLines } from './budget';

/** A budget row with the provenance filled in; amounts as printed. */
function row(year: string, code: string, type: string, parent: string, order: number, amount: string, percent: string): CsvRow {
	return {
		financial_year: year,
		line_code: code,
		line_name: code,
		short_name: code,
		line_type: type,
		rolls_up_to: parent,
		display_order: String(order),
		amount_gbp_m: amount,
		percent_of_total: percent,
		source_document: 'test',
		source_ref: 'test',
		illustrative: 'true'
	};
}

// A second, made-up year: 10 + 5 = 15 (subtotal), 15 + 5 = 20 (total);
// percentages 50 + 25 = 75, 75 + 25 = 100.
const secondYear = [
	row('2018/19', 'a', 'line', 'ab', 1, '10.0', '50.0'),
	row('2018/19', 'b', 'line', 'ab', 2, '5.0', '25.0'),
	row('2018/19', 'ab', 'subtotal', 'total', 3, '15.0', '75.0'),
	row('2018/19', 'c', 'line', 'total', 4, '5.0', '25.0'),
	row('2018/19', 'total', 'total', '', 5, '20.0', '100')
];

let db: NodeDatabase;
beforeEach(async () => {
	db = await openNodeDatabase();
});
afterEach(() => db.close());

describe('budget measures on the embedded extract', () => {
	beforeEach(async () => {
		const text = readFileSync('data/budget-split.csv', 'utf8');
		const check = await loadExtract(db, budgetSplit, 'budget-split.csv', text);
		expect(check.problems).toEqual([]);
	});

	it('lists the printed lines of 2017/18 in order', async () => {
		const lines = await budgetLines(db, '2017/18');
		expect(lines.map((line) => [line.line_code, line.amount_gbp_m, line.percent_of_total])).toEqual([
			['force', 154.5, 90.1],
			['regional_collaboration', 10.2, 5.9],
			['passed_to_chief_constable', 164.7, 96.0],
			['commissioned_services', 3.1, 1.8],
			['opcc_office', 1.2, 0.7],
			['retained_by_commissioner', 4.3, 2.5],
			['capital', 2.6, 1.5],
			['net_budget_requirement', 171.6, 100]
		]);
		expect(lines.every((line) => line.source_document === 'police-and-crime-plan-2017')).toBe(true);
		expect(lines.every((line) => line.illustrative === false)).toBe(true);
	});

	it('reconciles lines to subtotals and subtotals to the total', async () => {
		const checks = await budgetReconciliation(db, '2017/18');
		// By hand: 154.5 + 10.2 = 164.7; 3.1 + 1.2 = 4.3; 164.7 + 4.3 + 2.6 = 171.6.
		// Percent: 90.1 + 5.9 = 96.0; 1.8 + 0.7 = 2.5; 96.0 + 2.5 + 1.5 = 100.0.
		expect(checks.map((c) => [c.checked_line, c.part_count, c.stated_gbp_m, c.parts_gbp_m, c.amounts_reconcile, c.percents_reconcile])).toEqual([
			['passed_to_chief_constable', 2, 164.7, 164.7, true, true],
			['retained_by_commissioner', 2, 4.3, 4.3, true, true],
			['net_budget_requirement', 3, 171.6, 171.6, true, true],
			['single_total', 1, null, null, true, true],
			['orphans', 0, null, null, true, true]
		]);
	});
});

describe('budget measures with more than one year', () => {
	async function load(rows: CsvRow[]) {
		const text = readFileSync('data/budget-split.csv', 'utf8') + csvFromRows(budgetSplit, rows).split('\n').slice(1).join('\n');
		const check = await loadExtract(db, budgetSplit, 'two-years.csv', text);
		expect(check.problems).toEqual([]);
	}

	it('lists both years, newest first, and keeps each year to itself', async () => {
		await load(secondYear);
		expect(await budgetYears(db)).toEqual(['2018/19', '2017/18']);
		const lines = await budgetLines(db, '2018/19');
		expect(lines.map((line) => line.amount_gbp_m)).toEqual([10, 5, 15, 5, 20]);
		expect((await budgetReconciliation(db, '2018/19')).every((c) => c.amounts_reconcile)).toBe(true);
		expect(await budgetLines(db, '2016/17')).toEqual([]);
	});

	it('fails the £M check when a part is a penny out, however small', async () => {
		// 10.00 + 5.01 = 15.01, but the subtotal says 15.00.
		await load(secondYear.map((r) => (r.line_code === 'b' ? { ...r, amount_gbp_m: '5.01' } : r)));
		const checks = await budgetReconciliation(db, '2018/19');
		const subtotal = checks.find((c) => c.checked_line === 'ab');
		expect(subtotal).toMatchObject({ stated_gbp_m: 15, parts_gbp_m: 15.01, amounts_reconcile: false });
		// The total's parts are the subtotal as printed (15.00) + 5.00, so it still holds.
		expect(checks.find((c) => c.checked_line === 'total')?.amounts_reconcile).toBe(true);
	});

	it('allows printed percentages to differ by rounding, and no more', async () => {
		// The total has two parts (ab 75.0, c): tolerance 0.05 × (2 + 1) = 0.15 points.
		// c = 25.2 makes 100.2, 0.2 out: fails. c = 25.1 makes 100.1: within rounding.
		await load(secondYear.map((r) => (r.line_code === 'c' ? { ...r, percent_of_total: '25.2' } : r)));
		let total = (await budgetReconciliation(db, '2018/19')).find((c) => c.checked_line === 'total');
		expect(total).toMatchObject({ percent_tolerance: 0.15, percents_reconcile: false });
		db.close();
		db = await openNodeDatabase();
		await load(secondYear.map((r) => (r.line_code === 'c' ? { ...r, percent_of_total: '25.1' } : r)));
		total = (await budgetReconciliation(db, '2018/19')).find((c) => c.checked_line === 'total');
		expect(total?.percents_reconcile).toBe(true);
	});

	it('flags a line whose parent is missing, and a missing total', async () => {
		await load(secondYear.filter((r) => r.line_code !== 'total'));
		const checks = await budgetReconciliation(db, '2018/19');
		expect(checks.find((c) => c.checked_line === 'orphans')).toMatchObject({ part_count: 2, amounts_reconcile: false });
		expect(checks.find((c) => c.checked_line === 'single_total')).toMatchObject({ part_count: 0, amounts_reconcile: false });
	});
});
