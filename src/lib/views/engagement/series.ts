import { rowsOf } from '$lib/database/arrow-rows';
import { filterParams } from '$lib/filters/view-filters';
import { measureTargets } from '$lib/measures/measure-targets';
import { monthLabel } from '$lib/format/uk';
import type { SeriesDefinition } from '$lib/spc/judged-series';
import type { SeriesLoader } from '$lib/spc/series-loader';
import seriesSql from './engagement-series.sql?raw';

/** The measures-and-aims row that engagement counts evidence. */
export const engagementMeasureId = 'engagement-count';

/** Engagement items by month: more is neither better nor worse in itself (a count of meetings is not a quality). */
export const engagementSeriesDefinition: SeriesDefinition = {
	id: 'engagement-items',
	measureId: engagementMeasureId,
	measure: 'Engagement items',
	unit: 'month',
	improvement: 'neither',
	valueKind: 'count'
};

/**
 * Engagement items by month, where the data holds monthly counts; none where
 * it holds only counts for whole reporting periods (the published reports do),
 * as a period's count cannot be split into months.
 */
export const engagementSeries: SeriesLoader = async (db, filters) => {
	const rows = rowsOf<{ month: string; source_document: string; source_ref: string; items: number; illustrative: boolean }>(await db.query(seriesSql, filterParams(filters)));
	if (rows.length === 0) return [];
	const months = [...new Set(rows.map((row) => row.month))];
	const { target } = (await measureTargets(db, [engagementMeasureId]))[engagementMeasureId];
	return [
		{
			definition: engagementSeriesDefinition,
			points: months.map((month) => ({
				period: month,
				label: monthLabel(month, true),
				value: rows.filter((row) => row.month === month).reduce((sum, row) => sum + row.items, 0)
			})),
			target,
			illustrative: rows.some((row) => row.illustrative),
			citations: [...new Map(rows.map(({ source_document, source_ref }) => [`${source_document}|${source_ref}`, { source_document, source_ref }])).values()]
		}
	];
};
