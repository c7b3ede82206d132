/**
 * The Safer Streets view's series, each judged by statistical process control:
 * the share of each quarter's profiled allocation spent in that quarter, and,
 * where police.uk street-level files are loaded, the crimes each area bid set
 * out to reduce, month by month in its area. Both are re-based at the start of
 * Round 5 (the one place that date and its source are kept:
 * src/lib/spc/safer-streets-round-five.ts).
 */
import type { Connector } from '$lib/database/database';
import { rowsOf } from '$lib/database/arrow-rows';
import { llrForce } from '$lib/datasets/police-uk-files';
import { filterParams, type ViewFilters } from '$lib/filters/view-filters';
import { crimeInView, streetCrimeHolding } from '$lib/views/crime/street-crime';
import inViewSql from './safer-streets-in-view.sql?raw';
import { crimePoints, monthsLoaded } from '$lib/views/crime/crime-series-points';
import { quarterLabel } from './safer-streets-spend';
import type { Citation } from '$lib/sources/citation-text';
import type { SeriesData, SeriesDefinition } from '$lib/spc/judged-series';
import { roundFiveRebase, roundFiveTargets } from '$lib/spc/safer-streets-round-five';
import type { SeriesLoader } from '$lib/spc/series-loader';
import { crimeCitation } from '$lib/views/crime/crime-citation';
import citationsSql from './spend-citations.sql?raw';
import spendSql from './spend-series.sql?raw';

/**
 * Spend against profile: a percentage, not pounds, so quarters with more or
 * less money profiled to them can be compared. Higher is better: the plan asks
 * for the grant to be spent as allocated (Value for Money, aim 3), and money
 * not spent in its financial year is lost. No target: the measures-and-aims
 * data sets none for Safer Streets spend.
 */
export const spendSeries: SeriesDefinition = {
	id: 'safer-streets-spend-against-profile',
	measure: 'Safer Streets spend against profile',
	unit: 'quarter',
	improvement: 'higher',
	valueKind: 'percent',
	// Round 5's grant began the returns: an extract holding an earlier round's quarters gets limits of its own before it.
	rebases: [roundFiveRebase]
};

/** The targeted crimes of one area bid: fewer is better, and Round 5 changed their process from its start. */
export function targetedCrimeSeries(target: (typeof roundFiveTargets)[number]): SeriesDefinition {
	const crimes = target.crimes.charAt(0).toUpperCase() + target.crimes.slice(1);
	return {
		id: `safer-streets-crime-${target.key}`,
		measure: `${crimes} in ${target.district}`,
		unit: 'month',
		improvement: 'lower',
		valueKind: 'count',
		rebases: [roundFiveRebase]
	};
}

type SpendQuarter = { period: string; financial_year: string; quarter: number; allocated_gbp: number; spent_gbp: number; illustrative: boolean };

/** Spend as a share of each quarter's allocation; a quarter with nothing allocated has no share, so no point. */
async function spendAgainstProfile(db: Connector, filters: ViewFilters): Promise<SeriesData> {
	const params = filterParams(filters);
	const quarters = rowsOf<SpendQuarter>(await db.query(`${inViewSql}\n${spendSql}`, params));
	const citations = rowsOf<Citation>(await db.query(`${inViewSql}\n${citationsSql}`, params));
	return {
		definition: spendSeries,
		points: quarters.filter((row) => row.allocated_gbp > 0).map((row) => ({ period: row.period, label: quarterLabel(row), value: (100 * row.spent_gbp) / row.allocated_gbp })),
		target: null,
		illustrative: quarters.some((row) => row.illustrative),
		citations
	};
}

/**
 * Each area bid's targeted crimes in its area, every month Leicestershire
 * Police's loaded files cover: as the before-and-after comparison, the period
 * filter does not change them (Round 5's own quarters would leave no months
 * before it), and the area filter keeps only its own bid's.
 */
async function targetedCrimes(db: Connector, filters: ViewFilters, version: number | undefined): Promise<SeriesData[]> {
	const holding = await streetCrimeHolding(db, version, llrForce);
	const months = monthsLoaded(holding, { start: '1900-01-01', end: '2200-01-01' });
	if (months.length === 0) return [];
	const targets = roundFiveTargets.filter((target) => filters.area === null || filters.area === target.district);
	const series: SeriesData[] = [];
	for (const target of targets) {
		const { byMonth } = await crimeInView(db, { period: { kind: 'all' }, area: target.district }, version, llrForce);
		series.push({
			definition: targetedCrimeSeries(target),
			points: crimePoints(byMonth, months, target.types),
			target: null,
			illustrative: holding.illustrativeRecords > 0,
			citations: [],
			sourceLines: crimeCitation(holding)
		});
	}
	return series;
}

/**
 * The Safer Streets view's series loader: spend against profile, then the
 * targeted crimes where street-level files are loaded. `version` is the
 * street-level dataset's version, so its counts are fetched once for it;
 * without one (the home page's headlines, tests) they are counted on every call.
 */
export function saferStreetsSeriesFor({ version }: { version?: number } = {}): SeriesLoader {
	return async (db, filters) => [await spendAgainstProfile(db, filters), ...(await targetedCrimes(db, filters, version))];
}

/** The Safer Streets view's series, with the street-level counts checked on every call. */
export const saferStreetsSeries: SeriesLoader = saferStreetsSeriesFor();
