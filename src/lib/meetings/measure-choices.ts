/**
 * The measures an agenda item or action can be tied to, read from the
 * measures-and-aims extract: one per measure id, with its name and view.
 */
import Papa from 'papaparse';

/** A measure as the meetings forms offer it. */
export interface MeasureChoice {
	readonly id: string;
	readonly name: string;
	readonly viewPath: string;
}

/** One choice per measure in a measure-aims CSV, in the order they first appear. */
export function measureChoices(measureAimsCsv: string): MeasureChoice[] {
	const { data } = Papa.parse<Record<string, string>>(measureAimsCsv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
	const byId = new Map<string, MeasureChoice>();
	for (const row of data) {
		const id = row.measure_id?.trim();
		if (id && !byId.has(id)) byId.set(id, { id, name: row.measure_name ?? id, viewPath: row.view_path ?? '' });
	}
	return [...byId.values()];
}
