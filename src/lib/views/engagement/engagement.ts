import type { Connector } from '$lib/database/database';
import { filterParams, type ViewFilters } from '$lib/filters/view-filters';
import { rowsOf } from '$lib/database/arrow-rows';
import engagementByDistrictSql from './engagement-by-district.sql?raw';
import engagementByTypeSql from './engagement-by-type.sql?raw';
import engagementItemsSql from './engagement-items.sql?raw';
import engagementSpanSql from './engagement-span.sql?raw';
import engagementStraddlingSql from './engagement-straddling.sql?raw';
import engagementTotalSql from './engagement-total.sql?raw';

/** One engagement type's figures within one report to the Panel. */
export type EngagementByType = {
	/** The span the report covers: its earliest and latest dates. */
	report_start: string;
	report_end: string;
	source_document: string;
	engagement_type: string;
	/** Items counted without double counting (rows that do not overlap others). */
	counted: number;
	/** Items the paper also gives that may be among other counts: shown, never added. */
	also_reported: number;
	/** Activities the paper mentions without a number. */
	not_counted: number;
	illustrative: boolean;
};

/** One area's figures; "LLR-wide" holds items with no single area. */
export type EngagementByDistrict = {
	district: string;
	counted: number;
	also_reported: number;
	not_counted: number;
	/** The places the papers name, "; "-separated. */
	places: string;
};

/** One item as the paper gives it. `count` is null when the paper gives no number. */
export type EngagementItem = {
	period_start: string;
	period_end: string;
	engagement_type: string;
	district: string;
	place: string;
	led_by: string;
	count: number | null;
	may_overlap: boolean;
	description: string;
	source_document: string;
	source_ref: string;
	illustrative: boolean;
};

/** Items left out because their count covers a span only partly in the period. */
export type StraddlingItems = {
	items: number;
	first_start: string | null;
	last_end: string | null;
};

/** Everything the engagement view shows for one set of filters. */
export interface EngagementView {
	readonly byType: readonly EngagementByType[];
	readonly byDistrict: readonly EngagementByDistrict[];
	readonly items: readonly EngagementItem[];
	readonly straddling: StraddlingItems;
	readonly span: { first: string; last: string };
}

/** Engagement by report and type for the filters. */
export async function engagementByType(db: Connector, filters: ViewFilters): Promise<EngagementByType[]> {
	return rowsOf<EngagementByType>(await db.query(engagementByTypeSql, filterParams(filters)));
}

/** Engagement by area for the filters (areas with nothing recorded are absent). */
export async function engagementByDistrict(db: Connector, filters: ViewFilters): Promise<EngagementByDistrict[]> {
	return rowsOf<EngagementByDistrict>(await db.query(engagementByDistrictSql, filterParams(filters)));
}

/** Every item in the period, in each paper's order. */
export async function engagementItems(db: Connector, filters: ViewFilters): Promise<EngagementItem[]> {
	return rowsOf<EngagementItem>(await db.query(engagementItemsSql, filterParams(filters)));
}

/** How many items were left out because their span runs past the period. */
export async function engagementStraddling(db: Connector, filters: ViewFilters): Promise<StraddlingItems> {
	const [row] = rowsOf<StraddlingItems>(await db.query(engagementStraddlingSql, filterParams(filters)));
	return row ?? { items: 0, first_start: null, last_end: null };
}

/** Items of engagement in the period without double counting, for the plan-aims page. */
export async function engagementTotal(db: Connector, filters: ViewFilters): Promise<{ events: number }> {
	const [row] = rowsOf<{ events: number }>(await db.query(engagementTotalSql, filterParams(filters)));
	return { events: row?.events ?? 0 };
}

/** Runs every engagement measure for the filters, one after another (a connection runs one statement at a time). */
export async function loadEngagementView(db: Connector, filters: ViewFilters): Promise<EngagementView> {
	const byType = await engagementByType(db, filters);
	const byDistrict = await engagementByDistrict(db, filters);
	const items = await engagementItems(db, filters);
	const straddling = await engagementStraddling(db, filters);
	const [span] = rowsOf<{ first: string | null; last: string | null }>(await db.query(engagementSpanSql));
	return {
		byType,
		byDistrict,
		items,
		straddling,
		span: { first: span?.first ?? '2016-04-01', last: span?.last ?? '2016-04-01' }
	};
}
