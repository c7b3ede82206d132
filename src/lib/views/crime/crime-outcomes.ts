import type { Connector } from '$lib/database/database';
import { llrForce } from '$lib/datasets/police-uk-files';
import { periodRange } from '$lib/filters/period';
import type { ViewFilters } from '$lib/filters/view-filters';
import { rowsOf } from '$lib/database/arrow-rows';
import holdingSql from './crime-outcome-holding.sql?raw';
import mixSql from './crime-outcome-mix.sql?raw';

/** Crimes with one latest outcome; `outcome` null for crimes with none in the outcomes files loaded. */
export type OutcomeCount = { outcome: string | null; crimes: number };

/** The outcome mix of one force's crimes in the filters' period and area. */
export interface OutcomeMix {
	readonly force: string;
	/** Outcome rows loaded for the force: 0 means no outcomes file of it is loaded. */
	readonly outcomesLoaded: number;
	/** YYYY-MM: the months the outcomes files loaded cover; null when none is. */
	readonly firstMonth: string | null;
	readonly lastMonth: string | null;
	/** By latest outcome, most first, with crimes that have none last. */
	readonly rows: readonly OutcomeCount[];
}

/**
 * Each crime of `force` recorded in the period (and area) with its latest
 * outcome in the outcomes files loaded, joined by Crime ID, counted by outcome.
 * The user's filters travel as parameters, never in the SQL's text.
 */
export async function outcomeMix(db: Connector, filters: ViewFilters, force = llrForce): Promise<OutcomeMix> {
	const [held] = rowsOf<{ outcomes: number; first_month: string | null; last_month: string | null }>(await db.query(holdingSql, [force]));
	const outcomesLoaded = held?.outcomes ?? 0;
	const base = { force, outcomesLoaded, firstMonth: held?.first_month ?? null, lastMonth: held?.last_month ?? null };
	if (outcomesLoaded === 0) return { ...base, rows: [] };
	const { start, end } = periodRange(filters.period);
	const rows = rowsOf<OutcomeCount>(await db.query(mixSql, [start, end, force, filters.area]));
	return { ...base, rows };
}
