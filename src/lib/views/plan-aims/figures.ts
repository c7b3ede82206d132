import type { Connector } from '$lib/database/database';
import type { ViewFilters } from '$lib/filters/view-filters';
import { judgeViews } from '$lib/spc/judge-views';
import { loadPlanAimsView, type PlanAimsView } from './load-view';
import { planSeriesViews } from './plan-series';

/**
 * Everything the plan aims page shows for a set of filters: what the live view
 * asks the browser's engine and what the build asks DuckDB in Node for the
 * page's first figures, so the two can never differ. A measure with a series
 * is judged by its view's own judgement (judgeViews, as the headlines are), never a second.
 */
export async function planAimsFigures(db: Connector, filters: ViewFilters): Promise<PlanAimsView> {
	return loadPlanAimsView(db, filters, await judgeViews(db, planSeriesViews, filters));
}
