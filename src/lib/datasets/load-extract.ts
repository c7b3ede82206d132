import type { DatasetContract } from '$lib/contracts/contract';
import { createTableSql, sqlIdentifier } from '$lib/contracts/sql-types';
import type { Database } from '$lib/database/database';
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
export async function loadExtract(
	db: Database,
	contract: DatasetContract,
	file: string,
	text: string
): Promise<CheckResult> {
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
export function loadRows(
	db: Database,
	contract: DatasetContract,
	csv: string,
	expectedRows: number,
	mode: LoadMode
): Promise<void> {
	// One connection serves every caller, so loads take turns: two transactions
	// must never interleave on it.
	const previous = writeQueues.get(db) ?? Promise.resolve();
	const next = previous.then(() => loadRowsNow(db, contract, csv, expectedRows, mode));
	writeQueues.set(db, next.catch(() => undefined));
	return next;
}

const writeQueues = new WeakMap<Database, Promise<void>>();

async function loadRowsNow(
	db: Database,
	contract: DatasetContract,
	csv: string,
	expectedRows: number,
	mode: LoadMode
): Promise<void> {
	const staging = { ...contract, table: `${contract.table}__incoming` };
	const registered = `${contract.id}-incoming.csv`;
	await db.registerCsv(registered, csv);
	await db.query(createTableSql(staging, registered));
	const counted = await db.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${sqlIdentifier(staging.table)}`);
	const loaded = Number(counted.get(0)?.['n'] ?? -1);
	if (loaded !== expectedRows) {
		await db.query(`DROP TABLE ${sqlIdentifier(staging.table)}`);
		throw new RowCountMismatchError(`The check accepted ${expectedRows} rows but the database read ${loaded}; nothing was loaded.`);
	}
	const table = sqlIdentifier(contract.table);
	await db.query('BEGIN TRANSACTION');
	try {
		if (mode === 'replace') {
			await db.query(`DROP TABLE IF EXISTS ${table}`);
			await db.query(`ALTER TABLE ${sqlIdentifier(staging.table)} RENAME TO ${table}`);
		} else {
			await db.query(`INSERT INTO ${table} SELECT * FROM ${sqlIdentifier(staging.table)}`);
			await db.query(`DROP TABLE ${sqlIdentifier(staging.table)}`);
		}
		await db.query('COMMIT');
	} catch (error) {
		await db.query('ROLLBACK');
		throw error;
	}
}

/** Loads an extract that has already passed its check (see `loadExtract`). */
export async function loadCheckedExtract(
	db: Database,
	contract: DatasetContract,
	check: CheckResult,
	text: string
): Promise<void> {
	const file = check.file;
	const registered = `${contract.id}.csv`;
	await db.registerCsv(registered, text.startsWith('\uFEFF') ? text.slice(1) : text);
	await db.query(createTableSql(contract, registered));
	const counted = await db.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${sqlIdentifier(contract.table)}`);
	const loaded = Number(counted.get(0)?.['n'] ?? -1);
	if (loaded !== check.rowCount) {
		throw new RowCountMismatchError(
			`${file}: the check read ${check.rowCount} rows but the database loaded ${loaded}.`
		);
	}
}
