/**
 * A fingerprint of a table's rows, worked out by the engine: how many rows, and
 * the sum of a hash of each row with its position. A meeting snapshot records
 * it for every dataset, so a tab opening the snapshot can prove that a dataset
 * it holds already is the same, row for row and in the same order, and leave it
 * as it is instead of storing it again (most of a snapshot's datasets are the
 * embedded extracts every tab holds). Two tables with other rows, other values,
 * the same rows in another order, or a row more or fewer, give other
 * fingerprints; a fingerprint that differs only makes the snapshot open in full.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import { sqlIdentifier } from '$lib/contracts/sql-types';
import type { Database } from '$lib/database/database';
import { sha256OfBytes } from './file-copy';

/**
 * The fingerprint of each table named, in one statement (each is a trip to the
 * engine's worker). The position is the row's place in the table's scan, which
 * is the order it holds them in (the engine runs on one thread in the browser
 * and in the tests); `hash` is DuckDB's, the same in DuckDB-WASM and in Node.
 */
export async function rowsFingerprints(db: Database, tables: readonly { readonly contract: DatasetContract; readonly table: string }[]): Promise<string[]> {
	if (!tables.length) return [];
	const parts = tables.map(({ contract, table }, index) => {
		const columns = contract.columns.map((column) => sqlIdentifier(column.name)).join(', ');
		return `SELECT ${index} AS at, CAST(COUNT(*) AS VARCHAR) || ' rows, ' || CAST(COALESCE(SUM(CAST(hash(scrutiny_position, ${columns}) AS HUGEINT)), 0) AS VARCHAR) AS fingerprint FROM (SELECT row_number() OVER () AS scrutiny_position, * FROM ${sqlIdentifier(table)})`;
	});
	const answer = await db.query(parts.join(' UNION ALL '));
	const fingerprints: string[] = Array.from({ length: tables.length }, () => '');
	for (let row = 0; row < answer.numRows; row++) {
		const found = answer.get(row);
		fingerprints[Number(found?.['at'])] = String(found?.['fingerprint']);
	}
	return fingerprints;
}

/** The SHA-256 of a snapshot's part, as hex: proves the bytes kept on the device are those the fingerprint was recorded beside. */
export async function partSha256(bytes: Blob): Promise<string> {
	return sha256OfBytes(await bytes.arrayBuffer());
}
