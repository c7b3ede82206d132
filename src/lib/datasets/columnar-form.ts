/**
 * The form a checked dataset is kept in on this device and in a meeting
 * snapshot: its table as an Arrow IPC stream (one column after another),
 * compressed with the platform's gzip (`CompressionStream`). Reopening it
 * (after a reload, in a new tab, from a snapshot) puts the table back without
 * reading or checking any CSV again.
 *
 * Why not Parquet, or DuckDB's own database file: DuckDB-WASM 1.32 has no
 * built-in Parquet writer (it would download the extension from DuckDB's
 * servers, which the Content-Security-Policy forbids), and a database file
 * written to an in-memory buffer stays locked after DETACH and cannot be
 * copied out (`copyFileToBuffer` fails), measured in this build.
 *
 * Every column is kept as text exactly as DuckDB prints it (`CAST … AS
 * VARCHAR`) and cast back to the contract's type on the way in: the same
 * bytes whichever engine wrote them (DuckDB-WASM or DuckDB in Node), and every
 * value comes back unchanged (a decimal keeps its places, a date its day).
 */
import { RecordBatchReader, Table, tableFromIPC, tableToIPC, type RecordBatch } from 'apache-arrow';
import type { DatasetContract } from '$lib/contracts/contract';
import { sqlIdentifier, sqlType } from '$lib/contracts/sql-types';
import type { Database } from '$lib/database/database';

/** Rows handed to the engine at once when a kept dataset is opened: a slice of a million police.uk rows is tens of MB. */
const sliceRowsAtMost = 100_000;

/** What kind of bytes a kept dataset is, written beside them. */
export const columnarFormat = 'arrow-ipc-stream+gzip (columns as text)';

async function through(bytes: Uint8Array | Blob, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const blob = bytes instanceof Blob ? bytes : new Blob([bytes as Uint8Array<ArrayBuffer>]);
	return new Uint8Array(await new Response(blob.stream().pipeThrough(stream)).arrayBuffer());
}

/** The rows of a table, in the order it holds them, as the kept form's bytes. */
export async function writeColumnar(db: Database, contract: DatasetContract, table: string): Promise<Blob> {
	const select = contract.columns.map((column) => `CAST(${sqlIdentifier(column.name)} AS VARCHAR) AS ${sqlIdentifier(column.name)}`).join(', ');
	const result: Table = await db.query(`SELECT ${select} FROM ${sqlIdentifier(table)}`);
	const compressed = await through(tableToIPC(result, 'stream'), new CompressionStream('gzip'));
	return new Blob([compressed as Uint8Array<ArrayBuffer>], { type: 'application/gzip' });
}

/** The Arrow table kept in the bytes, for checks before anything is changed (a snapshot's). */
export async function readColumnar(bytes: Blob): Promise<Table> {
	return tableFromIPC(await through(bytes, new DecompressionStream('gzip')));
}

/**
 * Makes `table` hold the kept rows with the contract's types, replacing it;
 * returns the number of rows. A column missing, or a value that no longer
 * casts, throws before the table is touched.
 */
export async function openColumnar(db: Database, contract: DatasetContract, table: string, bytes: Blob, sliceRows = sliceRowsAtMost): Promise<number> {
	const arriving = `${table}__kept`;
	await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(arriving)}`);
	try {
		// Decompressed and handed to the engine a slice at a time, so neither the page nor the engine's
		// memory (which WebAssembly never gives back) holds the whole uncompressed stream at once.
		const reader = await RecordBatchReader.from(bytes.stream().pipeThrough(new DecompressionStream('gzip')));
		await reader.open();
		const names = reader.schema.fields.map((field) => field.name);
		await db.query(`CREATE TABLE ${sqlIdentifier(arriving)} (${names.map((name) => `${sqlIdentifier(name)} VARCHAR`).join(', ')})`);
		let slice: RecordBatch[] = [];
		let held = 0;
		const hand = async () => {
			if (held > 0) await db.importArrowIpc(arriving, tableToIPC(new Table(slice), 'stream'));
			slice = [];
			held = 0;
		};
		for await (const batch of reader) {
			slice.push(batch);
			held += batch.numRows;
			if (held >= sliceRows) await hand();
		}
		await hand();
		const select = contract.columns.map((column) => `CAST(${sqlIdentifier(column.name)} AS ${sqlType(column)}) AS ${sqlIdentifier(column.name)}`).join(', ');
		await db.query(`CREATE OR REPLACE TABLE ${sqlIdentifier(table)} AS SELECT ${select} FROM ${sqlIdentifier(arriving)}`);
	} finally {
		await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(arriving)}`);
	}
	const counted = await db.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${sqlIdentifier(table)}`);
	return Number(counted.get(0)?.['n'] ?? 0);
}
