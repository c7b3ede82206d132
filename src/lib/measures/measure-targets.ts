import { rowsOf } from '$lib/database/arrow-rows';
import type { Connector } from '$lib/database/database';
import targetsSql from './measure-targets.sql?raw';

/** A measure's target as the measures-and-aims data sets it; both null where none is set. */
export interface MeasureTarget {
	readonly target: number | null;
	/** "at least" or "at most". */
	readonly direction: string | null;
}

/** What a measure with no row, or no target, in the measures-and-aims data has. */
export const noTarget: MeasureTarget = { target: null, direction: null };

/** The targets of the measures named (ids without a '|'), from the loaded measures-and-aims data; a measure it lacks has none. */
export async function measureTargets<Id extends string>(db: Connector, ids: readonly Id[]): Promise<Record<Id, MeasureTarget>> {
	if (ids.some((id) => id.includes('|'))) throw new Error(`A measure id cannot hold "|": ${ids.join(', ')}`);
	const rows = rowsOf<{ measure_id: string; target: number | null; target_direction: string | null }>(await db.query(targetsSql, [ids.join('|')]));
	const targets = {} as Record<Id, MeasureTarget>;
	for (const id of ids) {
		const row = rows.find((candidate) => candidate.measure_id === id);
		targets[id] = row && row.target !== null ? { target: row.target, direction: row.target_direction } : noTarget;
	}
	return targets;
}
