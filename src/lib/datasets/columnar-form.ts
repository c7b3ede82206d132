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
 * Each column is kept in the Arrow type DuckDB answers for it and reads back
 * as the same value (`columnar-types.ts`): numbers, decimals, dates and
 * true/false as themselves, so no value is cast on the way out or in, and
 * text whose values repeat as a dictionary (DuckDB answers an ENUM column so),
 * which is most of why the form is small: a year of police.uk files is 13% of
 * its CSVs, against 23% with every column as text (the form before December
 * 2026, which still opens: its columns are cast back from text).
 */
import { DataType, Message, RecordBatchReader, Table, tableToIPC, type RecordBatch, type RecordBatchStreamReader, type Schema, type Vector } from 'apache-arrow';
import type { ColumnContract, DatasetContract } from '$lib/contracts/contract';
import { sqlIdentifier, sqlType } from '$lib/contracts/sql-types';
import type { Database } from '$lib/database/database';
import { inTransaction } from '$lib/database/transaction';
import { onSeparateConnection } from '$lib/database/separate-connection';
import { columnFromText, formType, holdsText, isFormType, isText } from './columnar-types';

/** Rows handed to the engine at once when a kept dataset is opened: a slice of a million police.uk rows is tens of MB. */
const sliceRowsAtMost = 100_000;

/** What kind of bytes a kept dataset is, written beside them. */
export const columnarFormat = 'arrow-ipc-streams+gzip (typed columns, repeated text as dictionaries)';
/** The form before December 2026: every column as text. Still read. */
export const textColumnarFormat = 'arrow-ipc-streams+gzip (columns as text)';
/** Every form this version opens. */
export const readableFormats: readonly string[] = [columnarFormat, textColumnarFormat];

/**
 * Text kept as a dictionary where its distinct values, written once in each
 * slice, come to at most this share of its rows: repeated values then cost a
 * small index each; a column of mostly different values (a Crime ID) stays
 * plain, as a dictionary would only add the indices.
 */
const dictionaryShareAtMost = 0.5;

let written = 0;

/**
 * The rows of a table, in the order it holds them, as the kept form's bytes:
 * one Arrow IPC stream per slice of rows, one after another, gzip-compressed
 * as they are written. A slice at a time, because DuckDB-WASM builds each
 * answer in its own memory, which never shrinks: a million rows asked for at
 * once would leave the tab hundreds of MB larger for good.
 */
export async function writeColumnar(db: Database, contract: DatasetContract, table: string, sliceRows = sliceRowsAtMost): Promise<Blob> {
	const compressor = new CompressionStream('gzip');
	const compressed = new Response(compressor.readable).blob();
	// Rejected when the writing is abandoned below, where its error is the one thrown.
	compressed.catch(() => undefined);
	const writer = compressor.writable.getWriter();
	const texts = contract.columns.filter(holdsText);
	// How many rows, and roughly how many different values each text column holds (HyperLogLog: one quick pass).
	const extent = await db.query(
		`SELECT CAST(COALESCE(MAX(rowid) + 1, 0) AS BIGINT) AS n, CAST(COUNT(*) AS BIGINT) AS r${texts
			.map((column, index) => `, CAST(approx_count_distinct(${sqlIdentifier(column.name)}) AS BIGINT) AS d${index}`)
			.join('')} FROM ${sqlIdentifier(table)}`
	);
	const positions = Number(extent.get(0)?.['n'] ?? 0);
	const rows = Number(extent.get(0)?.['r'] ?? 0);
	const slices = Math.max(1, Math.ceil(positions / sliceRows));
	// Each repeated text column becomes an ENUM of its values (sorted, so the same table writes the same bytes),
	// which DuckDB answers as an Arrow dictionary: the engine encodes it, not the page.
	const enums = new Map<string, string>();
	const run = `${Date.now().toString(36)}_${(written++).toString(36)}`;
	try {
		for (const [index, column] of texts.entries()) {
			const distinct = Number(extent.get(0)?.[`d${index}`] ?? 0);
			if (rows === 0 || distinct === 0 || distinct * slices > rows * dictionaryShareAtMost) continue;
			const type = `scrutiny_kept_${run}_${index}`;
			const name = sqlIdentifier(column.name);
			// TEMP: in this connection's own catalog, never written to a database file, and gone with the connection.
			await db.query(`CREATE TEMP TYPE ${sqlIdentifier(type)} AS ENUM (SELECT DISTINCT ${name} FROM ${sqlIdentifier(table)} WHERE ${name} IS NOT NULL ORDER BY 1)`);
			enums.set(column.name, type);
		}
		const select = contract.columns
			.map((column) => {
				const type = enums.get(column.name);
				return type ? `CAST(${sqlIdentifier(column.name)} AS ${sqlIdentifier(type)}) AS ${sqlIdentifier(column.name)}` : sqlIdentifier(column.name);
			})
			.join(', ');
		// An empty table still writes one stream, for its columns.
		for (let from = 0; from === 0 || from < positions; from += sliceRows) {
			const slice = await db.query(`SELECT ${select} FROM ${sqlIdentifier(table)} WHERE ${rowsBetween(from, sliceRows)}`);
			const typed = await inFormTypes(db, contract, table, slice, enums, from, sliceRows);
			await writer.write(tableToIPC(typed, 'stream') as Uint8Array<ArrayBuffer>);
		}
		await writer.close();
	} catch (error) {
		await writer.abort(error).catch(() => undefined);
		throw error;
	} finally {
		for (const type of enums.values()) await db.query(`DROP TYPE IF EXISTS ${sqlIdentifier(type)}`).catch(() => undefined);
	}
	return new Blob([await compressed], { type: 'application/gzip' });
}

