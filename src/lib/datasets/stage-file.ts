/**
 * One chosen file, read and checked into a staging table of its own, before
 * anything it holds reaches its dataset. DuckDB's reader does the work (see
 * `bulk-upload.ts`), whatever the file's size; a file it cannot follow (not
 * UTF-8, mixed line endings) is checked the papaparse way instead, with the
 * same problems and counts.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import { createTableSql, sqlIdentifier, sqlString } from '$lib/contracts/sql-types';
import type { Database } from '$lib/database/database';
import { fileColumn } from '$lib/validation/bulk-check-sql';
import type { CheckResult } from '$lib/validation/check-csv';
import { decodeText, maxTextBytes, megabytes } from '$lib/validation/decode-text';
import { checkBulk } from './bulk-upload';
import { keepCopy } from './file-copy';
import { periodKeySql } from './period-key';
import { prepareUpload, type SetAsideRow } from './prepare-upload';

/** A file checked and staged: its rows wait in `staging`, in the contract's columns. */
export interface StagedFile {
	readonly name: string;
	readonly sha256: string;
	readonly blob: Blob;
	readonly staging: string;
	readonly check: CheckResult;
	readonly loadedRows: number;
	readonly setAside: readonly SetAsideRow[];
	readonly setAsideInvalid: boolean;
	/** The periods its rows cover, sorted; empty when the dataset has no period column. */
	readonly periods: readonly string[];
	/** When it was first read: the provenance of a file without provenance columns says so, and a reload keeps it. */
	readonly loadedAt: string;
	/**
	 * Files read together share one staging table, each row naming its file in
	 * `__file`: this file's rows are those whose `__file` is `part`. Absent
	 * when the file has a staging table of its own.
	 */
	readonly part?: string;
}

/** How staging one file ended. */
export type StageOutcome =
	| { readonly kind: 'staged'; readonly file: StagedFile }
	| { readonly kind: 'rejected'; readonly name: string; readonly check: CheckResult }
	| { readonly kind: 'unreadable'; readonly name: string; readonly reason: string }
	| { readonly kind: 'cancelled'; readonly name: string };

let stagings = 0;

/** A file's copy for the device and its SHA-256, made from one read of its bytes (see `keepCopy`). */
export type FileCopy = () => Promise<{ readonly kept: Blob; readonly sha256: string }>;

/**
 * Reads and checks one file into a staging table; nothing of its dataset
 * changes. DuckDB reads `blob` itself while `copy` (by default a copy of
 * `blob` and its digest; a file kept on the device is its own copy) is made
 * beside the read, on the other core: made first, it held up a large file's
 * read by the time it takes to read and digest the whole file.
 */
export async function stageFile(
	db: Database,
	contract: DatasetContract,
	name: string,
	blob: Blob,
	setAsideInvalid: boolean,
	signal?: AbortSignal,
	copy: FileCopy = () => keepCopy(blob),
	loadedAt = new Date().toISOString()
): Promise<StageOutcome> {
	const copying = copy();
	// The file's own digest and first load time, so the rows of a file without provenance columns read the same after a reload.
	const provenance = copying.then(({ sha256 }) => ({ sha256, loadedAt }));
	// Asked for only by a file without provenance columns; a failed copy is reported below either way.
	provenance.catch(() => undefined);
	const [read, copied] = await Promise.allSettled([checkBulk(db, contract, name, blob, setAsideInvalid, signal, { provenance }), copying]);
	if (read.status === 'rejected') throw read.reason;
	const bulk = read.value;
	if (copied.status === 'rejected') {
		// Nothing staged stays without the copy the device would keep.
		if (bulk.kind === 'prepared') await discardStaged(db, [{ staging: bulk.staging }]);
		throw copied.reason;
	}
	// A chosen file is kept as a copy of its bytes (see `keepCopy`); a file kept on the device is that copy already.
	const { kept, sha256: hash } = copied.value;
	if (bulk.kind === 'cancelled') return { kind: 'cancelled', name };
	if (bulk.kind === 'rejected') return { kind: 'rejected', name, check: bulk.check };
	if (bulk.kind === 'prepared') {
		const periods = await periodsOf(db, contract, bulk.staging);
		return {
			kind: 'staged',
			file: { name, sha256: hash, blob: kept, staging: bulk.staging, check: bulk.check, loadedRows: bulk.loadedRows, setAside: bulk.setAside, setAsideInvalid, periods, loadedAt }
		};
	}
	return stageAsText(db, contract, name, kept, setAsideInvalid, { sha256: hash, loadedAt }, bulk.reason);
}

