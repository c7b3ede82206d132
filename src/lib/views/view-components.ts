/**
 * Each view's own component, by view id: for the view's page (`src/routes/[view=view]`) and for
 * the pages that draw views they do not own (the panel pack). Kept apart from the registry so
 * that what only needs the list of views (navigation, presenting mode, downloads) does not load
 * every view's code. A view's component is the one file of its folder named `…View.svelte`, so a
 * new view needs no line here (a test holds the list to the registry).
 */
import type { Component } from 'svelte';
import type { Connector } from '$lib/database/database';

/**
 * A view's component: given the query client of its datasets once the engine is ready, the
 * figures its definition's `figures` loader gave (each view's own type; a page only passes them
 * from that loader to the component of the same view, hence `any`), and `brief` for its short
 * form, where it has one (the pack).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: the figures' type is the view's own, matched by view id
export type ViewComponent = Component<{ db?: Connector; initial?: any; brief?: boolean }>;

/** "./custody-visiting/CustodyView.svelte" → "custody-visiting". */
function viewIdOf(file: string): string {
	return file.split('/')[1] ?? file;
}

/** Every view folder's component, by view id. */
export const viewComponents: Readonly<Record<string, ViewComponent>> = Object.fromEntries(
	Object.entries(import.meta.glob<ViewComponent>('./*/*View.svelte', { eager: true, import: 'default' })).map(([file, component]) => [viewIdOf(file), component])
);
