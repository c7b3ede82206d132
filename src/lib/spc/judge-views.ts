import type { Connector } from '$lib/database/database';
import type { ViewFilters } from '$lib/filters/view-filters';
import { judgeSeries, type JudgedSeries, type SeriesHome } from '$lib/spc/judged-series';
import type { ViewDefinition } from '$lib/views/view-definition';

/** Where a view's series are shown, from its definition. */
export function seriesHome(view: ViewDefinition): SeriesHome {
	return { viewId: view.id, path: view.path, viewTitle: view.title, theme: view.theme };
}

/** Every series of one view, judged, for a set of filters (none for a view without series). */
export async function judgeView(db: Connector, view: ViewDefinition, filters: ViewFilters): Promise<JudgedSeries[]> {
	if (!view.series) return [];
	const home = seriesHome(view);
	return (await view.series(db, filters)).map((data) => judgeSeries(data, home));
}

/**
 * Every series of these views, judged, in the views' order: what the home
 * page's headlines, the exceptions report and the pack's exceptions section
 * list. Views are asked one after another (the query client runs one statement
 * at a time anyway).
 */
export async function judgeViews(db: Connector, views: readonly ViewDefinition[], filters: ViewFilters): Promise<JudgedSeries[]> {
	const judged: JudgedSeries[] = [];
	for (const view of views) judged.push(...(await judgeView(db, view, filters)));
	return judged;
}

/** A view's figures with its series, judged: what a view whose figures and series are asked for together shows. */
export type WithJudged<Figures> = Figures & { readonly judged: readonly JudgedSeries[] };

/**
 * A view's figures and its own series, judged by the same function as the home page's headlines
 * (one judgement, never a second), asked for together.
 */
export async function withJudgedSeries<Figures>(db: Connector, view: ViewDefinition, filters: ViewFilters, figures: Promise<Figures>): Promise<WithJudged<Figures>> {
	const [loaded, judged] = await Promise.all([figures, judgeView(db, view, filters)]);
	return { ...loaded, judged };
}
