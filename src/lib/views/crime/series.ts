/**
 * The Crime view's series: records by month for the force, area and period in
 * view, in total and for each of the most common types, each judged by
 * statistical process control (fewer is better).
 *
 * No SQL of its own: the series are sliced from the counts by month, area and
 * type that the view already fetched once for the loaded files
 * (`street-crime-by-month-area-type.sql`, remembered per dataset version), so
 * a filter change recomputes the limits in the page with no trip to the
 * database's worker, which is what keeps the view within its 50 ms.
 */
import type { Connector } from '$lib/database/database';
import { llrForce } from '$lib/datasets/police-uk-files';
import { periodRange } from '$lib/filters/period';
import type { ViewFilters } from '$lib/filters/view-filters';
import { crimeInView, streetCrimeHolding } from './street-crime';
import { crimePoints, monthsLoaded } from './crime-series-points';
import type { SeriesData, SeriesDefinition } from '$lib/spc/judged-series';
import { roundFiveChanges, roundFiveRebase } from '$lib/spc/safer-streets-round-five';
import type { SeriesLoader } from '$lib/spc/series-loader';
import { crimeCitation } from './crime-citation';

/**
 * How many types get a series of their own: the four most common in view, the
 * four the month-by-month chart drew before. Fourteen charts would bury them;
 * the rest are in the month-by-month table.
 */
export const typesWithSeries = 4;

/** A stable id part from a crime type: "Violence and sexual offences" → "violence-and-sexual-offences". */
function slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * The Crime view's series loader for one force (Leicestershire Police unless
 * named) and dataset version. The view passes the version it reads, so the
 * counts are fetched once for it; without one (the home page's headlines,
 * tests) they are counted on every call.
 */
export function crimeSeriesFor({ version, force = llrForce }: { version?: number; force?: string } = {}): SeriesLoader {
	return async (db: Connector, filters: ViewFilters): Promise<SeriesData[]> => {
		// The nine LLR areas are Leicestershire Police's: the area filter means nothing for another force.
		const area = force === llrForce ? filters.area : null;
		const [holding, inView] = await Promise.all([streetCrimeHolding(db, version, force), crimeInView(db, { ...filters, area }, version, force)]);
		const months = monthsLoaded(holding, periodRange(filters.period));
		if (months.length === 0) return [];
		const place = area ? `in ${area}` : `by ${force}`;
		const shared = { target: null, illustrative: holding.illustrativeRecords > 0, citations: [], sourceLines: crimeCitation(holding) } as const;
		// A series is re-based where Round 5 changed its process: a bid's area, counting the crimes the bid targeted.
		const definition = (id: string, measure: string, types: readonly string[] | null): SeriesDefinition => ({
			id,
			measure,
			unit: 'month',
			improvement: 'lower',
			valueKind: 'count',
			...(force === llrForce && roundFiveChanges(area, types) ? { rebases: [roundFiveRebase] } : {})
		});
		const total: SeriesData = {
			definition: definition('crime-total', `Crime and anti-social behaviour recorded ${place}`, null),
			points: crimePoints(inView.byMonth, months, null),
			...shared
		};
		const types = inView.byType.slice(0, typesWithSeries).map(({ crime_type: type }) => ({
			definition: definition(`crime-type-${slug(type)}`, `${type} recorded ${place}`, [type]),
			points: crimePoints(inView.byMonth, months, [type]),
			...shared
		}));
		return [total, ...types];
	};
}

/** The Crime view's series for Leicestershire Police, with the counts checked on every call. */
export const crimeSeries: SeriesLoader = crimeSeriesFor();
