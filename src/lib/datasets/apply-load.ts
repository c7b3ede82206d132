/**
 * The SQL of one load: staged files take their place in the dataset's table
 * in one transaction, and the table as it was is kept beside it, so the last
 * load can be undone exactly. Call these within the database's turn (see
 * `takeTurn`), so no other caller's statement falls inside the transaction.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import { sqlIdentifier } from '$lib/contracts/sql-types';
import type { Database } from '$lib/database/database';
import { inTransaction } from '$lib/database/transaction';
import { fileColumn, rawFieldsColumn } from '$lib/validation/bulk-check-sql';
import { RowCountMismatchError } from './load-extract';
import type { LoadMode } from './saved-uploads';
import { stagedRowsSql, stagingTables, type StagedFile } from './stage-file';
import { periodKeySql } from './period-key';

/** The table holding a dataset as it was before its last load. */
export function previousTable(contract: DatasetContract): string {
	return `${contract.table}__previous`;
}

async function count(db: Database, table: string): Promise<number> {
	const result = await db.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${sqlIdentifier(table)}`);
	return Number(result.get(0)?.['n'] ?? -1);
}

/** Whether a load in this mode keys on periods: only when the dataset has a period column. */
export function updatesPeriods(contract: DatasetContract, mode: LoadMode): boolean {
	return mode === 'update-periods' && contract.quality?.period !== undefined;
}

/**
 * Applies staged files to a dataset as one change, all or nothing. In
 * "update the periods" mode the rows of the files' periods replace those
 * periods' rows and other periods stay; "replace" leaves only the files'
 * rows; "add" keeps every row. The rows after must be the rows kept plus the
 * rows staged, or nothing changes. With `keepPrevious`, the table as it was
 * stays as `previousTable` until the next load (undo); the staging tables go.
 */
export async function applyStaged(db: Database, contract: DatasetContract, files: readonly StagedFile[], mode: LoadMode, keepPrevious: boolean): Promise<number> {
	const table = sqlIdentifier(contract.table);
	const previous = sqlIdentifier(previousTable(contract));
	const incoming = files.reduce((sum, file) => sum + file.loadedRows, 0);
	const period = contract.quality?.period;
	let keep = 'TRUE';
	if (mode === 'replace' || (mode === 'update-periods' && !period)) keep = 'FALSE';
	else if (mode === 'update-periods' && period && files.length) {
		const key = periodKeySql(contract) as string;
		keep = `${sqlIdentifier(period)} IS NULL OR ${key} NOT IN (${stagedRowsSql(files, key)})`;
	}
	return inTransaction(db, async () => {
		await db.query(`DROP TABLE IF EXISTS ${previous}`);
		await db.query(`ALTER TABLE ${table} RENAME TO ${previous}`);
		await db.query(`CREATE TABLE ${table} AS SELECT * FROM ${previous} WHERE ${keep}`);
		const kept = await count(db, contract.table);
		// The contract's columns by name: a staging table shared by files read together also holds each row's file.
		const columns = contract.columns.map((column) => sqlIdentifier(column.name)).join(', ');
		const base = await baseStaging(db, files, kept);
		const rest = base ? files.filter((file) => file.staging !== base) : files;
		if (base) {
			// The staging table becomes the dataset's table, and the fewer kept rows join it: copying rows is what costs.
			await db.query(`INSERT INTO ${sqlIdentifier(base)} (${columns}) SELECT ${columns} FROM ${table}`);
			await db.query(`DROP TABLE ${table}`);
			if (files.some((file) => file.staging === base && file.part !== undefined)) {
				for (const extra of [rawFieldsColumn, fileColumn]) await db.query(`ALTER TABLE ${sqlIdentifier(base)} DROP COLUMN ${sqlIdentifier(extra)}`);
			}
			await db.query(`ALTER TABLE ${sqlIdentifier(base)} RENAME TO ${table}`);
		}
		if (rest.length) await db.query(`INSERT INTO ${table} ${stagedRowsSql(rest, columns)}`);
		const after = await count(db, contract.table);
		if (after !== kept + incoming) {
			throw new RowCountMismatchError(`The check accepted ${incoming} rows but the database added ${after - kept}; nothing was loaded.`);
		}
		if (!keepPrevious) await db.query(`DROP TABLE ${previous}`);
		for (const staging of stagingTables(rest)) await db.query(`DROP TABLE ${sqlIdentifier(staging)}`);
		return after;
	});
}

/**
 * The staging table that can become the dataset's table whole: the largest
 * holding only rows of these files, with at least as many rows as are kept.
 */
async function baseStaging(db: Database, files: readonly StagedFile[], kept: number): Promise<string | undefined> {
	const sizes = stagingTables(files)
		.map((staging) => ({ staging, rows: files.filter((file) => file.staging === staging).reduce((sum, file) => sum + file.loadedRows, 0) }))
		.filter((each) => each.rows >= kept && each.rows > 0)
		.sort((a, b) => b.rows - a.rows);
	const largest = sizes[0];
	// A table shared by files read together may hold rows of files not in this load: then it cannot be taken whole.
	return largest && (await count(db, largest.staging)) === largest.rows ? largest.staging : undefined;
}

/** Puts back the table as it was before the last load, if it is still kept; true when it was. */
export async function restorePrevious(db: Database, contract: DatasetContract): Promise<boolean> {
	const exists = await db.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM duckdb_tables() WHERE table_name = ?`, [previousTable(contract)]);
	if (Number(exists.get(0)?.['n'] ?? 0) === 0) return false;
	await inTransaction(db, async () => {
		await db.query(`DROP TABLE ${sqlIdentifier(contract.table)}`);
		await db.query(`ALTER TABLE ${sqlIdentifier(previousTable(contract))} RENAME TO ${sqlIdentifier(contract.table)}`);
	});
	return true;
}

/** Forgets the table kept for undo. */
export async function dropPrevious(db: Database, contract: DatasetContract): Promise<void> {
	await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(previousTable(contract))}`);
}

/** A dataset's rows as DuckDB holds them, as text in contract order (NULL as blank), for a snapshot. */
export async function tableRows(db: Database, contract: DatasetContract): Promise<string[][]> {
	const names = contract.columns.map((_, index) => `c${index}`);
	const select = contract.columns.map((column, index) => `CAST(${sqlIdentifier(column.name)} AS VARCHAR) AS ${names[index]}`).join(', ');
	const result = await db.query(`SELECT ${select} FROM ${sqlIdentifier(contract.table)} ORDER BY ALL`);
	// Column by column: reading Arrow rows one by one is slow for a year of crimes.
	const columns = names.map((name) => Array.from(result.getChild(name) ?? [], (value) => (value as string | null) ?? ''));
	return Array.from({ length: result.numRows }, (_, i) => columns.map((column) => column[i] ?? ''));
}
