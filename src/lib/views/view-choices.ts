/**
 * The views the meeting forms offer: an agenda item or action can be about a
 * view of the dashboard as well as a measure (`$lib/meetings/embedded-measures`).
 */
import { views } from '$lib/views/registry';

/** Every view, by path. */
export const viewChoices = views.map((view) => ({ path: view.path, title: view.title }));

/** A view's title, or its path when the dashboard has no such view. */
export function viewTitle(path: string): string {
	return viewChoices.find((view) => view.path === path)?.title ?? path;
}
