/**
 * The measures and views the meeting forms offer: the embedded measures-and-aims
 * extract's measures, and the dashboard's views.
 */
import measureAimsCsv from '$data/measure-aims.csv?raw';
import { measureChoices } from '$lib/meetings/measure-choices';
import { views } from '$lib/views/registry';

/** Every measure an agenda item or action can be tied to. */
export const measures = measureChoices(measureAimsCsv);

/** Every view, by path. */
export const viewChoices = views.map((view) => ({ path: view.path, title: view.title }));

/** A measure's name, or its id when it is not (or no longer) in the extract. */
export function measureName(id: string): string {
	return measures.find((measure) => measure.id === id)?.name ?? id;
}

/** A view's title, or its path when the dashboard has no such view. */
export function viewTitle(path: string): string {
	return viewChoices.find((view) => view.path === path)?.title ?? path;
}
