import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '$lib/database/arrow-rows';
import { openNodeDatabase, type NodeDatabase } from './duckdb-node';

let db: NodeDatabase;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(() => db.close());

// Hashes a trillion numbers: hours of work, so only an interruption ends it within the test's time.
const endless = 'SELECT sum(hash(range)) AS total FROM range(1000000000000)';

describe('a statement given a signal (how Cancel stops a large read)', () => {
	it('is interrupted where it is when the signal aborts, and the connection works on', async () => {
		const stop = new AbortController();
		const running = db.query(endless, [], { signal: stop.signal });
		setTimeout(() => stop.abort(), 100);
		await expect(running).rejects.toMatchObject({ name: 'AbortError' });
		expect(rowsOf<{ one: number }>(await db.query('SELECT 1 AS one'))).toEqual([{ one: 1 }]);
	}, 20_000);

	it('does not run at all when the signal has already aborted', async () => {
		const stop = new AbortController();
		stop.abort();
		await expect(db.query('CREATE TABLE never_made AS SELECT 1 AS one', [], { signal: stop.signal })).rejects.toMatchObject({ name: 'AbortError' });
		expect(rowsOf(await db.query("SELECT * FROM duckdb_tables() WHERE table_name = 'never_made'"))).toEqual([]);
	});

	it('answers as any statement does while the signal stays quiet', async () => {
		const table = await db.query('SELECT 6 * 7 AS answer', [], { signal: new AbortController().signal });
		expect(rowsOf<{ answer: number }>(table)).toEqual([{ answer: 42 }]);
	});
});
