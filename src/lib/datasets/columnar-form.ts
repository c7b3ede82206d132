/**
 * The form a checked dataset is kept in on this device and in a meeting
 * snapshot: its table as Arrow IPC streams (one column after another), a
 * slice of rows each, compressed with the platform's gzip (`CompressionStream`). Reopening it
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
import { DataType, RecordBatchReader, Table, tableToIPC, Utf8, vectorFromArray, type RecordBatch, type RecordBatchStreamReader } from 'apache-arrow';
import type { DatasetContract } from '$lib/contracts/contract';
import { sqlIdentifier, sqlType } from '$lib/contracts/sql-types';
import type { Database } from '$lib/database/database';
import { onSeparateConnection } from '$lib/database/separate-connection';

/** Rows handed to the engine at once when a kept dataset is opened: a slice of a million police.uk rows is tens of MB. */
const sliceRowsAtMost = 100_000;

/** What kind of bytes a kept dataset is, written beside them. */
export const columnarFormat = 'arrow-ipc-streams+gzip (columns as text)';

/** The statement that reads a slice of a table's rows (by position) as text, in the table's order. */
function sliceSql(contract: DatasetContract, table: string): string {
	const select = contract.columns.map((column) => `CAST(${sqlIdentifier(column.name)} AS VARCHAR) AS ${sqlIdentifier(column.name)}`).join(', ');
	return `SELECT ${select} FROM ${sqlIdentifier(table)} WHERE rowid >= ? AND rowid < ?`;
}

/**
 * The rows of a table, in the order it holds them, as the kept form's bytes:
 * one Arrow IPC stream per slice of rows, one after another, gzip-compressed
 * as they are written. A slice at a time, because DuckDB-WASM builds each
 * answer in its own memory, which never shrinks: a million rows asked for at
 * once would leave the tab hundreds of MB larger for good.
 */
export async function writeColumnar(db: Database, contract: DatasetContract, table: string, sliceRows = sliceRowsAtMost): Promise<Blob> {
	const compressor = new CompressionStream('gzip');
	const written = new Response(compressor.readable).blob();
	const writer = compressor.writable.getWriter();
	const extent = await db.query(`SELECT CAST(COALESCE(MAX(rowid) + 1, 0) AS BIGINT) AS n FROM ${sqlIdentifier(table)}`);
	const positions = Number(extent.get(0)?.['n'] ?? 0);
	// An empty table still writes one stream, for its columns.
	for (let from = 0; from === 0 || from < positions; from += sliceRows) {
		const slice = await db.query(sliceSql(contract, table), [from, from + sliceRows]);
		await writer.write(tableToIPC(asText(slice), 'stream') as Uint8Array<ArrayBuffer>);
	}
	await writer.close();
	return new Blob([await written], { type: 'application/gzip' });
}

/**
 * Every column as Arrow text (Utf8). DuckDB-WASM answers text as Utf8 already;
 * DuckDB in Node's answer has a column with no value but NULL as Arrow's Null
 * type, made text here so both engines write the same form.
 */
function asText(slice: Table): Table {
	if (slice.schema.fields.every((field) => DataType.isUtf8(field.type))) return slice;
	const columns = Object.fromEntries(
		slice.schema.fields.map((field) => {
			const column = slice.getChild(field.name);
			const values = Array.from({ length: slice.numRows }, (_, row) => {
				const value: unknown = column?.get(row);
				return value === null || value === undefined ? null : String(value);
			});
			return [field.name, vectorFromArray(values, new Utf8())];
		})
	);
	return new Table(columns);
}

/** Each Arrow IPC stream in the kept bytes, decompressed as it is read. */
function streams(bytes: Blob): AsyncIterableIterator<RecordBatchStreamReader> {
	return RecordBatchReader.readAll(bytes.stream().pipeThrough(new DecompressionStream('gzip'))) as AsyncIterableIterator<RecordBatchStreamReader>;
}

/** The columns and row count of kept bytes, for checks before anything is changed (a snapshot's), read a slice at a time. */
export async function describeColumnar(bytes: Blob): Promise<{ columns: string[]; rows: number }> {
	let columns: string[] | undefined;
	let rows = 0;
	for await (const reader of streams(bytes)) {
		for await (const batch of reader) rows += batch.numRows;
		columns ??= reader.schema.fields.map((field) => field.name);
	}
	if (!columns) throw new Error('The kept bytes hold no Arrow stream.');
	return { columns, rows };
}

/**
 * Makes `table` hold the kept rows with the contract's types, replacing it;
 * returns the number of rows. A column missing, or a value that no longer
 * casts, throws before the table is touched.
 */
export async function openColumnar(db: Database, contract: DatasetContract, table: string, bytes: Blob, sliceRows = sliceRowsAtMost): Promise<number> {
	const arriving = `${table}__kept`;
	const building = `${table}__opening`;
	const typed = contract.columns.map((column) => `CAST(${sqlIdentifier(column.name)} AS ${sqlType(column)}) AS ${sqlIdentifier(column.name)}`).join(', ');
	await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(arriving)}`);
	await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(building)}`);
	try {
		// Decompressed and handed to the engine a slice at a time, each slice cast into the typed table as it
		// arrives, so neither the page nor the engine's memory (which WebAssembly never gives back) ever holds
		// the whole uncompressed stream, or the rows twice.
		let created = false;
		let slice: RecordBatch[] = [];
		let held = 0;
		const create = async (names: readonly string[]) => {
			if (created) return;
			await db.query(`CREATE TABLE ${sqlIdentifier(arriving)} (${names.map((name) => `${sqlIdentifier(name)} VARCHAR`).join(', ')})`);
			await db.query(`CREATE TABLE ${sqlIdentifier(building)} AS SELECT ${typed} FROM ${sqlIdentifier(arriving)}`);
			created = true;
		};
		const hand = async () => {
			if (held > 0) {
				await db.importArrowIpc(arriving, tableToIPC(new Table(slice), 'stream'));
				await db.query(`INSERT INTO ${sqlIdentifier(building)} SELECT ${typed} FROM ${sqlIdentifier(arriving)}`);
				await db.query(`DELETE FROM ${sqlIdentifier(arriving)}`);
			}
			slice = [];
			held = 0;
		};
		for await (const reader of streams(bytes)) {
			for await (const batch of reader) {
				await create(reader.schema.fields.map((field) => field.name));
				slice.push(batch);
				held += batch.numRows;
				if (held >= sliceRows) await hand();
			}
			// Each stream's batches share its schema: a slice never mixes two streams.
			await hand();
			await create(reader.schema.fields.map((field) => field.name));
		}
		if (!created) throw new Error('The kept bytes hold no Arrow stream.');
		// Only now is the table replaced: a value that did not cast has thrown before this.
		// In one transaction on a connection of its own, so no other caller's statement falls inside it and
		// the views see the table before or after, never missing.
		await onSeparateConnection(db, async (separate) => {
			await separate.query('BEGIN TRANSACTION');
			try {
				await separate.query(`DROP TABLE IF EXISTS ${sqlIdentifier(table)}`);
				await separate.query(`ALTER TABLE ${sqlIdentifier(building)} RENAME TO ${sqlIdentifier(table)}`);
				await separate.query('COMMIT');
			} catch (error) {
				await separate.query('ROLLBACK');
				throw error;
			}
		});
	} finally {
		await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(arriving)}`);
		await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(building)}`);
	}
	const counted = await db.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${sqlIdentifier(table)}`);
	return Number(counted.get(0)?.['n'] ?? 0);
}
