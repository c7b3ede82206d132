/**
 * Whether a view has figures for the pack's period: a view with none is left
 * out of the pack, with a line in the contents saying why, rather than
 * printing pages of "none recorded".
 */
import type { DatasetContract } from '$lib/contracts/contract';
import { sqlIdentifier } from '$lib/contracts/sql-types';
import type { Connector } from '$lib/database/database';
import type { DateRange } from '$lib/filters/period';
import { rowsOf } from '$lib/database/arrow-rows';

/** The SQL for a date a row's period column starts on, by the column's type: a date, a month (YYYY-MM) or a financial year (YYYY/YY). */
function periodStartSql(contract: DatasetContract, column: string): string | undefined {
	const type = contract.columns.find((candidate) => candidate.name === column)?.type;
	const name = sqlIdentifier(column);
	if (type === 'date') return `CAST(${name} AS DATE)`;
	if (type === 'month') return `CAST(${name} || '-01' AS DATE)`;
	if (column === 'financial_year') return `make_date(CAST(left(${name}, 4) AS INTEGER), 4, 1)`;
	return undefined;
}

/** How long one row's period lasts from its start, by the column's type. */
function periodLength(contract: DatasetContract, column: string): string {
	const type = contract.columns.find((candidate) => candidate.name === column)?.type;
	if (type === 'month') return 'INTERVAL 1 MONTH';
	if (column === 'financial_year') return 'INTERVAL 1 YEAR';
	return 'INTERVAL 1 DAY';
}

/** The SQL counting a dataset's rows whose period overlaps $1 (first day) to $2 (day after), or undefined when it has no period. */
export function rowsInPeriodSql(contract: DatasetContract): string | undefined {
	const column = contract.quality?.period;
	if (!column) return undefined;
	const start = periodStartSql(contract, column);
	if (!start) return undefined;
	return `SELECT CAST(count(*) AS INTEGER) AS n FROM ${sqlIdentifier(contract.table)} WHERE ${start} < CAST($2 AS DATE) AND ${start} + ${periodLength(contract, column)} > CAST($1 AS DATE)`;
}

/**
 * True when any of the view's datasets that is recorded by period holds a row
 * in the range; a view whose datasets have no period (the plan's aims) always has data.
 */
export async function viewHasData(db: Connector, datasets: readonly DatasetContract[], range: DateRange): Promise<boolean> {
	const counted = datasets.map((contract) => rowsInPeriodSql(contract)).filter((sql): sql is string => sql !== undefined);
	if (counted.length === 0) return true;
	for (const sql of counted) {
		const [row] = rowsOf<{ n: number }>(await db.query(sql, [range.start, range.end]));
		if ((row?.n ?? 0) > 0) return true;
	}
	return false;
}
