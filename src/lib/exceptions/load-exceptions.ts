/**
 * What the exceptions report, the pack's section and the home page's
 * headlines load: every series of the registered views that have series,
 * judged for the filters, over the datasets those views read.
 */
import { contractById } from '$lib/contracts/registry';
import type { DatasetContract } from '$lib/contracts/contract';
import type { Connector } from '$lib/database/database';
import type { ViewFilters } from '$lib/filters/view-filters';
import type { JudgedSeries } from '$lib/spc/judged-series';
import { judgeViews } from '$lib/spc/judge-views';
import type { ViewDefinition } from '$lib/views/view-definition';

/** The views that have series to judge, in the registry's order. */
export function viewsWithSeries(views: readonly ViewDefinition[]): ViewDefinition[] {
	return views.filter((view) => view.series !== undefined);
}

/** Every dataset those views load, once each. */
export function seriesDatasets(views: readonly ViewDefinition[]): DatasetContract[] {
	return [...new Set(viewsWithSeries(views).flatMap((view) => view.loads))].map(contractById);
}

/** The first and last days any series covers, YYYY-MM-DD, for the period filter's choices; null for none. */
export function seriesSpan(series: readonly JudgedSeries[]): { first: string; last: string } | null {
	// Monthly, weekly and dated periods start with a date or a year and month; others (quarters) are left to them.
	const days = series
		.flatMap((one) => one.points.map((point) => /^(\d{4}-\d{2})(-\d{2})?/.exec(point.period)))
		.filter((match) => match !== null)
		.map((match) => `${match[1]}${match[2] ?? '-01'}`)
		.sort();
	return days.length ? { first: days[0]!, last: days[days.length - 1]! } : null;
}

/** The judged series for these filters, and the span of every period held (the filter's choices), whichever period is chosen. */
export async function loadExceptions(
	db: Connector,
	views: readonly ViewDefinition[],
	filters: ViewFilters
): Promise<{ series: JudgedSeries[]; span: { first: string; last: string } | null }> {
	const withSeries = viewsWithSeries(views);
	const series = await judgeViews(db, withSeries, filters);
	// A chosen period narrows the series; the choices still offer every period held.
	const all = filters.period.kind === 'all' ? series : await judgeViews(db, withSeries, { ...filters, period: { kind: 'all' } });
	return { series, span: seriesSpan(all) };
}
