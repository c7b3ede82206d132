import type { Connector } from '$lib/database/database';
import type { ViewFilters } from '$lib/filters/view-filters';
import { loadEngagementView, type EngagementView } from './engagement';
import { withJudgedSeries, type WithJudged } from '$lib/spc/judge-views';
import { engagementView } from './definition';

/** The engagement view's figures and any monthly series, judged. */
export type EngagementFigures = WithJudged<EngagementView>;

/**
 * Everything the engagement page shows for a set of filters: what the live view
 * asks the browser's engine and what the build asks DuckDB in Node for the
 * page's first figures. Any monthly series is judged by the same function as
 * the home page's headlines: one judgement, never a second.
 */
export async function engagementFigures(db: Connector, filters: ViewFilters): Promise<EngagementFigures> {
	return withJudgedSeries(db, engagementView, filters, loadEngagementView(db, filters));
}
