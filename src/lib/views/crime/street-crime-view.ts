import type { Connector } from '$lib/database/database';
import { llrForce } from '$lib/datasets/police-uk-files';
import type { ViewFilters } from '$lib/filters/view-filters';
import { crimeInView, monthStart, streetCrimeHoldings, type CrimeByDistrict, type CrimeByMonth, type CrimeByType, type StreetCrimeHolding } from './street-crime';

/** Everything the Crime view shows for one set of filters and one force. */
export interface CrimeView {
	readonly filters: ViewFilters;
	/** The force whose records every figure counts. */
	readonly force: string;
	/** What is loaded for that force. */
	readonly holding: StreetCrimeHolding;
	/** Every force with records loaded, most first: the force choice. */
	readonly forces: readonly { readonly force: string; readonly records: number }[];
	/** The dates the loaded months cover, for the period filter; null when nothing is loaded. */
	readonly span: { first: string; last: string } | null;
	readonly byType: readonly CrimeByType[];
	readonly byMonth: readonly CrimeByMonth[];
	readonly byDistrict: readonly CrimeByDistrict[];
}

/** The last day of a YYYY-MM month, YYYY-MM-DD. */
function lastDay(month: string): string {
	const next = new Date(`${monthStart(month, 1)}T00:00:00Z`);
	next.setUTCDate(0);
	return next.toISOString().slice(0, 10);
}

/**
 * Runs the Crime view's measures for one force (Leicestershire Police unless
 * named); with nothing of that force loaded, only the holdings, so the view can
 * say so. `version` is the dataset's version from the registry, so the counts
 * the measures read are rebuilt after a load (see street-crime-counts.ts).
 */
export async function loadCrimeView(db: Connector, filters: ViewFilters, version?: number, force = llrForce): Promise<CrimeView> {
	// The measures read one small counts table, checked once per dataset version; what the files hold is
	// worked out once per version too, so a filter change costs one query.
	const [holdings, { byType, byMonth, byDistrict }] = await Promise.all([streetCrimeHoldings(db, version), crimeInView(db, filters, version, force)]);
	const forces = holdings.map(({ force, records }) => ({ force, records }));
	const holding = holdings.find((held) => held.force === force) ?? { force, records: 0, firstMonth: null, lastMonth: null, months: 0, missingMonths: [], illustrativeRecords: 0 };
	if (holding.records === 0 || !holding.firstMonth || !holding.lastMonth) {
		return { filters, force, holding, forces, span: null, byType: [], byMonth: [], byDistrict: [] };
	}
	return { filters, force, holding, forces, span: { first: monthStart(holding.firstMonth), last: lastDay(holding.lastMonth) }, byType, byMonth, byDistrict };
}
