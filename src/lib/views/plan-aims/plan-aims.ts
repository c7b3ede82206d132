import type { Connector } from '$lib/database/database';
import { rowsOf } from '$lib/database/arrow-rows';
import planAimsSql from './plan-aims.sql?raw';

/** An aim joined to one measure that evidences it (measure fields null when none does). */
export interface AimMeasureRow {
	theme: string;
	aim_id: string;
	aim_text: string;
	display_order: number;
	source_document: string;
	source_ref: string;
	measure_id: string | null;
	measure_name: string | null;
	view_path: string | null;
	target: number | null;
	target_direction: string | null;
	target_unit: string | null;
	target_source: string | null;
	rationale: string | null;
}

/** Every aim, in printed order, with the measures that evidence it. */
export async function planAimRows(db: Connector): Promise<AimMeasureRow[]> {
	return rowsOf<AimMeasureRow>(await db.query(planAimsSql));
}
