import Papa from 'papaparse';
import type { DatasetContract } from './contract';

/** A row as CSV cells, keyed by column name. */
export type CsvRow = Record<string, string>;

/** A row made of each column's example value: valid by construction. */
export function exampleRow(contract: DatasetContract): CsvRow {
	return Object.fromEntries(contract.columns.map((column) => [column.name, column.example]));
}

/**
 * CSV text for a contract: its header, then the rows in its column order
 * (missing cells blank). Used for test fixtures and blank templates.
 */
export function csvFromRows(contract: DatasetContract, rows: readonly CsvRow[]): string {
	const fields = contract.columns.map((column) => column.name);
	const data = rows.map((row) => fields.map((name) => row[name] ?? ''));
	return Papa.unparse({ fields, data }, { newline: '\n' }) + '\n';
}
