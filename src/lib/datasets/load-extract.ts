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
