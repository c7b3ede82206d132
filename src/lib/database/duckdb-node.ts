/**
 * DuckDB in Node (`@duckdb/node-api`, the same engine version as the WASM
 * build), behind the same interface as the browser's. Used by unit tests, so
 * the measures' SQL is tested on the engine that runs it; never bundled.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { Table, vectorFromArray } from 'apache-arrow';
import { sqlString } from '$lib/contracts/sql-types';
import type { Database, SqlValue } from './database';

/** A Node database plus `close`, which also removes its registered files. */
export interface NodeDatabase extends Database {
	close(): void;
}

/** An in-memory DuckDB whose registered CSVs live in a private temporary folder. */
export async function openNodeDatabase(): Promise<NodeDatabase> {
	const folder = mkdtempSync(join(tmpdir(), 'scrutiny-duckdb-'));
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	// read_csv('name') then finds files registered into the private folder.
	await connection.run(`SET file_search_path = ${sqlString(folder)}`);

	return {
		async query(sql: string, params: readonly SqlValue[] = []): Promise<Table> {
			const reader = await connection.runAndReadAll(sql, params.length ? [...params] : undefined);
			const names = reader.columnNames();
			const columns = reader.getColumnsJS();
			// Arrow, like the browser build answers, so shaping code sees one format.
			return new Table(
				Object.fromEntries(names.map((name, index) => [name, vectorFromArray(columns[index] ?? [])]))
			);
		},
		async registerCsv(name: string, text: string) {
			writeFileSync(join(folder, name), text);
		},
		close() {
			connection.closeSync();
			instance.closeSync();
			rmSync(folder, { recursive: true, force: true });
		}
	};
}
