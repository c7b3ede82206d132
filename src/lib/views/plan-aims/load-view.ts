import type { Connector } from '$lib/database/database';
import type { ViewFilters } from '$lib/filters/view-filters';
import { rowsOf } from '$lib/database/arrow-rows';
import { planAimsTree, type Theme } from './plan-aims-tree';
import type { JudgedSeries } from '$lib/spc/judged-series';
import { measureStatus, seriesStatus, type StatusLabel } from '$lib/measures/measure-status';
import { planAimRows, type AimMeasureRow } from './plan-aims';
import { comparable, measureEvaluators, type MeasureValue } from './plan-measures';
import planPeriodSpanSql from './plan-period-span.sql?raw';

/** A measure's figure and status for the chosen filters; judged by its series' assurance where it has one. */
export interface MeasureResult {
	readonly value: MeasureValue | null;
	readonly status: StatusLabel;
	/** The series whose process limits give the status; null for a single figure compared with its target. */
	readonly series: JudgedSeries | null;
}

/** Everything the plan-aims view shows. */
export interface PlanAimsView {
	readonly rows: readonly AimMeasureRow[];
	readonly themes: readonly Theme[];
	readonly results: ReadonlyMap<string, MeasureResult>;
	readonly span: { first: string; last: string };
}

/**
 * Loads the aims and evaluates every measure that has a target, for the filters. A measure with a series among
 * `judged` (the views' own judgement, by measure id) takes its status from the series' assurance; any other keeps
 * a plain comparison of its figure with the target.
 */
export async function loadPlanAimsView(db: Connector, filters: ViewFilters, judged: readonly JudgedSeries[] = []): Promise<PlanAimsView> {
	const rows = await planAimRows(db);
	const [span] = rowsOf<{ first: string; last: string }>(await db.query(planPeriodSpanSql));
	const results = new Map<string, MeasureResult>();
	for (const row of rows) {
		if (!row.measure_id || results.has(row.measure_id)) continue;
		const evaluate = measureEvaluators[row.measure_id];
		const series = row.target === null ? null : (judged.find((one) => one.definition.measureId === row.measure_id) ?? null);
		if (row.target === null || !evaluate) {
			results.set(row.measure_id, { value: null, status: series ? seriesStatus(series) : measureStatus(null, row.target, row.target_direction), series });
			continue;
		}
		const value = await evaluate(db, filters);
		const status = series ? seriesStatus(series) : measureStatus(comparable(value), row.target, row.target_direction, value?.illustrative ?? false);
		results.set(row.measure_id, { value, status, series });
	}
	return { rows, themes: planAimsTree(rows), results, span: span ?? { first: '2023-04-01', last: '2025-03-31' } };
}
