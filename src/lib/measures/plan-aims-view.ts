import type { Connector } from '$lib/database/database';
import type { ViewFilters } from '$lib/filters/view-filters';
import { rowsOf } from '$lib/database/arrow-rows';
import { planAimsTree, type Theme } from '$lib/shaping/plan-aims-tree';
import { measureStatus, type StatusLabel } from './measure-status';
import { planAimRows, type AimMeasureRow } from './plan-aims';
import { comparable, measureEvaluators, type MeasureValue } from './plan-measures';
import planPeriodSpanSql from './plan-period-span.sql?raw';

/** A measure's figure and status for the chosen filters. */
export interface MeasureResult {
	readonly value: MeasureValue | null;
	readonly status: StatusLabel;
}

/** Everything the plan-aims view shows. */
export interface PlanAimsView {
	readonly rows: readonly AimMeasureRow[];
	readonly themes: readonly Theme[];
	readonly results: ReadonlyMap<string, MeasureResult>;
	readonly span: { first: string; last: string };
}

/** Loads the aims and evaluates every measure that has a target, for the filters. */
export async function loadPlanAimsView(db: Connector, filters: ViewFilters): Promise<PlanAimsView> {
	const rows = await planAimRows(db);
	const [span] = rowsOf<{ first: string; last: string }>(await db.query(planPeriodSpanSql));
	const results = new Map<string, MeasureResult>();
	for (const row of rows) {
		if (!row.measure_id || results.has(row.measure_id)) continue;
		const evaluate = measureEvaluators[row.measure_id];
		if (row.target === null || !evaluate) {
			results.set(row.measure_id, { value: null, status: measureStatus(null, row.target, row.target_direction) });
			continue;
		}
		const value = await evaluate(db, filters);
		results.set(row.measure_id, { value, status: measureStatus(comparable(value), row.target, row.target_direction, value?.illustrative ?? false) });
	}
	return { rows, themes: planAimsTree(rows), results, span: span ?? { first: '2023-04-01', last: '2025-03-31' } };
}
