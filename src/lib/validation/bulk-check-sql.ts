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
import { decimalWholeDigits, integerRange, todayInLondon } from './check-value';

/** The name DuckDB gives the file's n-th column (1-based): positional, so odd or repeated headers cannot clash. */
export const rawColumn = (position: number) => `c${position}`;

/** The column that holds a failing row's fields, in the file's order. */
export const rawFieldsColumn = '__raw';

/**
 * True when a non-blank cell (`ref`, VARCHAR) is already in the dictionary's
 * form and within its column's limits: the same rules as `isValidValue`. A
 * cell that fails is read again by `readRow`, which converts it or words its problem.
 */
export function validValueSql(column: ColumnContract, ref: string, loadDate: string = todayInLondon()): string {
	const tests: string[] = [];
	if (column.allowed) tests.push(`${ref} IN (${column.allowed.map(sqlString).join(', ')})`);
	const matches = (pattern: string) => `regexp_full_match(${ref}, ${sqlString(pattern)})`;
	switch (column.type) {
		case 'text':
			break;
		case 'integer':
			// What the INTEGER column holds.
			tests.push(matches('-?[0-9]+'), `TRY_CAST(${ref} AS HUGEINT) BETWEEN ${integerRange.min} AND ${integerRange.max}`);
			break;
		case 'decimal':
			// At most the places allowed, and no more digits before the point than DECIMAL(18, places) holds.
			tests.push(matches(`-?[0-9]+(\\.[0-9]{1,${column.decimalPlaces ?? 2}})?`), `length(regexp_extract(${ref}, '^-?0*([0-9]*)', 1)) <= ${decimalWholeDigits(column)}`);
			break;
		case 'date':
			// A real calendar date; years before 100 are refused, as the small-file check does.
			tests.push(matches('[0-9]{4}-[0-9]{2}-[0-9]{2}'), `${ref} >= '0100'`, `TRY_CAST(${ref} AS DATE) IS NOT NULL`);
			if (column.notAfterLoadDate) tests.push(`${ref} <= ${sqlString(loadDate)}`);
			break;
		case 'boolean':
			tests.push(`${ref} IN ('true', 'false')`);
			break;
		case 'financial-year':
			tests.push(matches('[0-9]{4}/[0-9]{2}'), `(TRY_CAST(substr(${ref}, 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(${ref}, 6, 2) AS INTEGER)`);
			break;
		case 'month':
			tests.push(matches('[0-9]{4}-(0[1-9]|1[0-2])'));
			if (column.notAfterLoadDate) tests.push(`${ref} <= ${sqlString(loadDate.slice(0, 7))}`);
			break;
	}
	if (column.type === 'integer' || column.type === 'decimal') {
		if (column.min !== undefined) tests.push(`TRY_CAST(${ref} AS DOUBLE) >= ${column.min}`);
		if (column.max !== undefined) tests.push(`TRY_CAST(${ref} AS DOUBLE) <= ${column.max}`);
	}
	return tests.length ? `COALESCE(${tests.join(' AND ')}, false)` : 'true';
}

/** True when a cell passes its column's check; DuckDB reads a blank cell as NULL. */
export function cellPassesSql(column: ColumnContract, ref: string, loadDate?: string): string {
	const valid = validValueSql(column, ref, loadDate);
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
 * True when a row keeps the contract's rules between columns (on the typed
 * values; a blank or uncastable cell leaves a rule to `readRow`, the row
 * failing on its own cells anyway).
 */
function rulesHoldSql(contract: DatasetContract, typed: (name: string) => string | undefined): string[] {
	return (contract.rules ?? []).flatMap((rule) => {
		const left = rule.left.map(typed);
		const right = typed(rule.right);
		if (right === undefined || left.some((ref) => ref === undefined)) return [];
		return [`(${left.join(' + ')} <= ${right}) IS NOT FALSE`];
	});
}

/** The column that names each row's registered file, when several files are read together. */
export const fileColumn = '__file';

/**
 * The statement that reads a registered CSV into `staging`: the contract's
 * columns, typed and in the contract's order, plus `__raw` for failing rows.
 * Rows with the wrong number of fields go to the reject tables, not the table.
 * A provenance column the file leaves out is staged blank, to be filled in
 * for the whole file afterwards (see `uploadedProvenance`). Given a list of
 * files (all with this header), one read takes them all, and each row keeps
 * its registered file's name in `__file` (the name alone, wherever the engine
 * keeps its files), for located problems and provenance.
 */
export function bulkReadSql(
	contract: DatasetContract,
	header: readonly string[],
	registeredFile: string | readonly string[],
	staging: string,
	rejects: RejectTables,
	loadDate: string = todayInLondon()
): string {
	const position = (name: string) => header.indexOf(name) + 1;
	const present = contract.columns.filter((column) => position(column.name) > 0);
	const ref = (column: ColumnContract) => sqlIdentifier(rawColumn(position(column.name)));
	const typed = contract.columns.map((column) =>
		position(column.name) > 0 ? `${typedSql(column, ref(column))} AS ${sqlIdentifier(column.name)}` : `CAST(NULL AS ${sqlType(column)}) AS ${sqlIdentifier(column.name)}`
	);
	const typedRef = (name: string) => {
		const column = present.find((candidate) => candidate.name === name);
		if (!column) return undefined;
		// Numbers compared as doubles, as `readRow` compares them, so a sum cannot overflow the column's type.
		return column.type === 'integer' || column.type === 'decimal' ? `TRY_CAST(${ref(column)} AS DOUBLE)` : typedSql(column, ref(column));
	};
	const tests = [
		...present.flatMap((column) => [cellPassesSql(column, ref(column), loadDate), castHoldsSql(column, ref(column)) ?? 'true']),
		...rulesHoldSql(contract, typedRef)
	].filter((test) => test !== 'true');
	const raw = `[${header.map((_, index) => sqlIdentifier(rawColumn(index + 1))).join(', ')}]`;
	const failing = tests.length ? `CASE WHEN NOT (${tests.join(' AND ')}) THEN ${raw} END` : 'CAST(NULL AS VARCHAR[])';
	const columns = header.map((_, index) => `${sqlString(rawColumn(index + 1))}: 'VARCHAR'`).join(', ');
	const several = typeof registeredFile !== 'string';
	const selected = [...typed, `${failing} AS ${rawFieldsColumn}`, ...(several ? [`parse_filename(filename) AS ${sqlIdentifier(fileColumn)}`] : [])];
	return [
		`CREATE OR REPLACE TABLE ${sqlIdentifier(staging)} AS`,
		`SELECT ${selected.join(', ')}`,
		`FROM read_csv(${several ? `[${registeredFile.map(sqlString).join(', ')}], filename = true` : sqlString(registeredFile)},`,
		`  header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',`,
		`  columns = {${columns}},`,
		`  store_rejects = true, rejects_table = ${sqlString(rejects.errors)}, rejects_scan = ${sqlString(rejects.scans)})`
	].join('\n');
}
