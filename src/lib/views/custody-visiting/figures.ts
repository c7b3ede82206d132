import type { Connector } from '$lib/database/database';
import type { ViewFilters } from '$lib/filters/view-filters';
import { loadCustodyView, type CustodyView } from './custody-visiting';
import { withJudgedSeries, type WithJudged } from '$lib/spc/judge-views';
import { custodyVisitingView } from './definition';

/** The custody visiting view's figures and its series, judged. */
export type CustodyFigures = WithJudged<CustodyView>;

/**
 * Everything the custody visiting page shows for a set of filters: what the
 * live view asks the browser's engine and what the build asks DuckDB in Node
 * for the page's first figures. The series are judged by the same function as
 * the home page's headlines: one judgement, never a second.
 */
export async function custodyFigures(db: Connector, filters: ViewFilters): Promise<CustodyFigures> {
	return withJudgedSeries(db, custodyVisitingView, filters, loadCustodyView(db, filters));
}
