/**
 * DuckDB-WASM, the very engine the browser runs, in Node (its blocking build),
 * behind the `Database` interface: for tests of what depends on the Arrow that
 * engine answers and reads (the kept columnar form), which DuckDB in Node
 * (`duckdb-node.ts`) answers through JavaScript values instead. Never bundled.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tableFromIPC, type Table } from 'apache-arrow';
import type { Database, SqlValue } from './database';

type Blocking = typeof import('@duckdb/duckdb-wasm/blocking');
type Connection = ReturnType<Awaited<ReturnType<Blocking['createDuckDB']>>['connect']>;

/** A DuckDB-WASM database in this process, in memory; `close` ends it. */
export async function openWasmDatabase(): Promise<Database & { close(): void }> {
	const require = createRequire(import.meta.url);
	const entry = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const duckdb = require(entry) as Blocking;
	const dist = dirname(entry);
	const bundles = { mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' }, eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' } };
	// The blocking build answers with the CommonJS copy of apache-arrow, whose classes are not this module's (ESM):
	// each answer is handed over as IPC bytes, as the browser's worker hands it to the page.
	const cjsArrow = require('apache-arrow') as typeof import('apache-arrow');
	const handOver = (answer: unknown): Table => tableFromIPC(cjsArrow.tableToIPC(answer as Parameters<typeof cjsArrow.tableToIPC>[0], 'stream'));
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	const over = (connection: Connection): Database => ({
		async query(sql: string, params: readonly SqlValue[] = []): Promise<Table> {
			if (!params.length) return handOver(connection.query(sql));
			const statement = connection.prepare(sql);
			try {
				return handOver(statement.query(...params));
			} finally {
				statement.close();
			}
		},
		async registerCsv(name: string, text: string) {
			db.registerFileText(name, text);
		},
		async registerFile(name: string, file: Blob) {
			db.registerFileBuffer(name, new Uint8Array(await file.arrayBuffer()));
		},
		async dropFile(name: string) {
			db.dropFile(name);
		},
		async importArrowIpc(name: string, stream: Uint8Array) {
			connection.insertArrowFromIPCStream(stream, { name, create: false });
		},
		async separate() {
			const other = db.connect();
			return { ...over(other), close: async () => other.close() };
		}
	});
	const main = db.connect();
	return {
		...over(main),
		close() {
			main.close();
			void db.reset();
		}
	};
}
