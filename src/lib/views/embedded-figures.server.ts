/**
 * A view's first figures worked out at build time: the site is prerendered, so
 * each view's `+page.server.ts` runs this once while it is built. It loads the
 * embedded extracts the view's page loads into DuckDB in Node (the same engine
 * and SQL as DuckDB-WASM in the browser), runs the view's own loader for the
 * filters a bare address means, and hands the figures to the page, whose chart,
 * table and summary are then in the HTML and need no engine to be drawn.
 *
 * `.server.ts`: SvelteKit refuses to bundle it into the browser's code.
 */
import { readFileSync } from 'node:fs';
import { contractById } from '$lib/contracts/registry';
import type { Connector } from '$lib/database/database';
import { openNodeDatabase } from '$lib/database/duckdb-node';
import { embeddedExtract } from '$lib/datasets/embedded-extracts';
import { loadExtract, loadRows } from '$lib/datasets/load-extract';
import { filtersFromUrl, type ViewFilters } from '$lib/filters/view-filters';
import type { ViewDefinition } from './view-definition';

/** Where the embedded extracts are read from (the project's `data/`, as the build runs from the project root). */
const dataFolder = 'data';

/**
 * Runs `load` on the embedded data of `view` with no filters chosen. Null when
 * an embedded extract breaks its contract: the live view reports that, and
 * nothing is drawn ahead of it. A dataset with no embedded extract (the
 * police.uk files a user loads) is an empty table, as it is in the browser.
 */
export async function embeddedFigures<Figures>(view: ViewDefinition, load: (db: Connector, filters: ViewFilters) => Promise<Figures>): Promise<Figures | null> {
	const db = await openNodeDatabase();
	try {
		for (const id of view.loads) {
			const contract = contractById(id);
			const extract = embeddedExtract(id);
			if (!extract) {
				// As the browser's store does: a dataset with nothing embedded starts as an empty table of the right types.
				await loadRows(db, contract, `${contract.columns.map((column) => column.name).join(',')}\n`, 0, 'replace');
				continue;
			}
			const text = readFileSync(`${dataFolder}/${extract.file}`, 'utf8');
			const check = await loadExtract(db, contract, extract.file, text.startsWith('\uFEFF') ? text.slice(1) : text);
			if (check.problems.length > 0) return null;
		}
		return await load(db, filtersFromUrl(new URLSearchParams()));
	} finally {
		db.close();
	}
}
