/**
 * What the large-file path writes into its staging table after the check:
 * the converted values of rows typed the spreadsheet way, and the provenance
 * of a file that carries none.
 */
import Papa from 'papaparse';
import { provenanceNames, uploadedProvenance, type DatasetContract } from '$lib/contracts/contract';
import { sqlIdentifier, sqlString, sqlType } from '$lib/contracts/sql-types';
import type { Database } from '$lib/database/database';
import { rawFieldsColumn } from '$lib/validation/bulk-check-sql';
import { sha256OfBytes } from './file-copy';
import type { UploadOptions } from './prepare-upload';

/**
 * A bulk check's options: an upload's, except that the file's provenance may
 * still be on its way (its digest is made beside the read: see `stageFile`).
 */
export interface BulkOptions extends Omit<UploadOptions, 'provenance'> {
	readonly provenance?: UploadOptions['provenance'] | Promise<UploadOptions['provenance']>;
}

/** Gives the rows of a file without provenance columns the file's own: its name, its SHA-256 and when it was loaded. */
export async function fillProvenance(db: Database, contract: DatasetContract, header: readonly string[], staging: string, file: string, blob: Blob, options: BulkOptions) {
	const missing = contract.columns.filter((column) => provenanceNames.includes(column.name) && !header.includes(column.name));
	if (missing.length === 0) return;
	const provenance = await options.provenance;
	const sha256 = provenance?.sha256 ?? (await sha256OfBytes(await blob.arrayBuffer()));
	const values = uploadedProvenance(file, sha256, provenance?.loadedAt ?? new Date().toISOString());
	// The file name is the user's: bound as a parameter, never written into the SQL.
	await db.query(
		`UPDATE ${sqlIdentifier(staging)} SET ${missing.map((column) => `${sqlIdentifier(column.name)} = CAST(? AS ${sqlType(column)})`).join(', ')}`,
		missing.map((column) => values[column.name] ?? '')
	);
}

let writes = 0;

/**
 * Puts converted rows' values in their place in the staging table (the same
 * rows, in the same order), and removes the failing rows that were not
 * converted. `__raw` is not updated: DuckDB updates a list column by deleting
 * and appending the row, which would move converted rows to the end.
 */
export async function writeConverted(
	db: Database,
	contract: DatasetContract,
	header: readonly string[],
	staging: string,
	rows: readonly { ordinal: number; values: readonly string[] }[]
) {
	const present = contract.columns.filter((column) => header.includes(column.name));
	const names = present.map((_, index) => `v${index + 1}`);
	const csv = Papa.unparse(
		{ fields: ['ordinal', ...names], data: rows.map((row) => [String(row.ordinal), ...present.map((column) => row.values[header.indexOf(column.name)] ?? '')]) },
		{ newline: '\n' }
	);
	const registered = `converted-${Date.now().toString(36)}-${writes++}.csv`;
	await db.registerCsv(registered, `${csv}\n`);
	try {
		const columns = ['ordinal', ...names].map((name) => `${sqlString(name)}: 'VARCHAR'`).join(', ');
		const sets = present.map((column, index) => `${sqlIdentifier(column.name)} = CAST(u.${names[index]} AS ${sqlType(column)})`);
		const source = `read_csv(${sqlString(registered)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columns}})`;
		const table = sqlIdentifier(staging);
		await db.query(`UPDATE ${table} SET ${sets.join(', ')} FROM ${source} AS u WHERE ${table}.rowid = CAST(u.ordinal AS BIGINT)`);
		await db.query(`DELETE FROM ${table} WHERE ${rawFieldsColumn} IS NOT NULL AND rowid NOT IN (SELECT CAST(ordinal AS BIGINT) FROM ${source})`);
	} finally {
		await db.dropFile(registered);
	}
}
