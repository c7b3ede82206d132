import type { Database } from '$lib/database/database';
import type { ViewFilters } from '$lib/filters/view-filters';
import {
	crimeInView,
	monthStart,
	streetCrimeHolding,
	type CrimeByDistrict,
	type CrimeByMonth,
	type CrimeByType,
	type StreetCrimeHolding
} from './street-crime';

/** Everything the Crime view shows for one set of filters. */
export interface CrimeView {
	readonly filters: ViewFilters;
	readonly holding: StreetCrimeHolding;
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
 * Runs the Crime view's measures; with nothing loaded, only the holding, so the
 * view can say so. `version` is the dataset's version from the registry, so the
 * counts the measures read are rebuilt after a load (see street-crime-counts.ts).
 */
export async function loadCrimeView(db: Database, filters: ViewFilters, version?: number): Promise<CrimeView> {
	// The measures read one small counts table, checked once per dataset version; what the files hold is
	// worked out once per version too, so a filter change costs one query.
	const [holding, { byType, byMonth, byDistrict }] = await Promise.all([streetCrimeHolding(db, version), crimeInView(db, filters, version)]);
	if (holding.records === 0 || !holding.firstMonth || !holding.lastMonth) {
		return { filters, holding, span: null, byType: [], byMonth: [], byDistrict: [] };
	}
	return { filters, holding, span: { first: monthStart(holding.firstMonth), last: lastDay(holding.lastMonth) }, byType, byMonth, byDistrict };
}
