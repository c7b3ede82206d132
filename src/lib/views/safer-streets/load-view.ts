import type { Connector } from '$lib/database/database';
import type { ViewFilters } from '$lib/filters/view-filters';
import {
	saferStreetsAwardChecks,
	saferStreetsAwardTable,
	saferStreetsMoneyAtRisk,
	saferStreetsOutputs,
	saferStreetsOverspends,
	saferStreetsQuarters,
	saferStreetsSpan,
	saferStreetsTotals,
	type AwardCheck,
	type Overspend,
	type SaferStreetsAward,
	type SaferStreetsOutput,
	type SaferStreetsQuarter,
	type SaferStreetsTotals
} from './safer-streets';
import { atRiskByYear, type YearAtRisk } from './safer-streets-at-risk';

/** Everything the Safer Streets view shows for one set of filters. */
export interface SaferStreetsView {
	readonly filters: ViewFilters;
	/** The dates the quarterly return covers, for the period filter. */
	readonly span: { first: string; last: string };
	readonly awards: readonly SaferStreetsAward[];
	readonly quarters: readonly SaferStreetsQuarter[];
	readonly totals: SaferStreetsTotals;
	readonly years: readonly YearAtRisk[];
	readonly overspends: readonly Overspend[];
	readonly outputs: readonly SaferStreetsOutput[];
	readonly checks: readonly AwardCheck[];
}

/** Runs every Safer Streets measure for the filters. */
export async function loadSaferStreetsView(db: Connector, filters: ViewFilters): Promise<SaferStreetsView> {
	const [span, awards, quarters, totals, atRisk, overspends, outputs, checks] = await Promise.all([
		saferStreetsSpan(db),
		saferStreetsAwardTable(db, filters),
		saferStreetsQuarters(db, filters),
		saferStreetsTotals(db, filters),
		saferStreetsMoneyAtRisk(db, filters),
		saferStreetsOverspends(db, filters),
		saferStreetsOutputs(db, filters),
		saferStreetsAwardChecks(db, filters.area)
	]);
	return {
		filters,
		// An empty return still needs a period filter: offer Round 5's own dates.
		span: span ?? { first: '2023-10-01', last: '2025-03-31' },
		awards,
		quarters,
		totals,
		years: atRiskByYear(atRisk),
		overspends,
		outputs,
		checks
	};
}
