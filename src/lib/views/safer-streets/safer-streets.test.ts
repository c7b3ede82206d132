import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saferStreets } from '$lib/contracts/safer-streets';
import { saferStreetsAwards } from '$lib/contracts/safer-streets-awards';
import { csvFromRows, exampleRow, type CsvRow } from '$lib/contracts/fixtures';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { loadExtract } from '$lib/datasets/load-extract';
import type { ViewFilters } from '$lib/filters/view-filters';
import {
	saferStreetsAwardChecks,
	saferStreetsAwardTable,
	saferStreetsMoneyAtRisk,
	saferStreetsOutputs,
	saferStreetsOverspends,
	saferStreetsQuarters,
	saferStreetsSpan,
	saferStreetsSpendShare
} from './safer-streets';

/** A quarterly row; amounts as they would be printed. */
function quarter(intervention: string, year: string, q: number, allocated: string, spent: string, count = '1'): CsvRow {
	const [bid, district] = intervention === 'C' ? ['ASB Melton', 'Melton'] : ['VAWG', 'LLR-wide'];
	return {
		...exampleRow(saferStreets),
		bid,
		intervention,
		district,
		financial_year: year,
		quarter: String(q),
		allocated_gbp: allocated,
		spent_gbp: spent,
		output_measure: intervention === 'B' ? 'none (staff post)' : 'homes target-hardened',
		output_count: intervention === 'B' ? '' : count,
		source_document: 'test',
		illustrative: 'true'
	};
}

/** An award row: total, bid or intervention. */
function award(row_type: string, bid: string, intervention: string, district: string, amount: string, order: number): CsvRow {
	return {
		row_type,
		bid,
		intervention,
		district,
		award_gbp: amount,
		display_order: String(order),
		source_document: 'test',
		source_ref: `ref ${order}`,
		illustrative: row_type === 'intervention' ? 'true' : 'false'
	};
}

// Two bids: VAWG (LLR-wide) = A 100.00 + B 200.00 = 300.00; ASB Melton = C 300.00; total 600.00.
const awards = [
	award('total', '', '', 'LLR-wide', '600.00', 1),
	award('bid', 'VAWG', '', 'LLR-wide', '300.00', 2),
	award('intervention', 'VAWG', 'A', 'LLR-wide', '100.00', 3),
	award('intervention', 'VAWG', 'B', 'LLR-wide', '200.00', 4),
	award('bid', 'ASB Melton', '', 'Melton', '300.00', 5),
	award('intervention', 'ASB Melton', 'C', 'Melton', '300.00', 6)
];

// Allocations add up to each award: A 50 + 50 = 100; B 100 + 100 = 200; C 100 + 100 + 100 = 300.
// C overspends in 2023/24 Q3 (120.00 of 100.00) but falls behind in Q4 (60.00 of 100.00).
const quarters = [
	quarter('A', '2023/24', 3, '50.00', '40.00', '2'),
	quarter('A', '2023/24', 4, '50.00', '50.00', '3'),
	quarter('B', '2023/24', 4, '100.00', '100.00'),
	quarter('B', '2024/25', 1, '100.00', '70.50'),
	quarter('C', '2023/24', 3, '100.00', '120.00', '10'),
	quarter('C', '2023/24', 4, '100.00', '60.00', '5'),
	quarter('C', '2024/25', 4, '100.00', '100.00', '7')
];

const all: ViewFilters = { period: { kind: 'all' }, area: null };

let db: NodeDatabase;
beforeEach(async () => {
	db = await openNodeDatabase();
});
afterEach(() => db.close());

async function load(awardRows: CsvRow[], quarterRows: CsvRow[]) {
	expect((await loadExtract(db, saferStreetsAwards, 'awards.csv', csvFromRows(saferStreetsAwards, awardRows))).problems).toEqual([]);
	expect((await loadExtract(db, saferStreets, 'quarters.csv', csvFromRows(saferStreets, quarterRows))).problems).toEqual([]);
}

