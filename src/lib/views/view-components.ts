/**
 * Each view's own component, by view id, for the pages that draw views they
 * do not own (the panel pack). Kept apart from the registry so that what only
 * needs the list of views (navigation, presenting mode, downloads) does not
 * load every view's code. A view's component is the one file of its folder
 * named `…View.svelte`, so a new view needs no line here (a test holds the
 * list to the registry).
 */
import type { Component } from 'svelte';
import type { Connector } from '$lib/database/database';
import { viewIdOf } from './view-pages';

/** A view's component: given the query client of its datasets; `brief` asks for its short form, where it has one. */
export type ViewComponent = Component<{ db: Connector; brief?: boolean }>;

/** Every view folder's component, by view id. */
export const viewComponents: Readonly<Record<string, ViewComponent>> = Object.fromEntries(
	Object.entries(import.meta.glob<ViewComponent>('./*/*View.svelte', { eager: true, import: 'default' })).map(([file, component]) => [viewIdOf(file), component])
);
