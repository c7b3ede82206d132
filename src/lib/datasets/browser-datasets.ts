/**
 * Loads embedded extracts into the browser's database, once each. The check
 * runs before the query engine is needed, so a broken extract is reported at
 * once, and only its own view is affected.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import type { Database } from '$lib/database/database';
import { startBrowserDatabase } from '$lib/database/duckdb-browser';
import { checkCsv } from '$lib/validation/check-csv';
import type { Problem } from '$lib/validation/problem';
import { embeddedExtract } from './embedded-extracts';
import { loadCheckedExtract } from './load-extract';

/** Where a dataset's load ended. */
export type DatasetOutcome =
	| { readonly status: 'ready'; readonly db: Database; readonly file: string; readonly rowCount: number }
	| { readonly status: 'invalid'; readonly file: string; readonly rowCount: number; readonly problems: readonly Problem[] }
	| { readonly status: 'failed'; readonly message: string };

const loads = new Map<string, Promise<DatasetOutcome>>();

async function load(contract: DatasetContract): Promise<DatasetOutcome> {
	const extract = embeddedExtract(contract.id);
	// Start the engine while the file downloads: start-up is the slow part.
	const starting = startBrowserDatabase();
	starting.catch(() => undefined);
	const response = await fetch(extract.url);
	if (!response.ok) {
		return { status: 'failed', message: `${extract.file} could not be read (HTTP ${response.status}).` };
	}
	const text = await response.text();
	const check = checkCsv(extract.file, text, contract);
	if (check.problems.length > 0) {
		return { status: 'invalid', file: extract.file, rowCount: check.rowCount, problems: check.problems };
	}
	const db = await starting;
	await loadCheckedExtract(db, contract, check, text);
	return { status: 'ready', db, file: extract.file, rowCount: check.rowCount };
}

/** The outcome of loading a dataset's embedded extract; loads it on first call. */
export function loadEmbeddedDataset(contract: DatasetContract): Promise<DatasetOutcome> {
	let loading = loads.get(contract.id);
	if (!loading) {
		loading = load(contract).catch((error: unknown) => {
			loads.delete(contract.id);
			return { status: 'failed', message: error instanceof Error ? error.message : String(error) } as const;
		});
		loads.set(contract.id, loading);
	}
	return loading;
}