describe('Safer Streets measures on a hand-made fund', () => {
	beforeEach(() => load(awards, quarters));

	it('adds up spend against allocation quarter by quarter', async () => {
		// 23/24 Q3: A 50/40 + C 100/120 = 150/160. Q4: A 50/50 + B 100/100 + C 100/60 = 250/210.
		// 24/25 Q1: B 100/70.50. 24/25 Q4: C 100/100. Cumulative: 150/160, 400/370, 500/440.50, 600/540.50.
		const rows = await saferStreetsQuarters(db, all);
		expect(rows.map((r) => [r.financial_year, r.quarter, r.allocated_gbp, r.spent_gbp, r.cumulative_allocated_gbp, r.cumulative_spent_gbp])).toEqual([
			['2023/24', 3, 150, 160, 150, 160],
			['2023/24', 4, 250, 210, 400, 370],
			['2024/25', 1, 100, 70.5, 500, 440.5],
			['2024/25', 4, 100, 100, 600, 540.5]
		]);
	});

	it('flags the intervention-quarter whose spend is above allocation', async () => {
		// Only C in 2023/24 Q3: 120.00 spent of 100.00, over by 20.00.
		expect(await saferStreetsOverspends(db, all)).toEqual([
			{ bid: 'ASB Melton', intervention: 'C', financial_year: '2023/24', quarter: 3, allocated_gbp: 100, spent_gbp: 120, over_gbp: 20 }
		]);
		expect(await saferStreetsOverspends(db, { ...all, period: { kind: 'financial-year', startYear: 2024 } })).toEqual([]);
	});

	it('takes money at risk over each financial year, not quarter by quarter', async () => {
		// 2023/24: A 100 - 90 = 10.00; B 100 - 100 = 0; C 200 - 180 = 20.00 (Q3's overspend offsets
		// Q4's 40.00 shortfall within the year). Year: 400 allocated, 370 spent, 30.00 at risk.
		// 2024/25: B 100 - 70.50 = 29.50, and its Q4 is not in the data; C 100 - 100 = 0 with Q4.
		const rows = await saferStreetsMoneyAtRisk(db, all);
		expect(rows.map((r) => [r.financial_year, r.intervention, r.allocated_gbp, r.spent_gbp, r.at_risk_gbp, r.includes_year_end])).toEqual([
			['2023/24', 'C', 200, 180, 20, true],
			['2023/24', 'A', 100, 90, 10, true],
			['2023/24', 'B', 100, 100, 0, true],
			['2024/25', 'B', 100, 70.5, 29.5, false],
			['2024/25', 'C', 100, 100, 0, true]
		]);
		expect(rows.map((r) => [r.financial_year, r.year_allocated_gbp, r.year_spent_gbp, r.year_at_risk_gbp])).toEqual([
			['2023/24', 400, 370, 30],
			['2023/24', 400, 370, 30],
			['2023/24', 400, 370, 30],
			['2024/25', 200, 170.5, 29.5],
			['2024/25', 200, 170.5, 29.5]
		]);
	});

	it('shares spend of allocation for a period: a month selects the quarter it falls in', async () => {
		// All: 540.50 of 600.00 = 90.083%. 2023/24: 370 of 400 = 92.5%. 2024/25 Q1: 70.50 of 100.
		// November 2023 is in 2023/24 Q3: 160 of 150. February 2024 is in Q4: 210 of 250.
		const share = (filters: ViewFilters) => saferStreetsSpendShare(db, filters);
		expect(await share(all)).toEqual({ allocatedGbp: 600, spentGbp: 540.5, percent: (100 * 540.5) / 600 });
		expect(await share({ ...all, period: { kind: 'financial-year', startYear: 2023 } })).toEqual({ allocatedGbp: 400, spentGbp: 370, percent: 92.5 });
		expect(await share({ ...all, period: { kind: 'quarter', startYear: 2024, quarter: 1 } })).toMatchObject({ allocatedGbp: 100, spentGbp: 70.5 });
		expect(await share({ ...all, period: { kind: 'month', year: 2023, month: 11 } })).toMatchObject({ allocatedGbp: 150, spentGbp: 160 });
		expect(await share({ ...all, period: { kind: 'month', year: 2024, month: 2 } })).toMatchObject({ allocatedGbp: 250, spentGbp: 210 });
		expect(await share({ ...all, period: { kind: 'financial-year', startYear: 2022 } })).toEqual({ allocatedGbp: 0, spentGbp: 0, percent: null });
	});

	it('keeps only the chosen area, leaving LLR-wide rows out', async () => {
		// Melton is C alone: 300 of 300 allocated, 120 + 60 + 100 = 280 spent; in 2024/25, 100 of 100.
		const melton: ViewFilters = { ...all, area: 'Melton' };
		expect(await saferStreetsSpendShare(db, melton)).toMatchObject({ allocatedGbp: 300, spentGbp: 280 });
		expect(await saferStreetsSpendShare(db, { area: 'Melton', period: { kind: 'financial-year', startYear: 2024 } })).toMatchObject({ allocatedGbp: 100, spentGbp: 100 });
		expect(await saferStreetsSpendShare(db, { ...all, area: 'Leicester' })).toMatchObject({ allocatedGbp: 0, spentGbp: 0 });
		const table = await saferStreetsAwardTable(db, melton);
		expect(table.map((r) => [r.row_type, r.bid, r.intervention, r.award_gbp, r.allocated_gbp, r.spent_gbp])).toEqual([
			['bid', 'ASB Melton', null, 300, 300, 280],
			['intervention', 'ASB Melton', 'C', 300, 300, 280]
		]);
		expect((await saferStreetsMoneyAtRisk(db, melton)).map((r) => r.intervention)).toEqual(['C', 'C']);
	});

	it('lists the award with allocation and spend in the period beside each row', async () => {
		// 2023/24: VAWG = A 100/90 + B 100/100 = 200/190; Melton C 200/180; total 400/370.
		const table = await saferStreetsAwardTable(db, { ...all, period: { kind: 'financial-year', startYear: 2023 } });
		expect(table.map((r) => [r.row_type, r.intervention ?? r.bid, r.award_gbp, r.allocated_gbp, r.spent_gbp, r.illustrative])).toEqual([
			['total', null, 600, 400, 370, false],
			['bid', 'VAWG', 300, 200, 190, false],
			['intervention', 'A', 100, 100, 90, true],
			['intervention', 'B', 200, 100, 100, true],
			['bid', 'ASB Melton', 300, 200, 180, false],
			['intervention', 'C', 300, 200, 180, true]
		]);
	});

	it('counts outputs per intervention, leaving a staff post uncounted', async () => {
		// A: 2 + 3 = 5 homes; B: no count; C: 10 + 5 + 7 = 22. In 2024/25 only C's 7 and B's post.
		const outputs = await saferStreetsOutputs(db, all);
		expect(outputs.map((r) => [r.intervention, r.output_measure, r.output_count, r.spent_gbp])).toEqual([
			['A', 'homes target-hardened', 5, 90],
			['B', 'none (staff post)', null, 170.5],
			['C', 'homes target-hardened', 22, 280]
		]);
		const later = await saferStreetsOutputs(db, { ...all, period: { kind: 'financial-year', startYear: 2024 } });
		expect(later.map((r) => [r.intervention, r.output_count])).toEqual([
			['B', null],
			['C', 7]
		]);
	});

	it('gives the dates the return covers', async () => {
		// First quarter 2023/24 Q3 starts 1 October 2023; the last, 2024/25 Q4, ends 31 March 2025.
		expect(await saferStreetsSpan(db)).toEqual({ first: '2023-10-01', last: '2025-03-31' });
	});

	it('passes an exact reconciliation: interventions to bids, bids to the total, allocations to awards', async () => {
		const checks = await saferStreetsAwardChecks(db, null);
		expect(checks.map((c) => [c.check_kind, c.checked_name, c.part_count, c.stated_gbp, c.parts_gbp, c.reconciles])).toEqual([
			['total', 'Total award', 2, 600, 600, true],
			['bid', 'VAWG', 2, 300, 300, true],
			['bid', 'ASB Melton', 1, 300, 300, true],
			['allocation', 'A', 2, 100, 100, true],
			['allocation', 'B', 2, 200, 200, true],
			['allocation', 'C', 3, 300, 300, true],
			['structural', 'Interventions whose bid has no award row', 0, null, null, true],
			['structural', 'Quarterly rows for an intervention with no award row', 0, null, null, true]
		]);
		// With an area, only its bid; the total, which needs every bid, is left out.
		expect((await saferStreetsAwardChecks(db, 'Melton')).map((c) => c.checked_name)).toEqual([
			'ASB Melton',
			'C',
			'Interventions whose bid has no award row',
			'Quarterly rows for an intervention with no award row'
		]);
	});
});

