import { planAimsView } from '$lib/views/plan-aims/definition';
import { embeddedFigures } from '$lib/views/embedded-figures.server';
import { planAimsFigures } from '$lib/views/plan-aims/figures';
import type { PageServerLoad } from './$types';

/**
 * Runs at build time only (the site is prerendered): the view's own loader, on
 * DuckDB in Node over the embedded extracts, so its first figures are in the
 * page itself and do not wait for DuckDB-WASM to start in the browser.
 */
export const load = (async () => ({ embedded: await embeddedFigures(planAimsView, planAimsFigures) })) satisfies PageServerLoad;