/**
 * The rows of a slice, by position. Written into the statement, not bound: the
 * positions are the app's own whole numbers, never a user's value, and a
 * statement naming this write's own ENUM types is used once, so it must not
 * join the prepared statements kept open for the views (`prepared-statements.ts`).
 */
function rowsBetween(from: number, sliceRows: number): string {
	if (!Number.isSafeInteger(from) || !Number.isSafeInteger(sliceRows)) throw new Error('A slice is whole rows.');
	return `rowid >= ${from} AND rowid < ${from + sliceRows}`;
}

/**
 * The slice with every column in the form's type. DuckDB-WASM answers in those
 * types already, so its slice passes as it is; a column an engine answered
 * otherwise (DuckDB in Node answers through JavaScript numbers and dates, which
 * would lose a decimal's places) is asked again as DuckDB's text and made from that.
 */
async function inFormTypes(
	db: Database,
	contract: DatasetContract,
	table: string,
	slice: Table,
	enums: ReadonlyMap<string, string>,
	from: number,
	sliceRows: number
): Promise<Table> {
	const wanted = (column: ColumnContract): boolean => {
		const type = slice.schema.fields.find((field) => field.name === column.name)?.type;
		if (!type || !isFormType(column, type)) return false;
		// A repeated text column must come as a dictionary, a plain one as plain text.
		return !holdsText(column) || enums.has(column.name) === DataType.isDictionary(type);
	};
	const others = contract.columns.filter((column) => !wanted(column));
	if (!others.length) return slice;
	const text = await db.query(
		`SELECT ${others.map((column) => `CAST(${sqlIdentifier(column.name)} AS VARCHAR) AS ${sqlIdentifier(column.name)}`).join(', ')} FROM ${sqlIdentifier(table)} WHERE ${rowsBetween(from, sliceRows)}`
	);
	const columns: Record<string, Vector> = {};
	for (const column of contract.columns) {
		if (!others.includes(column)) {
			columns[column.name] = slice.getChild(column.name) as Vector;
			continue;
		}
		const values = Array.from({ length: text.numRows }, (_, row) => {
			const value: unknown = text.getChild(column.name)?.get(row);
			return value === null || value === undefined ? null : String(value);
		});
		columns[column.name] = columnFromText(column, values, enums.has(column.name));
	}
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
 * The columns of kept bytes, from their first stream's schema alone: a quick
 * check before anything is changed (a snapshot's), which decompresses only
 * the start. Rows and types are checked as the bytes are opened.
 */
export async function keptColumns(bytes: Blob): Promise<string[]> {
	for await (const reader of streams(bytes)) return reader.schema.fields.map((field) => field.name);
	throw new Error('The kept bytes hold no Arrow stream.');
}

/**
 * How each kept column goes into the contract's typed table: as it is (the
 * form's type), or cast from text (the form before December 2026). A column
 * missing, out of order, or of another type refuses the bytes.
 */
function plan(contract: DatasetContract, schema: Schema): ('as-is' | 'from-text')[] {
	const names = schema.fields.map((field) => field.name);
	const expected = contract.columns.map((column) => column.name);
	if (names.join('\n') !== expected.join('\n')) throw new Error(`the kept columns (${names.join(', ')}) are not the ones this dashboard reads (${expected.join(', ')})`);
	return contract.columns.map((column, index) => {
		const type = schema.fields[index]?.type as DataType;
		if (isFormType(column, type)) return 'as-is';
		if (isText(type)) return 'from-text';
		throw new Error(`the column ${column.name} is kept as ${String(type)}, not ${String(formType(column))}`);
	});
}

/**
 * Makes `table` hold the kept rows with the contract's types, replacing it;
 * returns the number of rows. A column missing or of another type, or a value
 * that no longer casts (the text form), throws before the table is touched.
 */
export async function openColumnar(db: Database, contract: DatasetContract, table: string, bytes: Blob, sliceRows = sliceRowsAtMost): Promise<number> {
	const building = `${table}__opening`;
	try {
		const rows = await fillFromColumnar(db, contract, building, bytes, sliceRows);
		// Only now is the table replaced: a value that did not cast has thrown before this.
		// In one transaction on a connection of its own, so no other caller's statement falls inside it and
		// the views see the table before or after, never missing.
		await onSeparateConnection(db, (separate) =>
			inTransaction(separate, async () => {
				await separate.query(`DROP TABLE IF EXISTS ${sqlIdentifier(table)}`);
				await separate.query(`ALTER TABLE ${sqlIdentifier(building)} RENAME TO ${sqlIdentifier(table)}`);
			})
		);
		return rows;
	} finally {
		await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(building)}`);
	}
}

/**
 * Each Arrow IPC stream in the kept bytes as its own bytes, exactly as written,
 * decompressed as they are read: found by the stream format's framing alone
 * (each message's length, its body's length from its header, and the
 * end-of-stream marker), so no row is decoded in the page. Each stream has a
 * buffer of its own, since the engine's worker takes the buffer it is handed.
 * At most one stream and the chunk being read are held at once.
 */
async function* rawStreams(bytes: Blob): AsyncGenerator<Uint8Array> {
	const reader = bytes.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
	let held = new Uint8Array(1 << 20);
	let end = 0;
	// Where the stream being read began, and the next message's framing within what is held.
	let next = 0;
	let ended = false;
	const have = async (upTo: number): Promise<boolean> => {
		while (end < upTo) {
			if (ended) return false;
			const { done, value } = await reader.read();
			if (done) {
				ended = true;
				continue;
			}
			if (end + value.length > held.length) {
				const larger = new Uint8Array(Math.max(held.length * 2, end + value.length));
				larger.set(held.subarray(0, end));
				held = larger;
			}
			held.set(value, end);
			end += value.length;
		}
		return true;
	};
	try {
		for (;;) {
			if (!(await have(next + 4))) {
				// Nothing held: the last stream ended where the bytes do.
				if (end === 0) return;
				throw new Error('The kept bytes end in the middle of a stream.');
			}
			const view = new DataView(held.buffer, held.byteOffset);
			// A message is its metadata's length (after a continuation marker since Arrow 0.15), its metadata, its body.
			const marked = view.getInt32(next, true) === -1;
			const framing = marked ? 8 : 4;
			if (!(await have(next + framing))) throw new Error('The kept bytes end in the middle of a stream.');
			const metadataLength = new DataView(held.buffer, held.byteOffset).getInt32(next + (marked ? 4 : 0), true);
			if (metadataLength === 0) {
				// The end of a stream: handed on whole, and what follows it starts the next.
				const stream = held.slice(0, next + framing);
				held.copyWithin(0, next + framing, end);
				end -= next + framing;
				next = 0;
				yield stream;
				continue;
			}
			if (metadataLength < 0 || !(await have(next + framing + metadataLength))) throw new Error('The kept bytes end in the middle of a stream.');
			const message = Message.decode(held.subarray(next + framing, next + framing + metadataLength));
			next += framing + metadataLength + Number(message.bodyLength);
			if (!(await have(next))) throw new Error('The kept bytes end in the middle of a stream.');
		}
	} finally {
		await reader.cancel().catch(() => undefined);
	}
}

/** An empty `table` (replaced if it exists) with the contract's columns and types, for kept rows to go into. */
function typedTableSql(contract: DatasetContract, table: string): string {
	return `CREATE OR REPLACE TABLE ${sqlIdentifier(table)} (${contract.columns.map((column) => `${sqlIdentifier(column.name)} ${sqlType(column)}`).join(', ')})`;
}

/**
 * Makes `table` (a table of the caller's own, replaced if it exists) hold the
 * kept rows with the contract's types; returns the number of rows. A column
 * missing or of another type, or a value that no longer casts (the text form),
 * throws, and the table is dropped. As few statements as it can: a snapshot
 * opens every dataset this way, each statement a trip to the engine's worker.
 * Bytes in the form's types go to the engine stream by stream as they were
 * written (`rawStreams`), checked by their schema and counted by their batches'
 * lengths in the page, never decoded and encoded again there: for a year of
 * police.uk files that took longer than decompressing them.
 */
export async function fillFromColumnar(db: Database, contract: DatasetContract, table: string, bytes: Blob, sliceRows = sliceRowsAtMost): Promise<number> {
	let created = false;
	let rows = 0;
	let cast: number | undefined;
	await filledInOrder(db, table, async (hand) => {
		for await (const stream of rawStreams(bytes)) {
			const reader = RecordBatchReader.from(stream);
			reader.open();
			const ways = plan(contract, reader.schema);
			// The older text form is cast on its way in (below), from its first stream: nothing has gone in yet.
			if (ways.includes('from-text')) {
				if (created) throw new Error('The kept bytes mix two forms.');
				cast = await fillFromColumnarCasting(db, contract, table, bytes, sliceRows);
				return;
			}
			let count = 0;
			for (const batch of reader) count += batch.numRows;
			if (!created) {
				await db.query(typedTableSql(contract, table));
				created = true;
			}
			if (count === 0) continue;
			// The page frames the next stream while the engine stores this one.
			await hand(() =>
				db.importArrowIpc(table, stream).then(() => {
					rows += count;
				})
			);
		}
		if (!created) throw new Error('The kept bytes hold no Arrow stream.');
	});
	return cast ?? rows;
}

/**
 * Fills `table` by the work `fill` hands to the engine, one piece at a time and in order, while the page
 * prepares the next (the engine works in its own worker, so neither waits for the other; at most two pieces
 * are held at once). A piece's failure is thrown where the next is handed, or at the end; if anything fails,
 * once nothing is still being stored, the table is dropped and the failure thrown.
 */
async function filledInOrder(db: Database, table: string, fill: (hand: (store: () => Promise<void>) => Promise<void>) => Promise<void>): Promise<void> {
	let storing: Promise<void> = Promise.resolve();
	const hand = async (store: () => Promise<void>) => {
		await storing;
		storing = store();
		storing.catch(() => undefined);
	};
	try {
		try {
			await fill(hand);
			await storing;
		} catch (error) {
			// Nothing is dropped while a piece is still being stored.
			await storing.catch(() => undefined);
			throw error;
		}
	} catch (error) {
		// Its own failure is the one thrown: inside a caller's transaction (a snapshot's) the drop is refused once a
		// statement has failed, and the caller's rollback takes the table away instead.
		await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(table)}`).catch(() => undefined);
		throw error;
	}
}