describe('Safer Streets reconciliation to the penny', () => {
	it('fails when interventions are a penny over their bid: 100.00 + 200.01 is not 300.00', async () => {
		const bPenny = (r: CsvRow) => (r['intervention'] === 'B' ? { ...r, award_gbp: '200.01' } : r);
		await load(awards.map(bPenny), quarters);
		const checks = await saferStreetsAwardChecks(db, null);
		expect(checks.find((c) => c.checked_name === 'VAWG')).toMatchObject({ stated_gbp: 300, parts_gbp: 300.01, reconciles: false });
		// B's allocations, 100.00 + 100.00 = 200.00, are now a penny short of its award.
		expect(checks.find((c) => c.checked_name === 'B')).toMatchObject({ stated_gbp: 200.01, parts_gbp: 200, reconciles: false });
		// The total's parts are the bids as stated, 300.00 + 300.00, so it still holds.
		expect(checks.find((c) => c.check_kind === 'total')?.reconciles).toBe(true);
	});

	it('passes 0.10 + 0.20 = 0.30 exactly, which floating point would not', async () => {
		await load(
			[
				award('total', '', '', 'LLR-wide', '0.30', 1),
				award('bid', 'VAWG', '', 'LLR-wide', '0.30', 2),
				award('intervention', 'VAWG', 'A', 'LLR-wide', '0.10', 3),
				award('intervention', 'VAWG', 'B', 'LLR-wide', '0.20', 4)
			],
			[quarter('A', '2023/24', 3, '0.10', '0.10'), quarter('B', '2023/24', 3, '0.20', '0.20')]
		);
		expect((await saferStreetsAwardChecks(db, null)).every((c) => c.reconciles)).toBe(true);
	});

	it('flags an award row missing for a bid or for a quarterly intervention', async () => {
		await load(
			awards.filter((r) => r['row_type'] !== 'bid' || r['bid'] !== 'VAWG').filter((r) => r['intervention'] !== 'C'),
			quarters
		);
		const checks = await saferStreetsAwardChecks(db, null);
		expect(checks.filter((c) => c.check_kind === 'structural').map((c) => [c.part_count, c.reconciles])).toEqual([
			[2, false],
			[3, false]
		]);
	});
});

describe('Safer Streets on the embedded extracts', () => {
	it('holds the published awards exactly and reconciles them', async () => {
		expect((await loadExtract(db, saferStreetsAwards, 'a.csv', readFileSync('data/safer-streets-awards.csv', 'utf8'))).problems).toEqual([]);
		expect((await loadExtract(db, saferStreets, 'b.csv', readFileSync('data/safer-streets.csv', 'utf8'))).problems).toEqual([]);
		const published = (await saferStreetsAwardTable(db, all)).filter((r) => !r.illustrative);
		expect(published.map((r) => [r.bid, r.award_gbp, r.source_ref])).toEqual([
			[null, 960591.34, 'paragraph 16'],
			['VAWG', 315568, 'paragraph 17a'],
			['ASB Melton', 313967.89, 'paragraph 17b'],
			['Neighbourhood Crime Oadby and Wigston', 331055.45, 'paragraph 17c']
		]);
		expect((await saferStreetsAwardChecks(db, null)).every((c) => c.reconciles)).toBe(true);
		expect(await saferStreetsOverspends(db, all)).toEqual([]);
	});
});
