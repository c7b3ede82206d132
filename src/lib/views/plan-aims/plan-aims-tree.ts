import type { AimMeasureRow } from './plan-aims';

/** A measure under an aim, with its target if one is set. */
export interface AimMeasure {
	readonly id: string;
	readonly name: string;
	readonly viewPath: string;
	readonly target: number | null;
	readonly direction: string | null;
	readonly unit: string | null;
	readonly targetSource: string | null;
}

/** An aim of the plan and the measures that evidence it. */
export interface Aim {
	readonly id: string;
	readonly text: string;
	readonly sourceDocument: string;
	readonly sourceRef: string;
	readonly measures: readonly AimMeasure[];
}

/** A theme of the plan, with its aims in printed order. */
export interface Theme {
	readonly name: string;
	readonly aims: readonly Aim[];
}

/** Groups the aim–measure rows (already in printed order) into themes and aims. */
export function planAimsTree(rows: readonly AimMeasureRow[]): Theme[] {
	const themes: { name: string; aims: (Aim & { measures: AimMeasure[] })[] }[] = [];
	for (const row of rows) {
		let theme = themes.find((t) => t.name === row.theme);
		if (!theme) themes.push((theme = { name: row.theme, aims: [] }));
		let aim = theme.aims.find((a) => a.id === row.aim_id);
		if (!aim) {
			aim = { id: row.aim_id, text: row.aim_text, sourceDocument: row.source_document, sourceRef: row.source_ref, measures: [] };
			theme.aims.push(aim);
		}
		if (row.measure_id && row.measure_name && row.view_path) {
			aim.measures.push({
				id: row.measure_id,
				name: row.measure_name,
				viewPath: row.view_path,
				target: row.target,
				direction: row.target_direction,
				unit: row.target_unit,
				targetSource: row.target_source
			});
		}
	}
	return themes;
}
