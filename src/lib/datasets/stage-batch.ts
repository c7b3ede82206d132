/**
 * Files chosen together for one dataset, read together: one `read_csv` over
 * every file that shares a header (each row keeping its file's name), with
 * the contract's checks in the same pass, then one query each for the files'
 * counts, their provenance and their periods. A year of police.uk months is
 * then one read, not twelve.
 *
 * Only files the shared read finds clean (every cell passes, every record has
 * its fields, at least one row) are staged from it. Any other file (a problem
 * to word and locate, a cell typed the spreadsheet way, another header, not
 * UTF-8, or a read the engine refuses) leaves the shared table and is staged
 * on its own by `stageFile`, so its problems, line numbers, conversions and
 * set-aside rows are exactly those of a file loaded alone.
 */
import { provenanceNames, uploadedProvenance, type DatasetContract } from '$lib/contracts/contract';
import { sqlIdentifier, sqlString, sqlType } from '$lib/contracts/sql-types';
import type { Database } from '$lib/database/database';
import { onSeparateConnection } from '$lib/database/separate-connection';
import { bulkReadSql, fileColumn, rawFieldsColumn, type RejectTables } from '$lib/validation/bulk-check-sql';
import { checkHeader } from '$lib/validation/check-csv';
import { todayInLondon } from '$lib/validation/check-value';
import { ConversionTally } from '$lib/validation/read-row';
import { readHead } from './bulk-upload';
import { keepCopy } from './file-copy';
import { marked, timed } from './load-marks';
import { periodKeySql } from './period-key';
import { readHeader } from './recognise';
import { stageFile, type StageOutcome } from './stage-file';

/** A file to stage: one the user chose, or one kept on the device (its copy, digest and first load time known). */
export interface FileToStage {
	readonly name: string;
	readonly blob: Blob;
	readonly sha256?: string;
	readonly loadedAt?: string;
}

/** A file on its way: the bytes to keep and their digest, which may still be coming. */
interface Pending {
	readonly index: number;
	readonly name: string;
	/** What DuckDB reads: the chosen file itself, so its copy need not be made first. */
	readonly read: Blob;
	/** Starts the copy and digest (once), and answers them. */
	readonly copy: () => Promise<{ readonly kept: Blob; readonly sha256: string }>;
	readonly loadedAt: string;
}

let batches = 0;

/** A promise made on first call, and the same one after. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
	let made: Promise<T> | undefined;
	return () => (made ??= make());
}

/**
 * Reads and checks files into staging, reading together those that share a
 * header; nothing of the dataset changes. Answers one outcome per file, in
 * order; `onStaged` hears each as soon as it is known (for the progress bar).
 */
export async function stageFiles(
	db: Database,
	contract: DatasetContract,
	files: readonly FileToStage[],
	setAsideInvalid: boolean,
	signal?: AbortSignal,
	onStaged?: (index: number, outcome: StageOutcome) => void
): Promise<StageOutcome[]> {
	const now = new Date().toISOString();
	// The copy for the device and its digest run beside the read (the read needs neither), started once the
	// files are registered: started earlier, on two busy cores, they were seen to hold up the registering.
	const pending: Pending[] = files.map((file, index) => ({
		index,
		name: file.name,
		read: file.blob,
		copy: once(() => (file.sha256 === undefined ? keepCopy(file.blob) : Promise.resolve({ kept: file.blob, sha256: file.sha256 }))),
		loadedAt: file.loadedAt ?? now
	}));
	const outcomes: (StageOutcome | undefined)[] = files.map(() => undefined);
	const settle = (index: number, outcome: StageOutcome) => ((outcomes[index] = outcome), onStaged?.(index, outcome));
	try {
		for (const group of await timed('first lines', () => sameHeaders(pending))) {
			if (group.files.length < 2 || signal?.aborted) continue;
			const staged = await readTogether(db, contract, group.header, group.files, setAsideInvalid, signal);
			for (const [index, outcome] of staged) settle(index, outcome);
		}
		// Each file the shared read did not stage, on its own: the same checks and words as a file loaded alone.
		for (const file of pending) {
			if (outcomes[file.index]) continue;
			if (signal?.aborted) {
				settle(file.index, { kind: 'cancelled', name: file.name });
				continue;
			}
			// The chosen file read as it is, its copy and digest made beside the read.
			settle(file.index, await timed('stage a file alone', () => stageFile(db, contract, file.name, file.read, setAsideInvalid, signal, file.copy, file.loadedAt)));
		}
	} catch (error) {
		await Promise.allSettled(pending.map((file) => file.copy()));
		throw error;
	}
	return outcomes as StageOutcome[];
}

