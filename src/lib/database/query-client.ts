/**
 * The views' one way to ask the database. There is one client per connector
 * (`queryClient(connector)`): made the first time anything asks with that
 * connector, and dropped with it, so everything asking the same database
 * shares its turns and its remembered answers.
 *
 * Concurrency rule: statements run one at a time, in the order they were
 * asked. DuckDB-WASM's worker answers one at a time anyway, and a connection
 * runs one prepared statement at once; queuing here means a view may ask for
 * all its measures together and get the same answers as asking in turn. A
 * failed statement rejects its own caller only; the next one still runs.
 *
 * Caching rule: nothing is cached unless asked for with `remember`, once per
 * key and dataset version. A new version replaces the old answer; a failure is
 * not kept, so the next call tries again; without a version (tests, scripts,
 * build-time rendering) the work is done on every call.
 */
import type { Table } from 'apache-arrow';
import type { Connector, QueryOptions, SqlValue } from './database';

/** A dataset version as the registry gives it (a number, or several joined), or undefined for none. */
export type DatasetVersion = number | string | undefined;

export class QueryClient implements Connector {
	#queue: Promise<unknown> = Promise.resolve();
	readonly #remembered = new Map<string, { readonly version: number | string; readonly value: Promise<unknown> }>();

	constructor(
		/** The database underneath: DuckDB-WASM in the browser, DuckDB in Node in tests. */
		readonly connector: Connector
	) {}

	/** Runs one statement after every statement asked before it, answering as Arrow. */
	query(statement: string, params: readonly SqlValue[] = [], options: QueryOptions = {}): Promise<Table> {
		const turn = this.#queue.then(() => this.connector.query(statement, params, options));
		this.#queue = turn.catch(() => undefined);
		return turn;
	}

	/** The answer of `work` for this key and dataset version, worked out once per version; without a version, every call. */
	remember<T>(key: string, version: DatasetVersion, work: () => Promise<T>): Promise<T> {
		if (version === undefined) return work();
		const known = this.#remembered.get(key);
		if (known?.version === version) return known.value as Promise<T>;
		const value = work();
		this.#remembered.set(key, { version, value });
		value.catch(() => this.#remembered.get(key)?.value === value && this.#remembered.delete(key));
		return value;
	}

	/** Forgets a remembered answer, so the next `remember` of the key works it out again. */
	forget(key: string): void {
		this.#remembered.delete(key);
	}
}

const clients = new WeakMap<Connector, QueryClient>();

/** The client of a connector (the connector itself when it is already one), made on first use. */
export function queryClient(connector: Connector): QueryClient {
	if (connector instanceof QueryClient) return connector;
	let client = clients.get(connector);
	if (!client) {
		client = new QueryClient(connector);
		clients.set(connector, client);
	}
	return client;
}
