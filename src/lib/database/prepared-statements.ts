/**
 * Prepared statements kept open for reuse. In the browser each statement is
 * three round trips to DuckDB's worker (prepare, run, close) and a fresh parse
 * and plan; a view asks the same few measures again on every filter change, so
 * keeping them open leaves one round trip and no planning. Only reads are kept:
 * a statement that writes runs once and is closed, as before.
 */
import type { SqlValue } from './database';

/** What this needs of a prepared statement: DuckDB-WASM's AsyncPreparedStatement fits. */
export interface Statement<Result> {
	query(...params: SqlValue[]): Promise<Result>;
	close(): Promise<void>;
}

/** What this needs of a connection. */
export interface Preparer<Result> {
	prepare(sql: string): Promise<Statement<Result>>;
}

/** A statement that only reads, so running it again later is safe whatever ran between. */
export function isRead(sql: string): boolean {
	// Comments first: the measures' .sql files open with a comment saying what they count.
	const code = sql
		.replace(/--[^\n]*\n?/g, ' ')
		.replace(/\/\*[\s\S]*?\*\//g, ' ')
		.trimStart();
	return /^(SELECT|WITH|FROM)\b/i.test(code) && !/\b(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|ATTACH|COPY|SET)\b/i.test(code);
}

export class PreparedStatements<Result> {
	/** By SQL text, least recently used first (a Map keeps insertion order). */
	readonly #open = new Map<string, Promise<Statement<Result>>>();

	constructor(
		private readonly connection: Preparer<Result>,
		/** Enough for every measure of the views; a rare statement beyond it closes the oldest. */
		private readonly capacity = 64
	) {}

	/** Runs `sql` with `params`, reusing its statement if it is a read asked before. */
	async run(sql: string, params: readonly SqlValue[]): Promise<Result> {
		if (!isRead(sql)) {
			const statement = await this.connection.prepare(sql);
			try {
				return await statement.query(...params);
			} finally {
				await statement.close();
			}
		}
		let statement = this.#open.get(sql);
		if (statement) this.#open.delete(sql);
		else {
			statement = this.connection.prepare(sql);
			// A statement that fails to prepare is not kept: the next call reports its own error.
			statement.catch(() => this.#open.get(sql) === statement && this.#open.delete(sql));
		}
		this.#open.set(sql, statement);
		this.#closeBeyondCapacity();
		return (await statement).query(...params);
	}

	/** Open statements, for tests. */
	get size(): number {
		return this.#open.size;
	}

	#closeBeyondCapacity(): void {
		for (const [sql, statement] of this.#open) {
			if (this.#open.size <= this.capacity) return;
			this.#open.delete(sql);
			void statement.then((open) => open.close()).catch(() => undefined);
		}
	}
}
