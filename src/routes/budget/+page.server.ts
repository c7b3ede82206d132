import { readFileSync } from 'node:fs';
import { budgetSplit } from '$lib/contracts/budget-split';
import { openNodeDatabase } from '$lib/database/duckdb-node';
import { embeddedExtract } from '$lib/datasets/embedded-extracts';
import { loadExtract } from '$lib/datasets/load-extract';
import { loadBudgetView } from '$lib/views/budget/budget-view';
import type { PageServerLoad } from './$types';

/**
 * Runs at build time only (the site is prerendered): the same SQL, on DuckDB in
 * Node, works out the budget on the embedded extract, so the first chart is in
 * the page itself and does not wait for DuckDB-WASM to start in the browser.
 */
export const load = (async () => {
	const extract = embeddedExtract(budgetSplit.id);
	if (!extract) return { embedded: null };
	const db = await openNodeDatabase();
	try {
		const check = await loadExtract(db, budgetSplit, extract.file, readFileSync(`data/${extract.file}`, 'utf8'));
		// A broken embedded extract is reported by the live view; nothing is prerendered.
		if (check.problems.length > 0) return { embedded: null };
		return { embedded: await loadBudgetView(db, null) };
	} finally {
		db.close();
	}
}) satisfies PageServerLoad;
