import type { ColumnContract, DatasetContract } from './contract';

/** The DuckDB type a contract column is stored as. */
export function sqlType(column: ColumnContract): string {
	switch (column.type) {
		case 'text':
		case 'financial-year':
		case 'month':
			return 'VARCHAR';
		case 'integer':
			return 'INTEGER';
		// DECIMAL, not DOUBLE, so that parts sum to totals exactly.
		case 'decimal':
			return `DECIMAL(18, ${column.decimalPlaces ?? 2})`;
		case 'date':
			return 'DATE';
		case 'boolean':
			return 'BOOLEAN';
	}
}

/** A SQL string literal; for names the app chooses, never for a user's values. */
export function sqlString(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/** A SQL identifier, quoted. */
export function sqlIdentifier(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The statement that turns a registered CSV file into the contract's typed
 * table. Types come from the contract, never from DuckDB's guesses, so the
 * same extract gives the same table in Node and in the browser.
 */
export function createTableSql(contract: DatasetContract, registeredFile: string): string {
	const columns = contract.columns.map((column) => `${sqlString(column.name)}: ${sqlString(sqlType(column))}`).join(', ');
	return [
		`CREATE OR REPLACE TABLE ${sqlIdentifier(contract.table)} AS`,
		`SELECT * FROM read_csv(${sqlString(registeredFile)},`,
		`  header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',`,
		`  dateformat = '%Y-%m-%d', columns = {${columns}})`
	].join('\n');
}
