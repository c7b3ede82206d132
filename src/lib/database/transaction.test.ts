import { afterEach, describe, expect, it } from 'vitest';
import { openNodeDatabase, type NodeDatabase } from './duckdb-node';
import { inTransaction } from './transaction';

let db: NodeDatabase | undefined;
afterEach(() => db?.close());

const count = async (database: NodeDatabase) => Number((await database.query('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM t')).get(0)?.['n']);

describe('inTransaction', () => {
	it('keeps what the work did, and gives back its result', async () => {
		db = await openNodeDatabase();
		await db.query('CREATE TABLE t (n INTEGER)');
		const database = db;
		expect(await inTransaction(database, async () => (await database.query('INSERT INTO t VALUES (1), (2)'), 'done'))).toBe('done');
		expect(await count(database)).toBe(2);
	});

	it("undoes all the work's statements when one fails, and throws that failure, not the rollback's", async () => {
		db = await openNodeDatabase();
		await db.query('CREATE TABLE t (n INTEGER)');
		const database = db;
		await expect(
			inTransaction(database, async () => {
				await database.query('INSERT INTO t VALUES (1)');
				await database.query('DROP TABLE t');
				await database.query('SELECT * FROM no_such_table');
			})
		).rejects.toThrow(/no_such_table/);
		expect(await count(database)).toBe(0);
		// The connection is usable afterwards: no transaction is left open.
		await inTransaction(database, () => database.query('INSERT INTO t VALUES (3)'));
		expect(await count(database)).toBe(1);
	});
});
