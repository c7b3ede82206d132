import type { Connector } from '$lib/database/database';
import type { ViewFilters } from '$lib/filters/view-filters';
import { filterParams } from '$lib/filters/view-filters';
import { rowsOf } from '$lib/database/arrow-rows';
import { custodyCompliance, visitTotals } from '../custody-visiting/custody-visiting';
import saferStreetsInViewSql from '../safer-streets/safer-streets-in-view.sql?raw';
import saferStreetsOutputsTail from './plan-measures-safer-streets-outputs.sql?raw';

// The quarters in view exactly as the Safer Streets view selects them, then the output's sum.
const saferStreetsOutputsSql = `${saferStreetsInViewSql}\n${saferStreetsOutputsTail}`;

/** A measure's figure for the chosen filters: a share (numerator of denominator) or a count. */
export interface MeasureValue {
	readonly numerator: number;
	/** Null for a count. */
	readonly denominator: number | null;
	readonly illustrative: boolean;
	/** What was counted, in words: "suite-weeks visited". */
	readonly counted: string;
}

/** The figure a target is compared with: a percentage for a share, else the count. */
export function comparable(value: MeasureValue): number | null {
	if (value.denominator === null) return value.numerator;
	return value.denominator > 0 ? (100 * value.numerator) / value.denominator : null;
}

type Evaluator = (db: Connector, filters: ViewFilters) => Promise<MeasureValue>;

/**
 * A count target (100 homes) is for the whole programme, so a count is judged
 * cumulatively: from the start of the data to the end of the chosen period.
 * A share is judged within the period.
 */
const run =
	(sql: string, extra: string[] = [], cumulative = false): Evaluator =>
	async (db, filters) => {
		const [start, end, area] = filterParams(filters);
		const params = [cumulative ? '1900-01-01' : start, end, area, ...extra];
		const [row] = rowsOf<MeasureValue>(await db.query(sql, params));
		return row ?? { numerator: 0, denominator: null, illustrative: false, counted: '' };
	};

/** The measures with a target that the plan-aims view can evaluate, by measure id. */
export const measureEvaluators: Readonly<Record<string, Evaluator>> = {
	// Custody visiting's own measures, so the plan-aims status and the view always agree.
	'icv-compliance': async (db, filters) => {
		const [compliance, totals] = await Promise.all([custodyCompliance(db, filters), visitTotals(db, filters)]);
		return { numerator: compliance.visitedSuiteWeeks, denominator: compliance.suiteWeeks, illustrative: totals.illustrative, counted: 'suite-weeks visited' };
	},
	'icv-scheduled-completion': async (db, filters) => {
		const totals = await visitTotals(db, filters);
		return { numerator: totals.scheduled_completed, denominator: totals.scheduled_visits, illustrative: totals.illustrative, counted: 'scheduled visits completed' };
	},
	'safer-streets-homes-melton': run(saferStreetsOutputsSql, ['homes target-hardened'], true),
	'safer-streets-properties-oadby-wigston': run(saferStreetsOutputsSql, ['properties target-hardened'], true)
};
