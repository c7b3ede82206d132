import { rowsOf } from '$lib/database/arrow-rows';
import { custodyMeasureIds, queryCustodyInView } from './custody-visiting';
import { measureTargets } from '$lib/measures/measure-targets';
import { suitesInArea } from './custody-suites';
import { monthLabel } from '$lib/format/uk';
import type { SeriesData, SeriesDefinition } from '$lib/spc/judged-series';
import type { SeriesLoader } from '$lib/spc/series-loader';
import citationsSql from './custody-series-citations.sql?raw';
import seriesSql from './custody-series.sql?raw';

/** The measures-and-aims row of detainees seen as a share of those offered. */
export const detaineesSeenMeasureId = 'icv-detainees-seen';

/** The custody visiting series: more visited weeks and more detainees seen are both better. */
export const custodySeriesDefinitions = {
	compliance: {
		id: 'custody-visiting-compliance',
		measureId: custodyMeasureIds.compliance,
		measure: 'Open suite-weeks with a completed visit',
		unit: 'month',
		improvement: 'higher',
		valueKind: 'percent',
		// A share of weeks or of detainees: never above 100% or below 0, whatever the limits' arithmetic gives.
		bounds: { lower: 0, upper: 100 }
	},
	'detainees-seen': {
		id: 'custody-visiting-detainees-seen',
		measureId: detaineesSeenMeasureId,
		measure: 'Detainees seen, of those offered a visit',
		unit: 'month',
		improvement: 'higher',
		valueKind: 'percent',
		// A share of weeks or of detainees: never above 100% or below 0, whatever the limits' arithmetic gives.
		bounds: { lower: 0, upper: 100 }
	}
} as const satisfies Record<string, SeriesDefinition>;

type SeriesKey = keyof typeof custodySeriesDefinitions;

/**
 * The visiting standard and detainees seen, each as a share by month in the
 * period and area; an area with no custody suite has no series.
 */
export const custodySeries: SeriesLoader = async (db, filters) => {
	if (suitesInArea(filters.area).length === 0) return [];
	const months = rowsOf<{ series: SeriesKey; month: string; part: number; whole: number; illustrative: boolean }>(await queryCustodyInView(db, seriesSql, filters));
	const citations = rowsOf<{ series: SeriesKey; source_document: string; source_ref: string }>(await db.query(citationsSql));
	const targets = await measureTargets(db, [custodyMeasureIds.compliance, detaineesSeenMeasureId]);
	return (Object.keys(custodySeriesDefinitions) as SeriesKey[]).flatMap((key): SeriesData[] => {
		const definition = custodySeriesDefinitions[key];
		const rows = months.filter((row) => row.series === key);
		if (rows.length === 0) return [];
		return [
			{
				definition,
				points: rows.map((row) => ({ period: row.month, label: monthLabel(row.month, true), value: (100 * row.part) / row.whole })),
				target: targets[definition.measureId].target,
				illustrative: rows.some((row) => row.illustrative),
				citations: citations.filter((row) => row.series === key).map(({ source_document, source_ref }) => ({ source_document, source_ref }))
			}
		];
	});
};
