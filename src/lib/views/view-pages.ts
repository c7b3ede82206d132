/**
 * Each view's component for its own page (`src/routes/[view=view]`), loaded
 * only when that page opens: every view is one chunk, so a page carries its
 * own view's code and no other's. The component is the one file of the view's
 * folder named `…View.svelte`.
 */
import type { Component } from 'svelte';
import type { Connector } from '$lib/database/database';

/**
 * A view's component as its page draws it: with the query client once the engine is ready, and
 * the figures its definition's `figures` loader gave (each view's own type; the page only passes
 * them on from that loader to the component of the same view, hence `any`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: the figures' type is the view's own, matched by view id
export type ViewPageComponent = Component<{ db?: Connector; initial?: any }>;

/** "./custody-visiting/CustodyView.svelte" → "custody-visiting". */
export function viewIdOf(file: string): string {
	return file.split('/')[1] ?? file;
}

/** Every view folder's component loader, by view id. */
export const viewComponentLoaders: Readonly<Record<string, () => Promise<ViewPageComponent>>> = Object.fromEntries(
	Object.entries(import.meta.glob<ViewPageComponent>('./*/*View.svelte', { import: 'default' })).map(([file, load]) => [viewIdOf(file), load])
);