/** The files whose first lines DuckDB's reader can take (UTF-8), grouped by their exact header. */
async function sameHeaders(files: readonly Pending[]): Promise<{ header: string[]; files: Pending[] }[]> {
	const heads = await Promise.all(files.map((file) => readHead(file.read).catch(() => undefined)));
	const groups = new Map<string, { header: string[]; files: Pending[] }>();
	for (const [index, head] of heads.entries()) {
		if (!head?.ok || head.encoding === 'Windows-1252') continue;
		const header = readHeader(head.text);
		const key = JSON.stringify(header);
		const group = groups.get(key) ?? { header, files: [] };
		group.files.push(files[index] as Pending);
		groups.set(key, group);
	}
	return [...groups.values()];
}

/**
 * One read of files sharing a header into one staging table. Answers the
 * files it staged (or every file cancelled); the others are left for
 * `stageFile`, their rows gone from the shared table.
 */
function readTogether(
	db: Database,
	contract: DatasetContract,
	header: readonly string[],
	files: readonly Pending[],
	setAsideInvalid: boolean,
	signal?: AbortSignal
): Promise<Map<number, StageOutcome>> {
	const loadDate = todayInLondon();
	return onSeparateConnection(db, async (db) => {
		const id = `${Date.now().toString(36)}_${batches++}`;
		const staging = `${contract.table}__bulk_${id}`;
		const table = sqlIdentifier(staging);
		const rejects: RejectTables = { errors: `bulk_rejects_${id}`, scans: `bulk_scans_${id}` };
		// Names the app gives: each row's `__file` is one of these, never the user's file name.
		const registered = files.map((_, index) => `batch-${id}-${index}.csv`);
		const staged = new Map<number, StageOutcome>();
		let keep = false;
		try {
			await timed('register files', () => Promise.all(files.map((file, index) => db.registerFile(registered[index] as string, file.read))));
			const copyStart = performance.now();
			void Promise.allSettled(files.map((file) => file.copy())).then(() => marked('copy and digest (beside the read)', copyStart));
			try {
				await timed('read and check cells', () => db.query(bulkReadSql(contract, header, registered, staging, rejects, loadDate), [], { signal }));
			} catch {
				// Cancelled, or a file the reader cannot follow (say, two kinds of line ending): each is staged alone, which locates it.
				if (signal?.aborted) for (const file of files) staged.set(file.index, { kind: 'cancelled', name: file.name });
				return staged;
			}
			if (signal?.aborted) {
				for (const file of files) staged.set(file.index, { kind: 'cancelled', name: file.name });
				return staged;
			}
			const clean = await timed('contract checks', () => cleanFiles(db, contract, header, files, registered, table, rejects));
			if (clean.size === 0) return staged;
			const others = registered.filter((_, index) => !clean.has(index));
			if (others.length) await db.query(`DELETE FROM ${table} WHERE ${sqlIdentifier(fileColumn)} IN (${others.map(sqlString).join(', ')})`);
			const copies = await timed('wait for copy and digest', () => Promise.all(files.map((file) => file.copy())));
			await timed('provenance', () => fillBatchProvenance(db, contract, header, table, files, registered, clean, copies));
			const periods = await timed('periods', () => batchPeriods(db, contract, table));
			for (const [index, rows] of clean) {
				const file = files[index] as Pending;
				const copy = copies[index] as { kept: Blob; sha256: string };
				const part = registered[index] as string;
				staged.set(file.index, {
					kind: 'staged',
					file: {
						name: file.name,
						sha256: copy.sha256,
						blob: copy.kept,
						staging,
						part,
						check: { file: file.name, rowCount: rows, problems: [], conversions: new ConversionTally().report(contract) },
						loadedRows: rows,
						setAside: [],
						setAsideInvalid,
						periods: periods.get(part) ?? [],
						loadedAt: file.loadedAt
					}
				});
			}
			keep = true;
			return staged;
		} finally {
			if (!keep) await db.query(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
			for (const name of [rejects.errors, rejects.scans]) await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(name)}`).catch(() => undefined);
			for (const name of registered) await db.dropFile(name);
		}
	});
}

/** The files the read found clean, by their place in `files`, with their rows. */
async function cleanFiles(
	db: Database,
	contract: DatasetContract,
	header: readonly string[],
	files: readonly Pending[],
	registered: readonly string[],
	table: string,
	rejects: RejectTables
): Promise<Map<number, number>> {
	const clean = new Map<number, number>();
	// A header with a missing, extra or repeated column is a problem of each file: worded for each on its own.
	if (checkHeader(files[0]?.name ?? '', header, contract).length > 0) return clean;
	const refused = await db.query(
		`SELECT DISTINCT parse_filename(s.file_path) AS f FROM ${sqlIdentifier(rejects.errors)} AS e JOIN ${sqlIdentifier(rejects.scans)} AS s ON e.scan_id = s.scan_id AND e.file_id = s.file_id`
	);
	const withRejects = new Set(Array.from({ length: refused.numRows }, (_, i) => String(refused.get(i)?.['f'])));
	const counts = await db.query(
		`SELECT ${sqlIdentifier(fileColumn)} AS f, CAST(COUNT(*) AS INTEGER) AS n, CAST(COUNT(${rawFieldsColumn}) AS INTEGER) AS failing FROM ${table} GROUP BY ALL`
	);
	const byFile = new Map<string, { n: number; failing: number }>();
	for (let i = 0; i < counts.numRows; i++) {
		const row = counts.get(i);
		byFile.set(String(row?.['f']), { n: Number(row?.['n'] ?? 0), failing: Number(row?.['failing'] ?? 0) });
	}
	for (const [index, name] of registered.entries()) {
		const count = byFile.get(name);
		// No rows (the header only) is a problem too: left to the file's own check, which words it.
		if (count && count.n > 0 && count.failing === 0 && !withRejects.has(name)) clean.set(index, count.n);
	}
	return clean;
}

/** Gives the rows of files without provenance columns each file's own (name, SHA-256, load time), in one statement. */
async function fillBatchProvenance(
	db: Database,
	contract: DatasetContract,
	header: readonly string[],
	table: string,
	files: readonly Pending[],
	registered: readonly string[],
	clean: ReadonlyMap<number, number>,
	copies: readonly { sha256: string }[]
): Promise<void> {
	const missing = contract.columns.filter((column) => provenanceNames.includes(column.name) && !header.includes(column.name));
	if (missing.length === 0) return;
	const names = missing.map((_, index) => `p${index + 1}`);
	const values: (string | null)[] = [];
	for (const index of clean.keys()) {
		const file = files[index] as Pending;
		const provenance = uploadedProvenance(file.name, copies[index]?.sha256 ?? '', file.loadedAt);
		values.push(registered[index] as string, ...missing.map((column) => provenance[column.name] ?? ''));
	}
	const row = `(${['?', ...names].map(() => 'CAST(? AS VARCHAR)').join(', ')})`;
	// The file names are the user's: bound as parameters, never written into the SQL.
	await db.query(
		`UPDATE ${table} SET ${missing.map((column, index) => `${sqlIdentifier(column.name)} = CAST(v.${names[index]} AS ${sqlType(column)})`).join(', ')} FROM (VALUES ${[...clean.keys()].map(() => row).join(', ')}) AS v(f, ${names.join(', ')}) WHERE ${table}.${sqlIdentifier(fileColumn)} = v.f`,
		values
	);
}

/** The periods each file's rows cover, sorted, by its registered name. */
async function batchPeriods(db: Database, contract: DatasetContract, table: string): Promise<Map<string, string[]>> {
	const key = periodKeySql(contract);
	const periods = new Map<string, string[]>();
	if (!key) return periods;
	const result = await db.query(`SELECT DISTINCT ${sqlIdentifier(fileColumn)} AS f, ${key} AS p FROM ${table} WHERE ${key} IS NOT NULL ORDER BY f, p`);
	for (let i = 0; i < result.numRows; i++) {
		const row = result.get(i);
		const file = String(row?.['f']);
		periods.set(file, [...(periods.get(file) ?? []), String(row?.['p'])]);
	}
	return periods;
}
