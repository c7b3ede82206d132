import type { Connector } from './database';

/**
 * Runs work in one transaction on this connection: committed if it succeeds,
 * rolled back if it throws, and the work's own failure is the one thrown (a
 * rollback that fails too, after a statement the engine refused, would only
 * hide the reason). Statements of other callers must not share the connection
 * meanwhile: give it one of its own (`onSeparateConnection`) or take the
 * database's turn.
 */
export async function inTransaction<T>(db: Connector, work: () => Promise<T>): Promise<T> {
	await db.query('BEGIN TRANSACTION');
	try {
		const result = await work();
		await db.query('COMMIT');
		return result;
	} catch (error) {
		await db.query('ROLLBACK').catch(() => undefined);
		throw error;
	}
}
