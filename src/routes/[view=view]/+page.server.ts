import { embeddedFigures } from '$lib/views/embedded-figures.server';
import { viewById, views } from '$lib/views/registry';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every registered view has a page, built to a static file. */
export const entries = (() => views.map((view) => ({ view: view.id }))) satisfies EntryGenerator;

/**
 * Runs at build time only (the site is prerendered): the view's own loader, on
 * DuckDB in Node over the embedded extracts, so its first figures are in the
 * page itself and do not wait for DuckDB-WASM to start in the browser.
 */
export const load = (async ({ params }) => {
	const view = viewById(params.view);
	return { embedded: await embeddedFigures(view, view.figures) };
}) satisfies PageServerLoad;
