import type { Connector } from '$lib/database/database';
import { llrForce } from '$lib/datasets/police-uk-files';
import type { ViewFilters } from '$lib/filters/view-filters';
import { streetCrimeHoldings } from './street-crime';
import { loadCrimeView, type CrimeView } from './street-crime-view';
import type { JudgedSeries } from '$lib/spc/judged-series';
import { judgeView } from '$lib/spc/judge-views';
import { forceFromUrl } from './crime-force';
import { crimeView } from './definition';
import { crimeSeriesFor } from './series';

/** The view's figures and its series judged, for the same filters and force. */
export type CrimeFigures = CrimeView & { readonly series: readonly JudgedSeries[] };

/**
 * Everything the Crime page shows for a set of filters and the query string's
 * force: what the live view asks the browser's engine and what the build asks
 * DuckDB in Node for the page's first figures (with no police.uk file embedded,
 * the empty state). `version` is the street-level files' dataset version, so
 * the counts are fetched once for it.
 */
export async function crimeFigures(db: Connector, filters: ViewFilters, params: URLSearchParams = new URLSearchParams(), version?: number): Promise<CrimeFigures> {
	// The force in the URL is one of those loaded, or LLR's; the LLR area filter means nothing for another force.
	const held = await streetCrimeHoldings(db, version);
	const force = forceFromUrl(
		params,
		held.map((holding) => holding.force)
	);
	const applied = force === llrForce ? filters : { ...filters, area: null };
	// The series are judged as the headlines judge them (judgeView), from the counts the figures use:
	// a filter change recomputes every chart's limits in the page.
	const [figures, series] = await Promise.all([loadCrimeView(db, applied, version, force), judgeView(db, { ...crimeView, series: crimeSeriesFor({ version, force }) }, applied)]);
	return { ...figures, series };
}