/** `fillFromColumnar` for bytes with text to cast (the form before December 2026), a slice of decoded rows at a time. */
async function fillFromColumnarCasting(db: Database, contract: DatasetContract, table: string, bytes: Blob, sliceRows: number): Promise<number> {
	const arriving = `${table}__kept`;
	let ways: ('as-is' | 'from-text')[] | undefined;
	let rows = 0;
	try {
		// Decompressed and handed to the engine a slice at a time, so neither the page nor the engine's memory
		// (which WebAssembly never gives back) ever holds the whole uncompressed stream, or the rows twice. Columns
		// in the form's types go straight into the typed table; a slice with text to cast (the older form) arrives
		// in a table of its own first and is cast into the typed table from there.
		await filledInOrder(db, table, async (hand) => {
			let slice: RecordBatch[] = [];
			let held = 0;
			const create = async (schema: Schema) => {
				if (ways) return;
				ways = plan(contract, schema);
				await db.query(typedTableSql(contract, table));
				if (ways.includes('from-text'))
					await db.query(
						`CREATE OR REPLACE TABLE ${sqlIdentifier(arriving)} (${contract.columns.map((column, index) => `${sqlIdentifier(column.name)} ${ways?.[index] === 'as-is' ? sqlType(column) : 'VARCHAR'}`).join(', ')})`
					);
			};
			const store = async (stream: Uint8Array, count: number, each: readonly ('as-is' | 'from-text')[]) => {
				if (!each.includes('from-text')) await db.importArrowIpc(table, stream);
				else {
					const select = contract.columns
						.map((column, index) =>
							each[index] === 'as-is' ? sqlIdentifier(column.name) : `CAST(${sqlIdentifier(column.name)} AS ${sqlType(column)}) AS ${sqlIdentifier(column.name)}`
						)
						.join(', ');
					await db.importArrowIpc(arriving, stream);
					await db.query(`INSERT INTO ${sqlIdentifier(table)} SELECT ${select} FROM ${sqlIdentifier(arriving)}`);
					await db.query(`DELETE FROM ${sqlIdentifier(arriving)}`);
				}
				// Each slice goes in by one statement, whole or not at all.
				rows += count;
			};
			const handSlice = async () => {
				if (held > 0 && ways) {
					const stream = tableToIPC(new Table(slice), 'stream');
					const count = held;
					const each = ways;
					await hand(() => store(stream, count, each));
				}
				slice = [];
				held = 0;
			};
			for await (const reader of streams(bytes)) {
				for await (const batch of reader) {
					await create(reader.schema);
					slice.push(batch);
					held += batch.numRows;
					if (held >= sliceRows) await handSlice();
				}
				// Each stream's batches share its schema: a slice never mixes two streams.
				await handSlice();
				await create(reader.schema);
			}
			if (!ways) throw new Error('The kept bytes hold no Arrow stream.');
		});
		return rows;
	} finally {
		if ((ways as unknown[] | undefined)?.includes('from-text')) await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(arriving)}`).catch(() => undefined);
	}
}
