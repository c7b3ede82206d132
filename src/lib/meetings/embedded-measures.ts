/**
 * The measures the meeting forms offer, and that a view's meeting assurance
 * names: those of the embedded measures-and-aims extract. Kept apart from the
 * views' list (`$lib/views/view-choices`) so a view can show its assurance
 * without importing the registry that imports it.
 */
import measureAimsCsv from '$data/measure-aims.csv?raw';
import { measureChoices } from './measure-choices';

/** Every measure an agenda item or action can be tied to. */
export const measures = measureChoices(measureAimsCsv);

/** A measure's name, or its id when it is not (or no longer) in the extract. */
export function measureName(id: string): string {
	return measures.find((measure) => measure.id === id)?.name ?? id;
}