/** The papaparse check, for a file DuckDB's reader could not follow. */
async function stageAsText(
	db: Database,
	contract: DatasetContract,
	name: string,
	blob: Blob,
	setAsideInvalid: boolean,
	provenance: { sha256: string; loadedAt: string },
	engineReason: string
): Promise<StageOutcome> {
	if (blob.size > maxTextBytes) {
		return {
			kind: 'unreadable',
			name,
			reason: `the file is ${megabytes(blob.size)}, and a file that is not UTF-8 with one kind of line ending can be at most ${megabytes(maxTextBytes)} (the query engine could not read it: ${engineReason.replace(/\.$/, '')}).`
		};
	}
	const decoded = decodeText(new Uint8Array(await blob.arrayBuffer()));
	if (!decoded.ok) return { kind: 'unreadable', name, reason: decoded.reason };
	const text = decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
	if (text.trim() === '') return { kind: 'unreadable', name, reason: 'the file holds only blank lines.' };
	const result = prepareUpload(name, text, contract, setAsideInvalid, undefined, undefined, { provenance });
	if ('rejected' in result) return { kind: 'rejected', name, check: result.rejected };
	const { prepared } = result;
	const staging = `${contract.table}__text_${Date.now().toString(36)}_${stagings++}`;
	const registered = `${staging}.csv`;
	await db.registerCsv(registered, prepared.csv);
	try {
		await db.query(createTableSql({ ...contract, table: staging }, registered));
	} finally {
		await db.dropFile(registered);
	}
	const periods = await periodsOf(db, contract, staging);
	return {
		kind: 'staged',
		file: {
			name,
			sha256: provenance.sha256,
			blob,
			staging,
			check: prepared.check,
			loadedRows: prepared.loadedRows,
			setAside: prepared.setAside,
			setAsideInvalid,
			periods,
			loadedAt: provenance.loadedAt
		}
	};
}

/** The distinct periods a table's rows cover, as text, sorted. */
export async function periodsOf(db: Database, contract: DatasetContract, table: string): Promise<string[]> {
	const key = periodKeySql(contract);
	if (!key) return [];
	const result = await db.query(`SELECT DISTINCT ${key} AS p FROM ${sqlIdentifier(table)} WHERE ${key} IS NOT NULL ORDER BY p`);
	return Array.from({ length: result.numRows }, (_, i) => String(result.get(i)?.['p']));
}

/** The staging tables these files' rows wait in, each once (files read together share one). */
export function stagingTables(files: readonly Pick<StagedFile, 'staging'>[]): string[] {
	return [...new Set(files.map((file) => file.staging))];
}

/**
 * A query of `columns` over the staged rows of these files: one SELECT per
 * staging table, a shared table's rows kept to these files' parts.
 */
export function stagedRowsSql(files: readonly StagedFile[], columns: string): string {
	return stagingTables(files)
		.map((table) => {
			// `part` is a name the app gave the file when registering it, never the user's.
			const parts = files.filter((file) => file.staging === table && file.part !== undefined).map((file) => sqlString(file.part as string));
			return `SELECT ${columns} FROM ${sqlIdentifier(table)}${parts.length ? ` WHERE ${sqlIdentifier(fileColumn)} IN (${parts.join(', ')})` : ''}`;
		})
		.join(' UNION ALL ');
}

/** Drops staged files that will not be loaded. */
export async function discardStaged(db: Database, files: readonly Pick<StagedFile, 'staging'>[]): Promise<void> {
	for (const table of stagingTables(files)) await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(table)}`).catch(() => undefined);
}
