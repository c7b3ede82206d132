/**
 * For the views' series tests: a fresh DuckDB in Node for each test, a loader
 * that checks an extract against its contract on the way in, and the embedded
 * extracts, raw and parsed, from which a test works out what it expects.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterEach, beforeEach, expect } from 'vitest';
import { contractById } from '$lib/contracts/registry';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { loadExtract } from '$lib/datasets/load-extract';

/** An embedded extract's text, from data/. */
export const embedded = (id: string): string => readFileSync(`data/${id}.csv`, 'utf8');

/** An embedded extract's rows, parsed as text by a CSV parser. */
export const embeddedRows = (id: string): Record<string, string>[] => Papa.parse<Record<string, string>>(embedded(id), { header: true, skipEmptyLines: true }).data;

/** Opens a database before each test and closes it after; `load` checks an extract has no problems as it loads it. */
export function seriesTestDatabase(): { readonly db: NodeDatabase; load(id: string, text: string): Promise<void> } {
	let db: NodeDatabase | undefined;
	beforeEach(async () => {
		db = await openNodeDatabase();
	});
	afterEach(() => db?.close());
	const opened = () => {
		if (!db) throw new Error('The test database is opened before each test.');
		return db;
	};
	return {
		get db() {
			return opened();
		},
		async load(id, text) {
			const check = await loadExtract(opened(), contractById(id), `${id}.csv`, text);
			expect(check.problems).toEqual([]);
		}
	};
}
