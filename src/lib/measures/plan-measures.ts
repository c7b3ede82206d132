import type { Database } from '$lib/database/database';
import type { ViewFilters } from '$lib/filters/view-filters';
import { filterParams } from '$lib/filters/view-filters';
import { rowsOf } from '$lib/shaping/arrow-rows';
import icvComplianceSql from './plan-measures/icv-compliance.sql?raw';
import icvScheduledCompletionSql from './plan-measures/icv-scheduled-completion.sql?raw';
import saferStreetsOutputsSql from './plan-measures/safer-streets-outputs.sql?raw';

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

type Evaluator = (db: Database, filters: ViewFilters) => Promise<MeasureValue>;

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
	'icv-compliance': run(icvComplianceSql),
	'icv-scheduled-completion': run(icvScheduledCompletionSql),
	'safer-streets-homes-melton': run(saferStreetsOutputsSql, ['homes target-hardened'], true),
	'safer-streets-properties-oadby-wigston': run(saferStreetsOutputsSql, ['properties target-hardened'], true)
};
