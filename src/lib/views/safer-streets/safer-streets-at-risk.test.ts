import { describe, expect, it } from 'vitest';
import type { MoneyAtRisk } from './safer-streets';
import { atRiskByYear } from './safer-streets-at-risk';

const row = (financial_year: string, bid: string, intervention: string, at_risk_gbp: number, includes_year_end = true): MoneyAtRisk => ({
	financial_year,
	bid,
	intervention,
	allocated_gbp: 100,
	spent_gbp: 100 - at_risk_gbp,
	at_risk_gbp,
	includes_year_end,
	year_allocated_gbp: 1000,
	year_spent_gbp: 900,
	year_at_risk_gbp: 100
});

describe('money at risk by year', () => {
	it('groups each year by bid, largest shortfall first, keeping only interventions that left money unspent', () => {
		// 2023/24: VAWG 0.10 + 0.20 = 0.30 exactly (summed in pence); Melton 5.00; Oadby 0 (dropped).
		const years = atRiskByYear([
			row('2023/24', 'VAWG', 'A', 0.1),
			row('2023/24', 'VAWG', 'B', 0.2),
			row('2023/24', 'VAWG', 'C', 0),
			row('2023/24', 'ASB Melton', 'D', 5),
			row('2023/24', 'Oadby', 'E', 0),
			row('2024/25', 'VAWG', 'A', 1, false)
		]);
		expect(years.map((y) => [y.financialYear, y.yearEnded, y.bids.map((b) => [b.bid, b.atRiskGbp, b.interventions.map((i) => i.intervention)])])).toEqual([
			[
				'2023/24',
				true,
				[
					['ASB Melton', 5, ['D']],
					['VAWG', 0.3, ['A', 'B']]
				]
			],
			['2024/25', false, [['VAWG', 1, ['A']]]]
		]);
		expect(years[0]).toMatchObject({ allocatedGbp: 1000, spentGbp: 900, atRiskGbp: 100 });
		// A bid's allocation and spend cover all its interventions: VAWG 3 × 100 = 300 allocated,
		// 99.90 + 99.80 + 100 = 299.70 spent.
		expect(years[0]?.bids.map((b) => [b.bid, b.allocatedGbp, b.spentGbp])).toEqual([
			['ASB Melton', 100, 95],
			['VAWG', 300, 299.7]
		]);
	});

	it('is empty when nothing is in view', () => {
		expect(atRiskByYear([])).toEqual([]);
	});
});
