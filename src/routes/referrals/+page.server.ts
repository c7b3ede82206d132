import { referralsView } from '$lib/views/referrals/definition';
import { embeddedFigures } from '$lib/views/embedded-figures.server';
import { referralsFigures } from '$lib/views/referrals/figures';
import type { PageServerLoad } from './$types';

/**
 * Runs at build time only (the site is prerendered): the view's own loader, on
 * DuckDB in Node over the embedded extracts, so its first figures are in the
 * page itself and do not wait for DuckDB-WASM to start in the browser.
 */
export const load = (async () => ({ embedded: await embeddedFigures(referralsView, (db, filters) => referralsFigures(db, filters, null)) })) satisfies PageServerLoad;
