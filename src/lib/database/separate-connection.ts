import type { Database } from './database';

/**
 * Runs work on a connection of its own, closed afterwards whatever happens: a
 * long read or a table swap there neither waits for nor is caught inside
 * another caller's transaction, and the views' queries on the main connection
 * see a table before or after a change, never half done.
 */
export async function onSeparateConnection<T>(db: Database, work: (db: Database) => Promise<T>): Promise<T> {
	const separate = await db.separate();
	try {
		return await work(separate);
	} finally {
		await separate.close().catch(() => undefined);
	}
}
