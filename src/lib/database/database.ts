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
 * The read side: the one thing the views, measures and quality checks need of
 * a database, and the one thing a DuckDB on a server would implement too. The
 * same SQL runs on every implementation (DuckDB-WASM in the browser, DuckDB in
 * Node for tests and build-time rendering), so a measure tested in Node
 * behaves alike in the browser. Views reach it through a `QueryClient`
 * (`query-client.ts`), which owns caching and the order queries run in.
 */
export interface Connector {
	/**
	 * Runs one statement, binding `params` to its `?` placeholders, and answers as Arrow.
	 * A `signal` stops a long statement (a large file's read) when it aborts: the
	 * statement is interrupted, its changes undone, and the call rejects with an `AbortError`.
	 */
	query(statement: string, params?: readonly SqlValue[], options?: QueryOptions): Promise<Table>;
}

/**
 * The ingest side: a connector that can also be handed files and opened again
 * on a connection of its own. Only `src/lib/datasets/` (loading and checking
 * extracts) uses it; everything that only reads takes a `Connector`.
 */
export interface Database extends Connector {
	/**
	 * The tables live in a database file on this device (the browser's
	 * origin-private file system), so they are still there after a reload;
	 * false or absent: in memory, gone with the tab.
	 */
	readonly keptInFile?: boolean;
	/** What the user should be told of the database file on this device, when it was replaced or could not be used. */
	readonly fileNotice?: string;
	/** Makes CSV text readable by `read_csv(name)`. */
	registerCsv(name: string, text: string): Promise<void>;
	/** Makes a file readable by `read_csv(name)` without copying it into a string: DuckDB reads it in chunks. */
	registerFile(name: string, file: Blob): Promise<void>;
	/** Forgets a registered file. */
	dropFile(name: string): Promise<void>;
	/** Appends an Arrow IPC stream's rows to the table `name`, whose columns have the stream's names (a dataset kept in its columnar form). */
	importArrowIpc(name: string, stream: Uint8Array): Promise<void>;
	/**
	 * Another connection to the same database, with its own transactions: a
	 * long read into a table of its own need not wait for other callers' turns,
	 * and can never be caught inside their transactions. Close it after use.
	 */
	separate(): Promise<Database & { close(): Promise<void> }>;
}
