/**
 * DuckDB in Node (`@duckdb/node-api`, the same engine version as the WASM
 * build), behind the same interface as the browser's. Used by unit tests, so
 * the measures' SQL is tested on the engine that runs it; never bundled.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dateValue, decimalValue, DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { DataType, Table, tableFromIPC, vectorFromArray } from 'apache-arrow';
import { sqlString } from '$lib/contracts/sql-types';
import { stoppedError, type Database, type QueryOptions, type SqlValue } from './database';

/** A Node database plus `close`, which also removes its registered files. */
export interface NodeDatabase extends Database {
	close(): void;
}

/** Runs one statement and answers as Arrow, as the browser build does, so shaping code sees one format. */
async function runToArrow(connection: DuckDBConnection, sql: string, params: readonly SqlValue[]): Promise<Table> {
	const reader = await connection.runAndReadAll(sql, params.length ? [...params] : undefined);
	const names = reader.columnNames();
	const columns = reader.getColumnsJS();
	return new Table(Object.fromEntries(names.map((name, index) => [name, vectorFromArray(columns[index] ?? [])])));
}

/** A decimal's 128-bit two's-complement value (as Arrow holds it: four 32-bit words, least significant first) as a whole number of its smallest places. */
function int128At(words: Uint32Array, index: number): bigint {
	let value = 0n;
	for (let word = 3; word >= 0; word--) value = (value << 32n) | BigInt(words[index * 4 + word] ?? 0);
	return BigInt.asIntN(128, value);
}

/** Runs a statement that `signal` can stop, as the browser's can: the connection is interrupted. */
async function stoppable(connection: DuckDBConnection, sql: string, params: readonly SqlValue[], signal: AbortSignal): Promise<Table> {
	if (signal.aborted) throw stoppedError();
	// An interrupt that arrives before DuckDB has begun the statement (a busy machine) finds nothing
	// to stop and is lost, and the statement then runs to its end: so it is repeated until it ends.
	let repeat: ReturnType<typeof setInterval> | undefined;
	const stop = () => {
		connection.interrupt();
		repeat = setInterval(() => connection.interrupt(), 50);
	};
	signal.addEventListener('abort', stop, { once: true });
	try {
		return await runToArrow(connection, sql, params);
	} catch (error) {
		throw signal.aborted ? stoppedError() : error;
	} finally {
		signal.removeEventListener('abort', stop);
		clearInterval(repeat);
	}
}

/**
 * A DuckDB whose registered CSVs live in a private temporary folder: in
 * memory, or in the database file `path` (as the browser's is on the device:
 * `keptInFile`), which a later call may open again as a reload would.
 */
export async function openNodeDatabase(path?: string): Promise<NodeDatabase> {
	const folder = mkdtempSync(join(tmpdir(), 'scrutiny-duckdb-'));
	// One thread, as DuckDB-WASM in the browser has. The tests' statements are small and many: DuckDB's
	// default (a thread per core) spent more handing each one between threads than running it, and each
	// test worker's engine competed for the other's core (the model runs: 36 s wall, 34 s CPU, against 22 s and 28 s).
	const instance = await DuckDBInstance.create(path ?? ':memory:', { threads: '1' });

	/** The interface over one connection; `separate` opens another on the same instance. */
	const over = async (connection: DuckDBConnection): Promise<Database> => {
		// read_csv('name') then finds files registered into the private folder.
		await connection.run(`SET file_search_path = ${sqlString(folder)}`);
		// The browser's worker answers queries one at a time; this connection cannot
		// run two at once, so queries queue here as they do there.
		let queue: Promise<unknown> = Promise.resolve();
		return {
			keptInFile: path !== undefined,
			query(sql: string, params: readonly SqlValue[] = [], { signal }: QueryOptions = {}): Promise<Table> {
				const turn = queue.then(() => (signal ? stoppable(connection, sql, params, signal) : runToArrow(connection, sql, params)));
				queue = turn.catch(() => undefined);
				return turn;
			},
			async registerCsv(name: string, text: string) {
				writeFileSync(join(folder, name), text);
			},
			async registerFile(name: string, file: Blob) {
				writeFileSync(join(folder, name), new Uint8Array(await file.arrayBuffer()));
			},
			async dropFile(name: string) {
				rmSync(join(folder, name), { force: true });
			},
			async importArrowIpc(name: string, stream: Uint8Array) {
				// DuckDB in Node reads no Arrow without an extension: the kept form's columns (see datasets/columnar-types.ts)
				// go in through an appender, each value in its own type, so none is cast on the way.
				const table = tableFromIPC(stream);
				const appender = await connection.createAppender(name);
				for (const batch of table.batches) {
					const columns = batch.schema.fields.map((field, index) => ({ type: field.type as DataType, vector: batch.getChildAt(index) }));
					for (let row = 0; row < batch.numRows; row++) {
						for (const { type, vector } of columns) {
							const value: unknown = vector?.get(row);
							if (value === null || value === undefined) appender.appendNull();
							else if (DataType.isInt(type)) appender.appendInteger(Number(value));
							else if (DataType.isBool(type)) appender.appendBoolean(Boolean(value));
							// Arrow gives a day as its midnight in milliseconds.
							else if (DataType.isDate(type)) appender.appendDate(dateValue(Math.round(Number(value) / 86_400_000)));
							else if (DataType.isDecimal(type)) appender.appendDecimal(decimalValue(int128At(vector?.data[0]?.values as Uint32Array, row), type.precision, type.scale));
							else appender.appendVarchar(String(value));
						}
						appender.endRow();
					}
				}
				appender.closeSync();
			},
			async separate() {
				const other = await instance.connect();
				return { ...(await over(other)), close: async () => other.closeSync() };
			}
		};
	};

	const connection = await instance.connect();
	return {
		...(await over(connection)),
		close() {
			connection.closeSync();
			instance.closeSync();
			rmSync(folder, { recursive: true, force: true });
		}
	};
}
