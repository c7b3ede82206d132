import type { Connector } from '$lib/database/database';
import type { ViewFilters } from '$lib/filters/view-filters';
import type { SeriesData } from './judged-series';

/**
 * Loads a view's series for a set of filters, from the database the view
 * reads. Each view with series has one, in its folder (`series.ts`), named by
 * its definition; the view, the home page's headlines, the exceptions report
 * and the pack all call the same one.
 */
export type SeriesLoader = (db: Connector, filters: ViewFilters) => Promise<readonly SeriesData[]>;
