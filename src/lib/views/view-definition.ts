import type { SmallCounts } from '$lib/exports/suppression';
import type { Connector } from '$lib/database/database';
import type { ViewFilters } from '$lib/filters/view-filters';
import type { SeriesLoader } from '$lib/spc/series-loader';

export type { SmallCounts };

/** What the dashboard knows of a view: everything the navigation, home page, pack and tests derive from. */
export interface ViewDefinition {
	/** Its folder in src/lib/views and its address without the slash: "custody-visiting". */
	readonly id: string;
	/** Its address: "/custody-visiting". */
	readonly path: string;
	readonly title: string;
	readonly description: string;
	/** The opening paragraph of its page, under the title: what it shows and the plan themes it evidences. */
	readonly lead: string;
	/** The Police and Crime Plan theme the view mainly evidences. */
	readonly theme: string;
	/** Datasets the view draws on (contract ids), as the home page and the data dictionary name them. */
	readonly datasets: readonly string[];
	/**
	 * Datasets its page loads (contract ids): its own and those its measures also read (the plan
	 * aims evaluate measures on other views' data), so their figures are in view too.
	 */
	readonly loads: readonly string[];
	/** Declared for every view, so a pack or download never claims suppression the view does not do. */
	readonly smallCounts: SmallCounts;
	/**
	 * Loads the view's time series, each judged by statistical process control
	 * (src/lib/spc): its own charts, the home page's headlines, the exceptions
	 * report and the pack read them. Absent for a view with no series. Written
	 * as a dynamic import of the view's `series.ts`, so the definitions (which
	 * the navigation and the browser tests read) carry no SQL.
	 */
	readonly series?: SeriesLoader;
	/**
	 * Everything its page shows for a set of filters: the one loader the live
	 * view runs on DuckDB-WASM and the build runs on DuckDB in Node for the
	 * page's first figures. A dynamic import of the view's `figures.ts`, as `series`.
	 */
	readonly figures: (db: Connector, filters: ViewFilters) => Promise<unknown>;
	/** Query-string keys besides the period and area that change its figures ("year"): a link with one waits for the engine. */
	readonly figureParams?: readonly string[];
}
