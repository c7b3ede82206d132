import { budgetView } from '$lib/views/budget/definition';
import { embeddedFigures } from '$lib/views/embedded-figures.server';
import { loadBudgetView } from '$lib/views/budget/budget-view';
import type { PageServerLoad } from './$types';

/**
 * Runs at build time only (the site is prerendered): the view's own loader, on
 * DuckDB in Node over the embedded extracts, so its first figures are in the
 * page itself and do not wait for DuckDB-WASM to start in the browser.
 */
export const load = (async () => ({ embedded: await embeddedFigures(budgetView, (db) => loadBudgetView(db, null)) })) satisfies PageServerLoad;
