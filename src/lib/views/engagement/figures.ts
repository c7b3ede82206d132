import type { Connector } from '$lib/database/database';
import type { ViewFilters } from '$lib/filters/view-filters';
import { loadEngagementView, type EngagementView } from './engagement';
import type { JudgedSeries } from '$lib/spc/judged-series';
import { judgeView } from '../judge-views';
import { engagementView } from './definition';

/** The engagement view's figures and any monthly series, judged. */
export type EngagementFigures = EngagementView & { readonly judged: readonly JudgedSeries[] };

/**
 * Everything the engagement page shows for a set of filters: what the live view
 * asks the browser's engine and what the build asks DuckDB in Node for the
 * page's first figures. Any monthly series is judged by the same function as
 * the home page's headlines: one judgement, never a second.
 */
export async function engagementFigures(db: Connector, filters: ViewFilters): Promise<EngagementFigures> {
	const [figures, judged] = await Promise.all([loadEngagementView(db, filters), judgeView(db, engagementView, filters)]);
	return { ...figures, judged };
}
