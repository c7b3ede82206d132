import { engagementView } from '$lib/views/engagement/definition';
import { embeddedFigures } from '$lib/views/embedded-figures.server';
import { engagementFigures } from '$lib/views/engagement/figures';
import type { PageServerLoad } from './$types';

/**
 * Runs at build time only (the site is prerendered): the view's own loader, on
 * DuckDB in Node over the embedded extracts, so its first figures are in the
 * page itself and do not wait for DuckDB-WASM to start in the browser.
 */
export const load = (async () => ({ embedded: await embeddedFigures(engagementView, engagementFigures) })) satisfies PageServerLoad;
