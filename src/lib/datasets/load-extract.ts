import type { DatasetContract } from '$lib/contracts/contract';
import { createTableSql, sqlIdentifier } from '$lib/contracts/sql-types';
import type { Database } from '$lib/database/database';
import { inTransaction } from '$lib/database/transaction';
import { checkCsv, type CheckResult } from '$lib/validation/check-csv';

/** Raised when DuckDB reads a different number of rows than the check counted. */
export class RowCountMismatchError extends Error {
	override name = 'RowCountMismatchError';
}

/**
 * Checks an extract against its contract and, only if it passes, loads it into
 * the contract's table. A failing extract touches nothing, so what was loaded
 * before stays. After loading, the table's row count must equal the rows the
 * check read: no row is ever dropped silently.
 */
export async function loadExtract(db: Database, contract: DatasetContract, file: string, text: string): Promise<CheckResult> {
	const check = checkCsv(file, text, contract);
	if (check.problems.length > 0) return check;
	await loadCheckedExtract(db, contract, check, text);
	return check;
}

/** How an upload joins what is loaded: in place of it, or after it. */
export type LoadMode = 'replace' | 'append';

/**
 * Loads checked CSV text (columns in contract order) into the contract's
 * table, replacing or appending, all or nothing: the rows go to a staging
 * table first, are counted, and only then take the table's place or join it
 * inside one transaction. If anything fails, the table is as it was.
 */
export function loadRows(db: Database, contract: DatasetContract, csv: string, expectedRows: number, mode: LoadMode): Promise<void> {
	return takeTurn(db, () => loadRowsNow(db, contract, csv, expectedRows, mode));
}

/**
 * Runs `work` when the database's earlier writes have finished. One connection
 * serves every caller, so writes take turns: a transaction must never
 * interleave with another caller's statements on it.
 */
export function takeTurn<T>(db: Database, work: () => Promise<T>): Promise<T> {
	const previous = writeQueues.get(db) ?? Promise.resolve();
	const next = previous.then(work);
	writeQueues.set(
		db,
		next.catch(() => undefined)
	);
	return next;
}

const writeQueues = new WeakMap<Database, Promise<unknown>>();

async function loadRowsNow(db: Database, contract: DatasetContract, csv: string, expectedRows: number, mode: LoadMode): Promise<void> {
	const staging = { ...contract, table: `${contract.table}__incoming` };
	const registered = `${contract.id}-incoming.csv`;
	await db.registerCsv(registered, csv);
	await db.query(createTableSql(staging, registered));
	await moveStaging(db, contract, staging.table, expectedRows, mode);
}

/**
 * Puts a staging table (the contract's columns, in order) in the dataset's
 * place or after its rows, all or nothing: its rows are counted first, and
 * the swap or insert runs in one transaction. If anything fails, the staging
 * table is dropped and the dataset's table is as it was. Call within a turn.
 */
export async function moveStaging(db: Database, contract: DatasetContract, stagingTable: string, expectedRows: number, mode: LoadMode): Promise<void> {
	const staging = sqlIdentifier(stagingTable);
	const counted = await db.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${staging}`);
	const loaded = Number(counted.get(0)?.['n'] ?? -1);
	if (loaded !== expectedRows) {
		await db.query(`DROP TABLE ${staging}`);
		throw new RowCountMismatchError(`The check accepted ${expectedRows} rows but the database read ${loaded}; nothing was loaded.`);
	}
	const table = sqlIdentifier(contract.table);
	try {
		await inTransaction(db, async () => {
			if (mode === 'replace') {
				await db.query(`DROP TABLE IF EXISTS ${table}`);
				await db.query(`ALTER TABLE ${staging} RENAME TO ${table}`);
			} else {
				await db.query(`INSERT INTO ${table} SELECT * FROM ${staging}`);
				await db.query(`DROP TABLE ${staging}`);
			}
		});
	} catch (error) {
		await db.query(`DROP TABLE IF EXISTS ${staging}`).catch(() => undefined);
		throw error;
	}
}

/** Loads an extract that has already passed its check (see `loadExtract`). */
export async function loadCheckedExtract(db: Database, contract: DatasetContract, check: CheckResult, text: string): Promise<void> {
	const file = check.file;
	const registered = `${contract.id}.csv`;
	await db.registerCsv(registered, text.startsWith('\uFEFF') ? text.slice(1) : text);
	await db.query(createTableSql(contract, registered));
	const counted = await db.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${sqlIdentifier(contract.table)}`);
	const loaded = Number(counted.get(0)?.['n'] ?? -1);
	if (loaded !== check.rowCount) {
		throw new RowCountMismatchError(`${file}: the check read ${check.rowCount} rows but the database loaded ${loaded}.`);
	}
}
