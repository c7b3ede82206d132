/**
 * The contract check as SQL, for large files read by DuckDB's own CSV reader.
 * Every cell is read as text (no type guessing), tested with the same rules
 * as `check-value.ts`, and cast to the contract's SQL type in the same pass.
 * A row that fails any test keeps its raw fields in `__raw`, so the exact
 * problems can then be worded by the same code as for small files
 * (`checkRow`); a valid row keeps only its typed values.
 */
import type { ColumnContract, DatasetContract } from '$lib/contracts/contract';
import { sqlIdentifier, sqlString, sqlType } from '$lib/contracts/sql-types';

/** The name DuckDB gives the file's n-th column (1-based): positional, so odd or repeated headers cannot clash. */
export const rawColumn = (position: number) => `c${position}`;

/** The column that holds a failing row's fields, in the file's order. */
export const rawFieldsColumn = '__raw';

/** True when a non-blank cell (`ref`, VARCHAR) is a valid value: the same rules as `isValidValue`. */
export function validValueSql(column: ColumnContract, ref: string): string {
	const tests: string[] = [];
	if (column.allowed) tests.push(`${ref} IN (${column.allowed.map(sqlString).join(', ')})`);
	const matches = (pattern: string) => `regexp_full_match(${ref}, ${sqlString(pattern)})`;
	switch (column.type) {
		case 'text':
			break;
		case 'integer':
			// As JavaScript's Number.isSafeInteger: at most 2^53 - 1 either way.
			tests.push(matches('-?[0-9]+'), `TRY_CAST(${ref} AS HUGEINT) BETWEEN -9007199254740991 AND 9007199254740991`);
			break;
		case 'decimal':
			tests.push(matches(`-?[0-9]+(\\.[0-9]{1,${column.decimalPlaces ?? 2}})?`));
			break;
		case 'date':
			// A real calendar date; years before 100 are refused, as the small-file check does.
			tests.push(matches('[0-9]{4}-[0-9]{2}-[0-9]{2}'), `${ref} >= '0100'`, `TRY_CAST(${ref} AS DATE) IS NOT NULL`);
			break;
		case 'boolean':
			tests.push(`${ref} IN ('true', 'false')`);
			break;
		case 'financial-year':
			tests.push(
				matches('[0-9]{4}/[0-9]{2}'),
				`(TRY_CAST(substr(${ref}, 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(${ref}, 6, 2) AS INTEGER)`
			);
			break;
		case 'month':
			tests.push(matches('[0-9]{4}-(0[1-9]|1[0-2])'));
			break;
	}
	return tests.length ? `COALESCE(${tests.join(' AND ')}, false)` : 'true';
}

/** True when a cell passes its column's check; DuckDB reads a blank cell as NULL. */
export function cellPassesSql(column: ColumnContract, ref: string): string {
	const valid = validValueSql(column, ref);
	if (column.required) return valid === 'true' ? `${ref} IS NOT NULL` : `(${ref} IS NOT NULL AND ${valid})`;
	return valid === 'true' ? 'true' : `(${ref} IS NULL OR ${valid})`;
}

/** The contract's typed value of a cell; a cast the type cannot hold is caught by `castHoldsSql`. */
function typedSql(column: ColumnContract, ref: string): string {
	const type = sqlType(column);
	return type === 'VARCHAR' ? ref : `TRY_CAST(${ref} AS ${type})`;
}

function castHoldsSql(column: ColumnContract, ref: string): string | undefined {
	const type = sqlType(column);
	return type === 'VARCHAR' ? undefined : `(${ref} IS NULL OR TRY_CAST(${ref} AS ${type}) IS NOT NULL)`;
}

/** Names for the reader's reject tables, unique to one read. */
export interface RejectTables {
	readonly errors: string;
	readonly scans: string;
}

/**
 * The statement that reads a registered CSV into `staging`: the contract's
 * columns, typed and in the contract's order, plus `__raw` for failing rows.
 * Rows with the wrong number of fields go to the reject tables, not the table.
 */
export function bulkReadSql(
	contract: DatasetContract,
	header: readonly string[],
	registeredFile: string,
	staging: string,
	rejects: RejectTables
): string {
	const position = (name: string) => header.indexOf(name) + 1;
	const present = contract.columns.filter((column) => position(column.name) > 0);
	const ref = (column: ColumnContract) => sqlIdentifier(rawColumn(position(column.name)));
	const typed = present.map((column) => `${typedSql(column, ref(column))} AS ${sqlIdentifier(column.name)}`);
	const tests = present.flatMap((column) => [cellPassesSql(column, ref(column)), castHoldsSql(column, ref(column)) ?? 'true']).filter((test) => test !== 'true');
	const raw = `[${header.map((_, index) => sqlIdentifier(rawColumn(index + 1))).join(', ')}]`;
	const failing = tests.length ? `CASE WHEN NOT (${tests.join(' AND ')}) THEN ${raw} END` : 'CAST(NULL AS VARCHAR[])';
	const columns = header.map((_, index) => `${sqlString(rawColumn(index + 1))}: 'VARCHAR'`).join(', ');
	return [
		`CREATE OR REPLACE TABLE ${sqlIdentifier(staging)} AS`,
		`SELECT ${[...typed, `${failing} AS ${rawFieldsColumn}`].join(', ')}`,
		`FROM read_csv(${sqlString(registeredFile)},`,
		`  header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',`,
		`  columns = {${columns}},`,
		`  store_rejects = true, rejects_table = ${sqlString(rejects.errors)}, rejects_scan = ${sqlString(rejects.scans)})`
	].join('\n');
}
