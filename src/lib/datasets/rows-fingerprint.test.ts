import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { sqlType } from '$lib/contracts/sql-types';
import { partSha256, rowsFingerprints } from './rows-fingerprint';
import { tallies } from './store.fixtures';

let db: NodeDatabase;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(() => db.close());

/** A table of the tallies' types holding these rows, in this order. */
async function table(name: string, rows: readonly (readonly [string, string | null, number])[]): Promise<{ contract: typeof tallies; table: string }> {
	await db.query(`CREATE OR REPLACE TABLE ${name} (${tallies.columns.map((column) => `${column.name} ${sqlType(column)}`).join(', ')})`);
	for (const [month, item, count] of rows) await db.query(`INSERT INTO ${name} VALUES (?, ?, ?)`, [month, item, count]);
	return { contract: tallies, table: name };
}

describe('the fingerprint of a table’s rows', () => {
	const rows = [
		['2024-01', 'a', 1],
		['2024-02', 'b', 2],
		['2024-02', 'b', 2]
	] as const;

	it('is the same for the same rows in the same order, and differs for any other rows, order or count', async () => {
		const same = [await table('fp_one', rows), await table('fp_two', rows)];
		const others = [
			await table('fp_order', [rows[1], rows[0], rows[2]]),
			await table('fp_value', [rows[0], rows[1], ['2024-02', 'b', 3]]),
			await table('fp_fewer', [rows[0], rows[1]]),
			// A repeated row counts: two of the same are not one.
			await table('fp_more', [...rows, rows[2]]),
			await table('fp_empty_text', [rows[0], rows[1], ['2024-02', '', 2]]),
			await table('fp_missing', [rows[0], rows[1], ['2024-02', null, 2]]),
			await table('fp_none', [])
		];
		const [one, two, ...different] = await rowsFingerprints(db, [...same, ...others]);
		expect(one).toMatch(/^3 rows, -?\d+$/);
		expect(two).toBe(one);
		// Each other table's fingerprint differs from the rows' and from every other's.
		expect(new Set([one, ...different]).size).toBe(1 + others.length);
		expect(different.at(-1)).toBe('0 rows, 0');
	});

	it('answers nothing without asking the engine when asked for no table', async () => {
		expect(await rowsFingerprints({ ...db, query: () => Promise.reject(new Error('asked')) }, [])).toEqual([]);
	});

	it('gives a part’s SHA-256 as hex', async () => {
		// The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
		expect(await partSha256(new Blob(['abc']))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});
});
