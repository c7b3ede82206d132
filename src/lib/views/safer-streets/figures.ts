import type { Connector } from '$lib/database/database';
import type { ViewFilters } from '$lib/filters/view-filters';
import type { JudgedSeries } from '$lib/spc/judged-series';
import { judgeView } from '$lib/spc/judge-views';
import { saferStreetsView } from './definition';
import { loadSaferStreetsView, type SaferStreetsView } from './load-view';
import { saferStreetsSeriesFor } from './series';

/** The Safer Streets view's figures and its series, judged: spend against profile first, then the targeted crimes. */
export type SaferStreetsFigures = SaferStreetsView & { readonly series: readonly JudgedSeries[] };

/**
 * Everything the Safer Streets page shows for a set of filters: what the live
 * view asks the browser's engine and what the build asks DuckDB in Node for the
 * page's first figures. `version` is the street-level files' dataset version,
 * so the targeted crimes are counted again after a load. The series are judged
 * as the headlines judge them (judgeView): one computation.
 */
export async function saferStreetsFigures(db: Connector, filters: ViewFilters, version?: number): Promise<SaferStreetsFigures> {
	const [figures, series] = await Promise.all([loadSaferStreetsView(db, filters), judgeView(db, { ...saferStreetsView, series: saferStreetsSeriesFor({ version }) }, filters)]);
	return { ...figures, series };
}
