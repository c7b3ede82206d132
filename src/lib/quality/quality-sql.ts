import type { ColumnContract, DatasetContract } from '$lib/contracts/contract';
import { sqlIdentifier } from '$lib/contracts/sql-types';

/**
 * The SQL of the generic quality checks, written from a contract's quality
 * hints. Only names from the contract go into it, never a user's value; the
 * one value (today's date, for freshness) is a parameter.
 */

function column(contract: DatasetContract, name: string): ColumnContract {
	const found = contract.columns.find((c) => c.name === name);
	if (!found) throw new Error(`${contract.id}: quality hint names a column "${name}" it does not have`);
	return found;
}

/** An expression giving the first day of the period a row covers. */
export function periodStartExpression(contract: DatasetContract, name: string): string {
	const id = sqlIdentifier(name);
	switch (column(contract, name).type) {
		case 'date':
			return id;
		case 'month':
			return `CAST(${id} || '-01' AS DATE)`;
		case 'financial-year':
			return `make_date(CAST(left(${id}, 4) AS INTEGER), 4, 1)`;
		default:
			throw new Error(`${contract.id}: "${name}" is not a date, month or financial year`);
	}
}

/** An expression giving the last day of the period a row covers. */
function periodEndExpression(contract: DatasetContract, name: string): string {
	const start = periodStartExpression(contract, name);
	switch (column(contract, name).type) {
		case 'month':
			return `CAST(${start} + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE)`;
		case 'financial-year':
			return `CAST(${start} + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE)`;
		default:
			return start;
	}
}

/** Rows, duplicate rows (alike in the key), rows with a blank key when those are not compared, and the first and last day covered. */
export function profileSql(contract: DatasetContract): string {
	const table = sqlIdentifier(contract.table);
	const keyNames = contract.quality?.key ?? contract.columns.map((c) => c.name);
	const key = keyNames.map(sqlIdentifier).join(', ');
	// With ignoreBlankKey, only rows whose every key cell holds something are compared.
	const keyed = contract.quality?.ignoreBlankKey ? keyNames.map((name) => `coalesce(CAST(${sqlIdentifier(name)} AS VARCHAR), '') <> ''`).join(' AND ') : 'true';
	const period = contract.quality?.period;
	const first = period ? `CAST(min(${periodStartExpression(contract, period)}) AS VARCHAR)` : 'NULL';
	const last = period ? `CAST(max(${periodEndExpression(contract, period)}) AS VARCHAR)` : 'NULL';
	return [
		'SELECT',
		'  CAST(count(*) AS INTEGER) AS row_count,',
		// Distinct 64-bit row hashes, not distinct rows: at a million police.uk rows a DISTINCT over every
		// column builds a hash table of several hundred MB in the tab; the hashes need a few MB. Two
		// different rows share a hash about once in 30 million files of a million rows: it would read as a duplicate.
		`  CAST(count(*) FILTER (WHERE ${keyed}) - count(DISTINCT hash(${key})) FILTER (WHERE ${keyed}) AS INTEGER) AS duplicate_rows,`,
		`  CAST(count(*) FILTER (WHERE NOT (${keyed})) AS INTEGER) AS unkeyed_rows,`,
		`  ${first} AS first_day,`,
		`  ${last} AS last_day,`,
		`  CAST(CAST(? AS DATE) - max(${period ? periodEndExpression(contract, period) : 'NULL::DATE'}) AS INTEGER) AS days_old`,
		`FROM ${table}`
	].join('\n');
}

/** Gaps in a regular series: weeks or months missing between each group's first and last. */
export function gapsSql(contract: DatasetContract): string | undefined {
	const series = contract.quality?.series;
	if (!series) return undefined;
	const step = periodStartExpression(contract, series.column);
	const by = series.by.map(sqlIdentifier).join(', ');
	return [
		'WITH groups AS (',
		`  SELECT ${by}, min(${step}) AS lo, max(${step}) AS hi, count(DISTINCT ${step}) AS present`,
		`  FROM ${sqlIdentifier(contract.table)} GROUP BY ${by}`,
		')',
		`SELECT CAST(coalesce(sum(date_diff('${series.step}', lo, hi) + 1 - present), 0) AS INTEGER) AS missing,`,
		'  CAST(count(*) AS INTEGER) AS series_count',
		'FROM groups'
	].join('\n');
}
