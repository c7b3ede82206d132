import type { Connector, SqlValue } from '$lib/database/database';
import { periodRange } from '$lib/filters/period';
import type { ViewFilters } from '$lib/filters/view-filters';
import { rowsOf } from '$lib/database/arrow-rows';
import { suiteFilterParam, suitesInArea } from './custody-suites';
import complianceSql from './custody-compliance.sql?raw';
import inViewSql from './custody-in-view.sql?raw';
import sourcesSql from './custody-sources.sql?raw';
import spanSql from './custody-span.sql?raw';
import suiteWeeksSql from './custody-suite-weeks.sql?raw';
import visitTotalsSql from './custody-visit-totals.sql?raw';
import { measureTargets, type MeasureTarget } from '$lib/measures/measure-targets';

/** One custody suite in one week: whether it was open and the visits made. */
export interface SuiteWeek {
	suite: string;
	suite_role: 'primary' | 'standby';
	/** The Monday the week starts on, YYYY-MM-DD. */
	week_start: string;
	open: boolean;
	completed_visits: number;
	missed_scheduled_visits: number;
	illustrative: boolean;
}

/** The visiting standard for one suite: open weeks, and those with a completed visit. */
export interface SuiteCompliance {
	suite: string;
	suite_role: 'primary' | 'standby';
	suite_weeks: number;
	visited_suite_weeks: number;
	illustrative: boolean;
}

/** The visiting standard across suites; `percent` is null when no suite was open. */
export interface CustodyCompliance {
	readonly suiteWeeks: number;
	readonly visitedSuiteWeeks: number;
	readonly percent: number | null;
}

/** Visits, detainees and issues in the period. */
export interface VisitTotals {
	scheduled_visits: number;
	scheduled_completed: number;
	additional_completed: number;
	completed_visits: number;
	detainees_held: number;
	detainees_offered: number;
	detainees_seen: number;
	detainees_declined: number;
	issues_rights_entitlements: number;
	issues_health_wellbeing: number;
	issues_conditions_facilities: number;
	illustrative: boolean;
}

/** A citation for the figures. */
export interface Citation {
	source_document: string;
	source_ref: string;
}

/** The SQL parameters: start date, end date (exclusive), the area's suites or null. */
function params(filters: ViewFilters): SqlValue[] {
	const { start, end } = periodRange(filters.period);
	return [start, end, suiteFilterParam(filters.area)];
}

/**
 * Runs a filtered custody measure: its SQL follows the one head that selects
 * the suite-weeks and visits in the period and area (`custody-in-view.sql`).
 */
export function queryCustodyInView(db: Connector, body: string, filters: ViewFilters) {
	return db.query(`${inViewSql}\n${body}`, params(filters));
}

/** Every suite-week in the period and area, oldest week first, suites in name order. */
export async function suiteWeeks(db: Connector, filters: ViewFilters): Promise<SuiteWeek[]> {
	return rowsOf<SuiteWeek>(await queryCustodyInView(db, suiteWeeksSql, filters));
}

/** The visiting standard suite by suite, primary suites first. */
export async function suiteCompliance(db: Connector, filters: ViewFilters): Promise<SuiteCompliance[]> {
	return rowsOf<SuiteCompliance>(await queryCustodyInView(db, complianceSql, filters));
}

/** The share of open suite-weeks visited, as a percentage; null when none was open. The one place it is worked out. */
export function visitedPercent(visitedSuiteWeeks: number, suiteWeeks: number): number | null {
	return suiteWeeks > 0 ? (100 * visitedSuiteWeeks) / suiteWeeks : null;
}

/** Adds up the suites' open weeks and visited weeks into one share. */
export function totalCompliance(suites: readonly SuiteCompliance[]): CustodyCompliance {
	const suiteWeeks = suites.reduce((sum, suite) => sum + suite.suite_weeks, 0);
	const visitedSuiteWeeks = suites.reduce((sum, suite) => sum + suite.visited_suite_weeks, 0);
	return { suiteWeeks, visitedSuiteWeeks, percent: visitedPercent(visitedSuiteWeeks, suiteWeeks) };
}

/** The custody measures that have a target in the measures-and-aims data. */
export const custodyMeasureIds = { compliance: 'icv-compliance', scheduled: 'icv-scheduled-completion' } as const;

/** The targets of the visiting standard and of scheduled visits, as the measures-and-aims data sets them. */
export interface CustodyTargets {
	readonly compliance: MeasureTarget;
	readonly scheduled: MeasureTarget;
}

/**
 * Open custody suite-weeks with at least one completed visit, as a share of
 * open suite-weeks (the plan's standard: each primary suite weekly; the
 * standby suite only when open). The plan-aims view gives it a status.
 */
export async function custodyCompliance(db: Connector, filters: ViewFilters): Promise<CustodyCompliance> {
	return totalCompliance(await suiteCompliance(db, filters));
}

/** Scheduled and completed visits, detainees and issues in the period and area. */
export async function visitTotals(db: Connector, filters: ViewFilters): Promise<VisitTotals> {
	const [row] = rowsOf<VisitTotals>(await queryCustodyInView(db, visitTotalsSql, filters));
	if (!row) throw new Error('The custody visit totals returned no row.');
	return row;
}

/** The first and last days the custody data covers, for the period filter. */
export async function custodySpan(db: Connector): Promise<{ first: string; last: string }> {
	const [row] = rowsOf<{ first: string | null; last: string | null }>(await db.query(spanSql));
	return { first: row?.first ?? '2023-04-03', last: row?.last ?? row?.first ?? '2023-04-03' };
}

/** Each distinct citation in the custody extracts. */
export async function custodySources(db: Connector): Promise<Citation[]> {
	return rowsOf<Citation>(await db.query(sourcesSql));
}

/** Everything the custody visiting view shows for one set of filters. */
export interface CustodyView {
	readonly span: { first: string; last: string };
	/** The suites in the chosen area; empty when the area has no custody suite. */
	readonly suitesInArea: readonly string[];
	readonly weeks: readonly SuiteWeek[];
	readonly suites: readonly SuiteCompliance[];
	readonly compliance: CustodyCompliance;
	readonly totals: VisitTotals | null;
	readonly sources: readonly Citation[];
	/** From the measures-and-aims data, as the plan aims judge the same measures. */
	readonly targets: CustodyTargets;
}

/** Runs every custody measure for the filters; an area without a suite runs none. */
export async function loadCustodyView(db: Connector, filters: ViewFilters): Promise<CustodyView> {
	// Asked together: the query client runs them one at a time, as a connection must.
	const inArea = suitesInArea(filters.area);
	const [span, sources, byId] = await Promise.all([custodySpan(db), custodySources(db), measureTargets(db, [custodyMeasureIds.compliance, custodyMeasureIds.scheduled])]);
	const targets = { compliance: byId[custodyMeasureIds.compliance], scheduled: byId[custodyMeasureIds.scheduled] };
	if (inArea.length === 0) {
		const none = { suiteWeeks: 0, visitedSuiteWeeks: 0, percent: null };
		return { span, suitesInArea: inArea, weeks: [], suites: [], compliance: none, totals: null, sources, targets };
	}
	const [weeks, suites, totals] = await Promise.all([suiteWeeks(db, filters), suiteCompliance(db, filters), visitTotals(db, filters)]);
	return { span, suitesInArea: inArea, weeks, suites, compliance: totalCompliance(suites), totals, sources, targets };
}
