import type { Table } from 'apache-arrow';

/** A value bound to a `?` placeholder of a prepared statement. */
export type SqlValue = string | number | boolean | null;

/** How a statement may be stopped. */
export interface QueryOptions {
	readonly signal?: AbortSignal;
}

/** The error a statement stopped by its signal rejects with. */
export function stoppedError(): DOMException {
	return new DOMException('The query was stopped.', 'AbortError');
}

/**
 * What the dashboard needs of DuckDB, whichever build runs it: DuckDB-WASM in
 * the browser, or DuckDB in Node for tests and build-time rendering. The same
 * SQL runs on both, so a measure tested in Node behaves alike in the browser.
 */
export interface Database {
	/**
	 * Runs one statement, binding `params` to its `?` placeholders, and answers as Arrow.
	 * A `signal` stops a long statement (a large file's read) when it aborts: the
	 * statement is interrupted, its changes undone, and the call rejects with an `AbortError`.
	 */
	query(sql: string, params?: readonly SqlValue[], options?: QueryOptions): Promise<Table>;
	/** Makes CSV text readable by `read_csv(name)`. */
	registerCsv(name: string, text: string): Promise<void>;
	/** Makes a file readable by `read_csv(name)` without copying it into a string: DuckDB reads it in chunks. */
	registerFile(name: string, file: Blob): Promise<void>;
	/** Forgets a registered file. */
	dropFile(name: string): Promise<void>;
	/**
	 * Another connection to the same database, with its own transactions: a
	 * long read into a table of its own need not wait for other callers' turns,
	 * and can never be caught inside their transactions. Close it after use.
	 */
	separate(): Promise<Database & { close(): Promise<void> }>;
}
