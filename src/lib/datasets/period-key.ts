/**
 * The SQL that names the period a row belongs to, for "update the periods these
 * files cover": the contract's period column, and, where the contract says a
 * period is only its own within other columns (a police.uk month within its
 * force), those columns too, so one force's month never replaces another's.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import { sqlIdentifier } from '$lib/contracts/sql-types';

/** The period key of a row as a SQL text expression, or undefined when the dataset has no period column. */
export function periodKeySql(contract: DatasetContract): string | undefined {
	const period = contract.quality?.period;
	if (!period) return undefined;
	const within = contract.quality?.periodWithin ?? [];
	const month = `CAST(${sqlIdentifier(period)} AS VARCHAR)`;
	// NULL stays NULL when the period itself is blank: such rows belong to no period.
	return within.length === 0
		? month
		: `CASE WHEN ${sqlIdentifier(period)} IS NULL THEN NULL ELSE ${[month, ...within.map((column) => `COALESCE(CAST(${sqlIdentifier(column)} AS VARCHAR), '')`)].join(` || ' · ' || `)} END`;
}
