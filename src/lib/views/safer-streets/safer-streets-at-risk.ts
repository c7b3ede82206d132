import type { MoneyAtRisk } from './safer-streets';

/** One bid's share of a year's money at risk, with its interventions that left money unspent. */
export interface BidAtRisk {
	readonly bid: string;
	/** All the bid's interventions in the year, not only those that fell short. */
	readonly allocatedGbp: number;
	readonly spentGbp: number;
	readonly atRiskGbp: number;
	readonly interventions: readonly MoneyAtRisk[];
}

/** One financial year's money at risk, by bid. */
export interface YearAtRisk {
	readonly financialYear: string;
	readonly allocatedGbp: number;
	readonly spentGbp: number;
	readonly atRiskGbp: number;
	/** False when the year's last quarter is not in view: the shortfall is so far, not final. */
	readonly yearEnded: boolean;
	readonly bids: readonly BidAtRisk[];
}

// Sums of pounds are taken in whole pence, so a bid's total is exact.
const pence = (gbp: number) => Math.round(gbp * 100);

/**
 * Groups the intervention rows by financial year, then by bid (largest
 * shortfall first), keeping only interventions that left money unspent.
 */
export function atRiskByYear(rows: readonly MoneyAtRisk[]): YearAtRisk[] {
	const years = [...new Set(rows.map((row) => row.financial_year))];
	return years.map((financialYear) => {
		const inYear = rows.filter((row) => row.financial_year === financialYear);
		const first = inYear[0];
		const bids = [...new Set(inYear.map((row) => row.bid))]
			.map((bid) => {
				const all = inYear.filter((row) => row.bid === bid);
				const interventions = all.filter((row) => row.at_risk_gbp > 0);
				const sum = (rows: readonly MoneyAtRisk[], pick: (row: MoneyAtRisk) => number) => rows.reduce((total, row) => total + pence(pick(row)), 0) / 100;
				return {
					bid,
					allocatedGbp: sum(all, (row) => row.allocated_gbp),
					spentGbp: sum(all, (row) => row.spent_gbp),
					atRiskGbp: sum(interventions, (row) => row.at_risk_gbp),
					interventions
				};
			})
			.filter((bid) => bid.interventions.length > 0)
			.sort((a, b) => b.atRiskGbp - a.atRiskGbp || a.bid.localeCompare(b.bid));
		return {
			financialYear,
			allocatedGbp: first?.year_allocated_gbp ?? 0,
			spentGbp: first?.year_spent_gbp ?? 0,
			atRiskGbp: first?.year_at_risk_gbp ?? 0,
			yearEnded: inYear.some((row) => row.includes_year_end),
			bids
		};
	});
}
