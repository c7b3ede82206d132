import { referralServices } from '$lib/contracts/referrals';
import { rowsOf } from '$lib/database/arrow-rows';
import { periodRange } from '$lib/filters/period';
import { measureTargets } from '$lib/measures/measure-targets';
import { monthLabel } from '$lib/format/uk';
import type { SeriesData, SeriesDefinition } from '$lib/spc/judged-series';
import type { SeriesLoader } from '$lib/spc/series-loader';
import citationsSql from './referrals-series-citations.sql?raw';
import seriesSql from './referrals-series.sql?raw';

/** The measures-and-aims row that referrals by service and month evidence. */
export const referralsMeasureId = 'referrals-volume';

/** A service's series id: "referrals-victim-services". */
export function referralSeriesId(service: string): string {
	return `referrals-${service.replaceAll(' ', '-')}`;
}

/**
 * What each service's series is. The plan sets no direction for referral
 * volumes (more referrals can mean more need or better identification), so a
 * signal is a change, neither better nor worse in itself.
 */
export function referralSeriesDefinition(service: string): SeriesDefinition {
	const name = service.charAt(0).toUpperCase() + service.slice(1);
	return {
		id: referralSeriesId(service),
		measureId: referralsMeasureId,
		measure: `${name} referrals`,
		unit: 'month',
		improvement: 'neither',
		valueKind: 'count'
	};
}

/** Each service's referrals by month in the period, in the contract's order; a service with no month held is left out. */
export const referralsSeries: SeriesLoader = async (db, filters) => {
	const { start, end } = periodRange(filters.period);
	const months = rowsOf<{ service: string; month: string; referrals: number; illustrative: boolean }>(await db.query(seriesSql, [start, end]));
	const citations = rowsOf<{ service: string; source_document: string; source_ref: string }>(await db.query(citationsSql, [start, end]));
	const { target } = (await measureTargets(db, [referralsMeasureId]))[referralsMeasureId];
	return referralServices.flatMap((service): SeriesData[] => {
		const rows = months.filter((row) => row.service === service);
		if (rows.length === 0) return [];
		return [
			{
				definition: referralSeriesDefinition(service),
				points: rows.map((row) => ({ period: row.month, label: monthLabel(row.month, true), value: row.referrals })),
				target,
				illustrative: rows.some((row) => row.illustrative),
				citations: citations.filter((row) => row.service === service).map(({ source_document, source_ref }) => ({ source_document, source_ref }))
			}
		];
	});
};
