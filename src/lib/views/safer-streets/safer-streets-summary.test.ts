import { describe, expect, it } from 'vitest';
import type { AwardCheck, SaferStreetsAward, SaferStreetsTotals } from './safer-streets';
import type { YearAtRisk } from './safer-streets-at-risk';
import { saferStreetsSummary, type SaferStreetsSummaryInput } from './safer-streets-summary';

const award = (row_type: SaferStreetsAward['row_type'], bid: string | null, award_gbp: number, district = 'LLR-wide'): SaferStreetsAward => ({
	row_type,
	bid,
	intervention: null,
	district,
	award_gbp,
	allocated_gbp: 0,
	spent_gbp: 0,
	source_document: 'doc',
	source_ref: 'ref',
	illustrative: false,
	spend_illustrative: false
});
const check = (checked_name: string, reconciles = true): AwardCheck => ({
	check_kind: 'bid',
	bid: checked_name,
	checked_name,
	check_order: 1,
	part_count: 2,
	stated_gbp: 1,
	parts_gbp: 1,
	reconciles
});
const totals: SaferStreetsTotals = { allocated_gbp: 400, spent_gbp: 370, intervention_quarters: 5, illustrative: true };
const years: YearAtRisk[] = [
	{
		financialYear: '2023/24',
		allocatedGbp: 400,
		spentGbp: 370,
		atRiskGbp: 30,
		yearEnded: true,
		bids: [
			{
				bid: 'ASB Melton',
				allocatedGbp: 200,
				spentGbp: 180,
				atRiskGbp: 20,
				interventions: [
					{
						financial_year: '2023/24',
						bid: 'ASB Melton',
						intervention: 'Lighting',
						allocated_gbp: 200,
						spent_gbp: 180,
						at_risk_gbp: 20,
						includes_year_end: true,
						year_allocated_gbp: 400,
						year_spent_gbp: 370,
						year_at_risk_gbp: 30
					}
				]
			}
		]
	},
	{
		financialYear: '2024/25',
		allocatedGbp: 100,
		spentGbp: 99.5,
		atRiskGbp: 0.5,
		yearEnded: false,
		bids: [
			{
				bid: 'VAWG',
				allocatedGbp: 100,
				spentGbp: 99.5,
				atRiskGbp: 0.5,
				interventions: [
					{
						financial_year: '2024/25',
						bid: 'VAWG',
						intervention: 'Campaign',
						allocated_gbp: 100,
						spent_gbp: 99.5,
						at_risk_gbp: 0.5,
						includes_year_end: false,
						year_allocated_gbp: 100,
						year_spent_gbp: 99.5,
						year_at_risk_gbp: 0.5
					}
				]
			}
		]
	}
];
const input: SaferStreetsSummaryInput = {
	period: { kind: 'all' },
	area: null,
	awards: [award('total', null, 960591.34), award('bid', 'VAWG', 315568), award('bid', 'ASB Melton', 313967.89, 'Melton')],
	totals,
	years,
	overspends: [],
	checks: [{ ...check('Total award'), check_kind: 'total' }, check('VAWG'), check('ASB Melton')]
};

describe('saferStreetsSummary', () => {
	it('describes the award, spend, money at risk and the checks, from the data', () => {
		expect(saferStreetsSummary(input)).toBe(
			'LLR was awarded £960,591 from the Safer Streets Fund over both funding years, in 2 bids: VAWG £315,568 and ASB Melton £313,968. ' +
				'£370 of the £400 allocated across all quarters recorded was spent (92.5%). ' +
				'Allocation left unspent, which cannot be carried into the next financial year and so is money at risk: £30 in 2023/24 and £1 in 2024/25 so far. ' +
				'The largest single shortfall is Lighting (ASB Melton): £20 in 2023/24. ' +
				'No intervention spent more than its allocation in any quarter. ' +
				'The awards reconcile exactly to the penny: interventions to their bids, bids to the total, and quarterly allocations to each intervention. ' +
				'Allocation, spend and the split of each bid across its interventions are an illustrative sample; the bid and total awards are published.'
		);
	});

	it('names an area’s bids, says LLR-wide ones are left out, and says when no bid serves the area', () => {
		const melton = saferStreetsSummary({ ...input, area: 'Melton', awards: [award('bid', 'ASB Melton', 313967.89, 'Melton')] });
		expect(melton).toContain('In Melton, the Safer Streets award over both funding years is ASB Melton £313,968; bids and posts for all of LLR are left out.');
		// With an area the total is not checked, so the summary does not claim it reconciles.
		const meltonChecked = saferStreetsSummary({ ...input, area: 'Melton', awards: [award('bid', 'ASB Melton', 313967.89, 'Melton')], checks: [check('ASB Melton')] });
		expect(meltonChecked).toContain('interventions to their bid, and quarterly allocations to each intervention.');
		const leicester = saferStreetsSummary({
			...input,
			area: 'Leicester',
			awards: [],
			checks: [],
			years: [],
			totals: { ...totals, allocated_gbp: 0, spent_gbp: 0, intervention_quarters: 0, illustrative: false }
		});
		expect(leicester).toBe(
			'No Safer Streets bid serves Leicester alone; bids and posts for all of LLR are left out when an area is chosen. No allocation or spend is recorded in Leicester.'
		);
	});

	it('says when a month shows its quarter, names overspends and failing checks, and when nothing is at risk', () => {
		const text = saferStreetsSummary({
			...input,
			period: { kind: 'month', year: 2023, month: 11 },
			years: [{ ...years[0]!, atRiskGbp: 0, bids: [] }],
			overspends: [{ bid: 'ASB Melton', intervention: 'Lighting', financial_year: '2023/24', quarter: 3, allocated_gbp: 100, spent_gbp: 120, over_gbp: 20 }],
			checks: [check('VAWG', false)]
		});
		expect(text).toContain('allocated in the quarter containing November 2023 was spent');
		expect(text).toContain('Every year’s allocation in view was spent in full, so no money is at risk.');
		expect(text).toContain('1 intervention-quarter spent more than allocated: Lighting in 2023/24 Q3.');
		expect(text).toContain('1 award check did not pass: VAWG.');
	});
});
