import { saferStreetsView } from '$lib/views/safer-streets/definition';
import { embeddedFigures } from '$lib/views/embedded-figures.server';
import { saferStreetsFigures } from '$lib/views/safer-streets/figures';
import type { PageServerLoad } from './$types';

/**
 * Runs at build time only (the site is prerendered): the view's own loader, on
 * DuckDB in Node over the embedded extracts, so its first figures are in the
 * page itself and do not wait for DuckDB-WASM to start in the browser.
 */
export const load = (async () => ({ embedded: await embeddedFigures(saferStreetsView, (db, filters) => saferStreetsFigures(db, filters)) })) satisfies PageServerLoad;
